import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { migrateDatabase } from '../src/database/migrate';
import { runSeed } from '../src/seed/seed';
import { TEST_DATABASE_URL } from './test-env';

/** A fresh test database per run: the schema comes only from the migrations, then the reference seed. */
export default async function globalSetup(): Promise<void> {
  const url = new URL(TEST_DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await migrateDatabase(TEST_DATABASE_URL);
  const ds = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
  try {
    await runSeed(ds);
  } finally {
    await ds.destroy();
  }
}
