import { Controller, Get, Module } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { APP_GUARD, ModulesContainer } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ApiKeyGuard } from '../src/api-keys/api-key.guard';
import { ApiKeysService } from '../src/api-keys/api-keys.service';
import { AllExceptionsFilter } from '../src/common/http-exception.filter';
import { DataSource } from 'typeorm';
import { routesOf } from '../src/app.factory';
import { PUBLIC_KEY, ROLES_KEY } from '../src/common/auth';
import { startTestApp, TestApp } from './e2e-app';

/** Routes anyone may call. Adding a public route means adding it here, on purpose. */
const PUBLIC = [/^\/health\//, /^\/metrics$/, /^\/docs/, /^\/openapi\.(json|yaml)$/];
const concrete = (url: string) =>
  url
    .replace(/:alpha2/g, 'CN')
    .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000')
    .replace(/\*$/, 'x');

describe('authentication and roles (deny by default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('refuses every non-public route without a key (401), with the error envelope', async () => {
    const routes = routesOf(t.app).filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThan(20);
    const checked: string[] = [];
    for (const r of routes) {
      if (PUBLIC.some((p) => p.test(r.url))) continue;
      const res = await t.call(r.method as 'GET', concrete(r.url), { key: null });
      expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
        route: `${r.method} ${r.url}`,
        status: 401,
      });
      expect(res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
      checked.push(`${r.method} ${r.url}`);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['POST /v1/vendors', 'GET /admin/queues', 'POST /v1/api-keys']),
    );
  });

  it('refuses an unknown key and a revoked key (401)', async () => {
    expect((await t.call('GET', '/v1/vendors', { key: 'avr_not-a-real-key' })).statusCode).toBe(401);
    const created = await t.call('POST', '/v1/api-keys', { body: { name: 'to revoke', role: 'legal' } });
    const { id, key } = created.json() as { id: string; key: string };
    expect((await t.call('GET', '/v1/vendors', { key })).statusCode).toBe(200);
    expect((await t.call('DELETE', `/v1/api-keys/${id}`)).statusCode).toBe(200);
    expect((await t.call('GET', '/v1/vendors', { key })).statusCode).toBe(401);
  });

  it('gives every controller route an explicit rule (@Roles or @Public)', () => {
    const container = t.app.get(ModulesContainer);
    const missing: string[] = [];
    let handlers = 0;
    for (const mod of container.values()) {
      for (const wrapper of mod.controllers.values()) {
        const cls = wrapper.metatype as (new () => object) | null;
        if (!cls) continue;
        for (const name of Object.getOwnPropertyNames(cls.prototype)) {
          const fn = (cls.prototype as Record<string, unknown>)[name];
          if (
            name === 'constructor' ||
            typeof fn !== 'function' ||
            Reflect.getMetadata(PATH_METADATA, fn) === undefined
          )
            continue;
          handlers++;
          const ruled =
            Reflect.getMetadata(ROLES_KEY, fn) ??
            Reflect.getMetadata(PUBLIC_KEY, fn) ??
            Reflect.getMetadata(ROLES_KEY, cls);
          if (ruled === undefined) missing.push(`${cls.name}.${name}`);
        }
      }
    }
    expect(handlers).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });

  it('answers 403 for a role the route does not allow', async () => {
    const procurement = await t.keyFor('procurement');
    const legal = await t.keyFor('legal');
    const res1 = await t.call('POST', '/v1/vendors', {
      key: procurement,
      body: { name: 'X', hqCountry: 'US' },
    });
    expect(res1.statusCode).toBe(403);
    expect(res1.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(
      (await t.call('POST', '/v1/api-keys', { key: legal, body: { name: 'x', role: 'admin' } })).statusCode,
    ).toBe(403);
    expect((await t.call('GET', '/v1/api-keys', { key: procurement })).statusCode).toBe(403);
    expect((await t.call('GET', '/admin/queues', { key: legal })).statusCode).toBe(403);
    expect((await t.call('GET', '/admin/queues')).statusCode).toBe(200);
    expect((await t.call('GET', '/v1/vendors', { key: legal })).statusCode).toBe(200);
  });

  it('shows a new key once and stores only its hash and prefix', async () => {
    const res = await t.call('POST', '/v1/api-keys', {
      body: { name: 'procurement system', role: 'procurement' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { id: string; key: string; prefix: string; role: string };
    expect(body.key.startsWith(body.prefix)).toBe(true);
    expect(body.role).toBe('procurement');
    const list = await t.call('GET', '/v1/api-keys?limit=100');
    const listed = (list.json() as { data: Record<string, unknown>[] }).data.find((k) => k.id === body.id)!;
    expect(listed).toBeDefined();
    expect(listed.key).toBeUndefined();
    const rows = (await t.app
      .get(DataSource)
      .query('SELECT key_hash, prefix FROM api_keys WHERE id = $1', [body.id])) as {
      key_hash: string;
    }[];
    expect(rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.key_hash).not.toContain(body.key);
  });
});

@Controller('v1/unruled')
class UnruledController {
  @Get()
  hello() {
    return { ok: true };
  }
}
@Module({ controllers: [UnruledController] })
class UnruledModule {}

describe('a route without a role rule', () => {
  it('is refused even for an admin (fails closed)', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [UnruledModule],
      providers: [
        {
          provide: ApiKeysService,
          useValue: { authenticate: () => Promise.resolve({ keyId: 'k', name: 'admin', role: 'admin' }) },
        },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
    }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const res = await app.inject({
      method: 'GET',
      url: '/v1/unruled',
      headers: { authorization: 'Bearer avr_x' },
    });
    expect(res.statusCode).toBe(403);
    await app.close();
  });
});
