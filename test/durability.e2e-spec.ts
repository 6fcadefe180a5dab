import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RedisClient } from '../src/queue/redis.provider';
import { EvaluationService } from '../src/evaluation/evaluation.service';
import { startTestApp, TestApp } from './e2e-app';
import { codeAssistant, seededOffering, waitForDecision, waitUntil } from './fixtures';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './test-env';

/** The built worker (`node dist/src/worker.js`) as a separate process we can kill. */
function startWorker(): ChildProcess {
  return spawn(process.execPath, [join(__dirname, '..', 'dist', 'src', 'worker.js')], {
    env: {
      ...process.env,
      DATABASE_URL: TEST_DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      LOG_LEVEL: 'warn',
      WORKER_LOCK_MS: '2000',
      RECONCILE_INTERVAL_SECONDS: '1',
      BOOTSTRAP_ADMIN_API_KEY: '',
    },
    stdio: 'inherit',
  });
}

const stop = (p: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve();
    p.once('exit', () => resolve());
    p.kill(signal);
  });

/** Postgres is the source of truth: a review answered 202 is never lost. */
describe('durability of accepted reviews', () => {
  let t: TestApp; // API only: nothing in this process consumes jobs
  let queue: Queue;
  beforeAll(async () => {
    t = await startTestApp({}, { api: true, worker: false });
    queue = t.app.get<Queue>(getQueueToken('evaluation'));
  });
  afterAll(async () => t.close());

  const submit = async () => {
    const subject = await seededOffering(t, 'anthropic', 'vendor_api');
    const res = await t.call('POST', '/v1/reviews', {
      body: { ...subject, useCase: codeAssistant },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(202);
    const id = (res.json() as { id: string }).id;
    const [row] = (await t.app
      .get(DataSource)
      .query('SELECT pending_run_id FROM reviews WHERE id = $1', [id])) as { pending_run_id: string }[];
    return { id, runId: row!.pending_run_id };
  };

  it('survives Redis FLUSHALL: the reconciler re-enqueues what Postgres says is pending', async () => {
    const { id, runId } = await submit();
    expect(await queue.getJob(runId)).toBeDefined();
    await t.app.get(RedisClient).client.flushall();
    expect(await queue.getJob(runId)).toBeUndefined();

    const worker = startWorker();
    try {
      const decided = await waitForDecision(t, id, 30000);
      expect(decided.decision).toEqual(expect.any(String));
    } finally {
      await stop(worker);
    }
    const [n] = (await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM evaluations WHERE review_id = $1', [id])) as { n: number }[];
    expect(n!.n).toBe(1);
  });

  it('survives a worker killed mid-job: another worker takes the stalled job over, one evaluation results', async () => {
    // Hold the review's row so the first worker blocks inside the job, then kill it there.
    const lock = new Client({ connectionString: TEST_DATABASE_URL });
    await lock.connect();
    const { id, runId } = await submit();
    await lock.query('BEGIN');
    await lock.query('SELECT 1 FROM reviews WHERE id = $1 FOR UPDATE', [id]);
    const first = startWorker();
    try {
      await waitUntil(async () => (await (await queue.getJob(runId))?.getState()) === 'active', 30000);
      await stop(first, 'SIGKILL');
    } finally {
      await lock.query('ROLLBACK');
      await lock.end();
    }
    const [before] = (await t.app
      .get(DataSource)
      .query('SELECT status FROM reviews WHERE id = $1', [id])) as { status: string }[];
    expect(before!.status).not.toBe('decided');

    const second = startWorker();
    try {
      await waitForDecision(t, id, 40000);
    } finally {
      await stop(second);
    }
    const [n] = (await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM evaluations WHERE review_id = $1', [id])) as { n: number }[];
    expect(n!.n).toBe(1);
  });

  it('stores one evaluation when the same job runs twice at once', async () => {
    const { id, runId } = await submit();
    await queue.remove(runId);
    const evaluation = t.app.get(EvaluationService);
    const outcomes = await Promise.all([
      evaluation.run(id, runId),
      evaluation.run(id, runId),
      evaluation.run(id, runId),
    ]);
    expect(outcomes.filter((o) => o === 'evaluated')).toHaveLength(1);
    const [n] = (await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM evaluations WHERE run_id = $1', [runId])) as { n: number }[];
    expect(n!.n).toBe(1);
    expect(await evaluation.run(id, runId)).toBe('duplicate');
  });
});
