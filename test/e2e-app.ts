import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, Response as InjectResponse } from 'light-my-request';
import { createApp } from '../src/app.factory';
import { createRootLogger } from '../src/logging/logger';
import type { ApiRole } from '../src/common/auth';
import { TEST_ADMIN_KEY, testConfig } from './test-env';

export interface TestApp {
  app: NestFastifyApplication;
  /** Sends a request through the real HTTP stack (Fastify, guards, pipes, filters). */
  call(
    method: InjectOptions['method'],
    url: string,
    opts?: { key?: string | null; body?: unknown; headers?: Record<string, string> },
  ): Promise<InjectResponse>;
  keyFor(role: ApiRole): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApp(
  overrides: Record<string, string> = {},
  roles = { api: true, worker: false },
): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config, createRootLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), roles);
  await app.getHttpAdapter().getInstance().ready();
  const keys = new Map<ApiRole, string>();
  const call: TestApp['call'] = (method, url, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const key = opts.key === undefined ? TEST_ADMIN_KEY : opts.key;
    if (key) headers.authorization = `Bearer ${key}`;
    const payload =
      opts.body === undefined
        ? undefined
        : typeof opts.body === 'string' || Buffer.isBuffer(opts.body)
          ? opts.body
          : JSON.stringify(opts.body);
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    return app.inject({ method, url, headers, payload });
  };
  return {
    app,
    call,
    async keyFor(role) {
      const known = keys.get(role);
      if (known) return known;
      const res = await call('POST', '/v1/api-keys', { body: { name: `test ${role}`, role } });
      if (res.statusCode !== 201) throw new Error(`cannot create ${role} key: ${res.body}`);
      const key = (res.json() as { key: string }).key;
      keys.set(role, key);
      return key;
    },
    close: () => app.close(),
  };
}
