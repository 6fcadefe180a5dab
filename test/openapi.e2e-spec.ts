import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApi, routesOf } from '../src/app.factory';
import { startTestApp, TestApp } from './e2e-app';

const BODYLESS_ACTIONS = ['POST /v1/vendors/{id}/screening'];

type Operation = {
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('is served at /openapi.json and lists every API route with request and response schemas', async () => {
    const res = await t.call('GET', '/openapi.json', { key: null });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(doc.openapi).toMatch(/^3\./);

    const apiRoutes = routesOf(t.app).filter(
      (r) => /^\/(v1|health|metrics)/.test(r.url) && r.method !== 'HEAD' && r.method !== 'OPTIONS',
    );
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const r of apiRoutes) {
      const path = r.url.replace(/:([A-Za-z0-9]+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect({ route: `${r.method} ${path}`, documented: Boolean(op) }).toEqual({
        route: `${r.method} ${path}`,
        documented: true,
      });
      const success = Object.entries(op!.responses).filter(([code]) => code.startsWith('2'));
      expect(success.length).toBeGreaterThan(0);
      // 204 No Content has no body by definition; every other success documents its schema.
      for (const [code, resp] of success) {
        if (code !== '204') expect(resp.content && Object.values(resp.content)[0]!.schema).toBeTruthy();
      }
      // Writes carry a documented body, except actions that take none (screen this vendor now).
      if (['POST', 'PATCH', 'PUT'].includes(r.method) && !BODYLESS_ACTIONS.includes(`${r.method} ${path}`)) {
        expect({ route: `${r.method} ${path}`, body: Boolean(op!.requestBody) }).toEqual({
          route: `${r.method} ${path}`,
          body: true,
        });
      }
      if (r.url.startsWith('/v1')) {
        expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });

  it('passes the Redocly OpenAPI linter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(buildOpenApi(t.app)));
    const root = join(__dirname, '..');
    const run = spawnSync(
      join(root, 'node_modules', '.bin', 'redocly'),
      ['lint', '--config', join(root, '.redocly.yaml'), file],
      {
        encoding: 'utf8',
      },
    );
    const out = `${run.stdout}${run.stderr}`;
    expect({ status: run.status, errors: out.match(/\[\d+\][^\n]*\n\n[^\n]*/g) ?? [] }).toEqual({
      status: 0,
      errors: [],
    });
    expect(out).toMatch(/valid/i);
  });
});
