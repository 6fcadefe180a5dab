import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { startTestApp, TestApp } from './e2e-app';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const startRedis = (port: number) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const p = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'pipe' },
    );
    p.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('Ready to accept connections')) resolve(p);
    });
    p.on('error', reject);
  });

const waitFor = async (fn: () => Promise<boolean>, ms = 10000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

/** A Redis of its own, really stopped and started, so the shared one keeps serving the other tests. */
describe('health', () => {
  let t: TestApp;
  let redis: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  it('is live without credentials', async () => {
    const res = await t.call('GET', '/health/live', { key: null });
    expect(res.statusCode).toBe(200);
  });

  it('is ready with Postgres and Redis up, 503 when Redis stops, ready again when it returns', async () => {
    const ready = await t.call('GET', '/health/ready', { key: null });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });

    execFileSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave']);
    await new Promise((r) => redis.once('exit', r));
    const down = await t.call('GET', '/health/ready', { key: null });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({
      status: 'unavailable',
      checks: { redis: { status: 'down' }, postgres: { status: 'up' } },
    });

    redis = await startRedis(port);
    expect(
      await waitFor(async () => (await t.call('GET', '/health/ready', { key: null })).statusCode === 200),
    ).toBe(true);
  });

  it('exposes Prometheus metrics', async () => {
    const res = await t.call('GET', '/metrics', { key: null });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('process_cpu_seconds_total');
  });
});
