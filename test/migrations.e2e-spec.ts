import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { TEST_DATABASE_URL } from './test-env';

const RACE_DB = TEST_DATABASE_URL.replace(/\/[^/]+$/, '/ai_vendor_risk_migration_race');
const admin = TEST_DATABASE_URL.replace(/\/[^/]+$/, '/postgres');

interface Run {
  code: number | null;
  output: string;
}

/** Starts the built app (`dist/`) the way `npm start` does and stops it once it reports it is listening. */
function startInstance(): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(__dirname, '..', 'dist', 'src', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: RACE_DB,
        ROLE: 'api',
        PORT: '0',
        LOG_LEVEL: 'info',
        BOOTSTRAP_ADMIN_API_KEY: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('"msg":"listening"')) p.kill('SIGTERM');
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', onData);
    const timer = setTimeout(() => p.kill('SIGKILL'), 45000);
    p.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('migrations at start', () => {
  beforeAll(async () => {
    const c = new Client({ connectionString: admin });
    await c.connect();
    await c.query('DROP DATABASE IF EXISTS ai_vendor_risk_migration_race WITH (FORCE)');
    await c.end();
  });

  it('three instances starting at once create the database and apply each migration exactly once', async () => {
    const runs = await Promise.all([startInstance(), startInstance(), startInstance()]);
    for (const r of runs) expect(r.output).toContain('"msg":"listening"');

    const appliers = runs.filter((r) => r.output.includes('"msg":"migrations applied"'));
    const upToDate = runs.filter((r) => r.output.includes('"msg":"schema up to date"'));
    expect(appliers).toHaveLength(1);
    expect(upToDate).toHaveLength(2);

    const c = new Client({ connectionString: RACE_DB });
    await c.connect();
    try {
      const rows = (await c.query('SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name'))
        .rows as { name: string; n: number }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const tables = (
        await c.query(
          `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('vendors','api_keys','jurisdictions')`,
        )
      ).rows[0] as { n: number };
      expect(tables.n).toBe(3);
    } finally {
      await c.end();
    }
  });
});
