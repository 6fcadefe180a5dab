import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Arbitrary but fixed: every instance of this service contends for the same lock. */
const MIGRATION_LOCK_KEY = 727_274_001;

function adminUrl(databaseUrl: string): { admin: string; database: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  return { admin: url.toString(), database };
}

/** Creates the database if it does not exist. Concurrent creators race; the loser sees 42P04 and carries on. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const { admin, database } = adminUrl(databaseUrl);
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      const quoted = '"' + database.replace(/"/g, '""') + '"';
      await client.query(`CREATE DATABASE ${quoted}`).catch((e: { code?: string }) => {
        if (e.code !== '42P04' && e.code !== '23505') throw e;
      });
    }
  } finally {
    await client.end();
  }
}

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Applies pending migrations while holding a session-level advisory lock on its own connection, so several
 * instances starting together migrate exactly once: the others wait, then find nothing pending.
 */
export async function migrateDatabase(databaseUrl: string): Promise<MigrationOutcome> {
  await ensureDatabase(databaseUrl);
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const ds = new DataSource(dataSourceOptions(databaseUrl));
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return { applied: applied.map((m) => m.name) };
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
