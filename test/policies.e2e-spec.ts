import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from './e2e-app';
import { codeAssistant, seededOffering, waitForDecision, waitUntil } from './fixtures';

const DEFAULT_PACK = readFileSync(join(__dirname, '..', 'policies', 'default.yaml'), 'utf8');

const pack = (assert: string, when = 'true') => `id: broken
version: "1"
description: a pack with one rule
rules:
  - id: the-rule
    title: The rule
    category: data-handling
    severity: high
    effect: deny
    when: ${JSON.stringify(when)}
    assert: ${JSON.stringify(assert)}
    message: failed
    remediation: fix it
    references:
      - citation: test
`;

interface PackError {
  code: string;
  file: string;
  ruleId: string | null;
  line: number | null;
  column: number | null;
}

describe('policy packs, residency rules, webhooks targets, audit', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp({}, { api: true, worker: true });
    officer = await t.keyFor('compliance_officer');
  });
  afterAll(async () => t.close());

  const yaml = (url: string, body: string, key?: string) =>
    t.call('POST', url, { key, body, headers: { 'content-type': 'application/yaml' } });
  const activeHash = async () =>
    (
      (await t.call('GET', '/v1/policies?limit=100')).json() as {
        data: { active: boolean; contentHash: string }[];
      }
    ).data.find((p) => p.active)!.contentHash;

  it.each([
    ['bad CEL syntax', pack('vendor.name ==', 'true'), 'cel_syntax'],
    ['an unknown field', pack('vendor.nonexistentField == true'), 'cel_unknown_field'],
    ['a wrong type', pack('vendor.name > 5'), 'cel_type'],
  ])(
    'refuses a pack with %s, naming file, rule and position, and keeps the active pack',
    async (_label, text, code) => {
      const before = await activeHash();
      for (const url of ['/v1/policies/validate?name=broken.yaml', '/v1/policies?name=broken.yaml']) {
        const res = await yaml(url, text, url.includes('validate') ? officer : undefined);
        expect(res.statusCode).toBe(422);
        const errors = (res.json() as { error: { details: PackError[] } }).error.details;
        expect(errors[0]).toMatchObject({ code, file: 'broken.yaml', ruleId: 'the-rule' });
        expect(errors[0]!.line).toBeGreaterThan(0);
      }
      expect(await activeHash()).toBe(before);
    },
  );

  it('validates the shipped default pack and refuses non-YAML bodies', async () => {
    const ok = await yaml('/v1/policies/validate', DEFAULT_PACK, officer);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ valid: true });
    expect((ok.json() as { ruleCount: number }).ruleCount).toBeGreaterThanOrEqual(15);
    const json = await t.call('POST', '/v1/policies/validate', { key: officer, body: { not: 'yaml' } });
    expect(json.statusCode).toBe(415);
    expect((await yaml('/v1/policies', DEFAULT_PACK, officer)).statusCode).toBe(403);
  });

  it('activates a new pack, records its hash and who activated it, and re-evaluates decided reviews', async () => {
    const subject = await seededOffering(t, 'openai', 'vendor_api');
    const review = (
      await t.call('POST', '/v1/reviews', {
        key: officer,
        body: { ...subject, useCase: codeAssistant },
        headers: { 'idempotency-key': randomUUID() },
      })
    ).json() as { id: string };
    await waitForDecision(t, review.id);
    const original = await activeHash();

    const next = DEFAULT_PACK.replace(/^version: .*$/m, 'version: "2026.11.29-test"');
    const res = await yaml('/v1/policies?name=next.yaml', next);
    expect(res.statusCode).toBe(201);
    const activated = res.json() as { contentHash: string; activatedBy: string; active: boolean };
    expect(activated).toMatchObject({ active: true, activatedBy: 'bootstrap admin' });
    expect(activated.contentHash).not.toBe(original);
    await waitUntil(async () => {
      const evals = (
        await t.call('GET', `/v1/reviews/${review.id}/evaluations`, { key: officer })
      ).json() as { data: { trigger: string; packHash: string }[] };
      return evals.data[0]?.trigger === 'pack_activated' && evals.data[0].packHash === activated.contentHash;
    });
    const restore = await yaml('/v1/policies?name=default.yaml', DEFAULT_PACK);
    expect(restore.statusCode).toBe(201);
    expect(await activeHash()).toBe(original);
  });

  it('edits residency rules per data class with optimistic concurrency', async () => {
    const put = (body: Record<string, unknown>) =>
      t.call('PUT', '/v1/residency-rules/health', { key: officer, body });
    const created = await put({
      allowed: ['EEA', 'CH'],
      prohibited: ['CN', 'RU'],
      requiredMechanisms: ['dpa', 'zdr'],
    });
    expect(created.statusCode).toBe(201);
    const v = (created.json() as { version: number }).version;
    expect((await put({ allowed: ['EEA'], prohibited: [], requiredMechanisms: [] })).statusCode).toBe(409);
    expect(
      (await put({ allowed: ['EEA'], prohibited: [], requiredMechanisms: [], version: v })).statusCode,
    ).toBe(200);
    expect(
      (await put({ allowed: ['EEA'], prohibited: [], requiredMechanisms: [], version: v })).statusCode,
    ).toBe(409);
    expect((await put({ allowed: ['ZZ'], prohibited: [], requiredMechanisms: [] })).statusCode).toBe(422);
    expect(
      (
        await t.call('PUT', '/v1/residency-rules/nonsense', {
          key: officer,
          body: { allowed: [], prohibited: [], requiredMechanisms: [] },
        })
      ).statusCode,
    ).toBe(422);
    const list = (await t.call('GET', '/v1/residency-rules', { key: officer })).json() as {
      data: { dataClass: string }[];
    };
    expect(list.data.map((r) => r.dataClass)).toContain('health');
  });

  it.each([
    'http://127.0.0.1:9/hook',
    'http://localhost/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/x',
    'http://10.1.2.3/x',
    'http://[::ffff:127.0.0.1]/x',
    'ftp://example.com/x',
  ])('refuses webhook target %s (loopback, private, metadata or not http)', async (url) => {
    const res = await t.call('POST', '/v1/webhooks', { key: officer, body: { url } });
    expect(res.statusCode).toBe(422);
  });

  it('refuses a review callbackUrl on a private address', async () => {
    const subject = await seededOffering(t, 'openai', 'vendor_api');
    const res = await t.call('POST', '/v1/reviews', {
      key: officer,
      body: { ...subject, useCase: codeAssistant, callbackUrl: 'http://169.254.169.254/hook' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as { error: { details: { field: string }[] } }).error.details[0]!.field).toBe(
      'callbackUrl',
    );
  });

  it('keeps a verifiable, append-only audit log', async () => {
    const verify = (await t.call('GET', '/v1/audit-events/verify', { key: officer })).json() as {
      valid: boolean;
      events: number;
    };
    expect(verify.valid).toBe(true);
    expect(verify.events).toBeGreaterThan(0);
    const events = (
      await t.call('GET', '/v1/audit-events?action=policy_pack.activated', { key: officer })
    ).json() as { total: number };
    expect(events.total).toBeGreaterThanOrEqual(2);
  });
});
