import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { migrateDatabase } from '../database/migrate';
import { runSeed } from './seed';

/** `npm run seed`: migrate, then load the reference data. Safe to run any number of times. */
async function main(): Promise<void> {
  const config = loadConfig();
  await migrateDatabase(config.databaseUrl);
  const ds = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const { jurisdictions, registry } = await runSeed(ds);
    const fmt = (c: { inserted: number; updated: number; unchanged: number }) =>
      `${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`;
    process.stdout.write(`jurisdictions: ${fmt(jurisdictions)}\nregistry rows: ${fmt(registry)}\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`seed failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
