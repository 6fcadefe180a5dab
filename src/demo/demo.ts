import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { migrateDatabase } from '../database/migrate';
import { runSeed } from '../seed/seed';

/** `npm run demo`: migrate, seed, and print the registry the decisions rest on. */
async function main(): Promise<void> {
  const config = loadConfig();
  await migrateDatabase(config.databaseUrl);
  const ds = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const seeded = await runSeed(ds);
    process.stdout.write(
      `Seeded: ${seeded.jurisdictions.inserted + seeded.jurisdictions.unchanged + seeded.jurisdictions.updated} jurisdictions; ` +
        `registry rows ${seeded.registry.inserted} new, ${seeded.registry.updated} updated, ${seeded.registry.unchanged} unchanged\n\n`,
    );
    const rows = (await ds.query(`
      SELECT v.name, v.hq_country,
             (SELECT count(*) FROM legal_entities e WHERE e.vendor_id = v.id)::int AS entities,
             (SELECT count(*) FROM models m WHERE m.vendor_id = v.id)::int AS models,
             (SELECT count(*) FROM offerings o JOIN models m ON m.id = o.model_id WHERE m.vendor_id = v.id)::int AS offerings,
             jsonb_array_length(v.designations) AS designations,
             jsonb_array_length(v.public_bans) AS bans
        FROM vendors v ORDER BY v.name`)) as Record<string, string | number>[];
    const head = ['vendor', 'HQ', 'entities', 'models', 'offerings', 'designations', 'public bans'];
    const table = [
      head,
      ...rows.map((r) =>
        [r.name, r.hq_country, r.entities, r.models, r.offerings, r.designations, r.bans].map(String),
      ),
    ];
    const widths = head.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    for (const row of table) process.stdout.write(row.map((c, i) => c.padEnd(widths[i]!)).join('  ') + '\n');
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
