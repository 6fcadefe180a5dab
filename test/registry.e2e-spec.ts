import { startTestApp, TestApp } from './e2e-app';

interface Vendor {
  id: string;
  name: string;
  nativeName?: string;
  aliases: string[];
  version: number;
  hqCountry: string;
}
const unique = () => Math.random().toString(36).slice(2, 10);

describe('registry API', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.keyFor('compliance_officer');
  });
  afterAll(async () => t.close());

  const createVendor = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/v1/vendors', { key: officer, body: { hqCountry: 'CN', ...body } });
    return res;
  };

  it('round-trips names in CJK, Japanese, Korean and Arabic exactly', async () => {
    const names = {
      name: `Zhipu test ${unique()}`,
      nativeName: '北京智谱华章科技有限公司',
      aliases: [
        '株式会社テスト',
        '테스트 주식회사',
        'شركة الاختبار المحدودة',
        'Ünïcödé GmbH',
        '😀 emoji Ltd',
      ],
    };
    const res = await createVendor(names);
    expect(res.statusCode).toBe(201);
    const created = res.json() as Vendor;
    const fetched = (await t.call('GET', `/v1/vendors/${created.id}`, { key: officer })).json() as Vendor;
    expect(fetched.nativeName).toBe(names.nativeName);
    expect(fetched.aliases).toEqual(names.aliases);
    const found = (
      await t.call('GET', `/v1/vendors?q=${encodeURIComponent('智谱华章')}`, { key: officer })
    ).json() as { data: Vendor[] };
    expect(found.data.map((v) => v.id)).toContain(created.id);
  });

  it('rejects bad bodies with 422 and field-level details', async () => {
    const res = await createVendor({ name: '', hqCountry: 'china', aliases: 'not-an-array' });
    expect(res.statusCode).toBe(422);
    const body = res.json() as { error: { code: string; details: { field: string; messages: string[] }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.field).sort()).toEqual(['aliases', 'hqCountry', 'name']);
  });

  it('rejects unknown fields, including nested ones', async () => {
    const res = await createVendor({
      name: 'x',
      isAdmin: true,
      dataHandling: {
        trainsOnCustomerData: {
          value: true,
          status: 'secondary',
          source: { url: 'https://a.example/x' },
          sneaky: 1,
        },
      },
    });
    expect(res.statusCode).toBe(422);
    const fields = (res.json() as { error: { details: { field: string }[] } }).error.details.map(
      (d) => d.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['isAdmin', 'dataHandling.trainsOnCustomerData.sneaky']));
  });

  it('refuses an unknown country code with 422 naming the field', async () => {
    const res = await createVendor({ name: `x ${unique()}`, hqCountry: 'ZZ' });
    expect(res.statusCode).toBe(422);
    expect((res.json() as { error: { details: { field: string }[] } }).error.details[0]!.field).toBe(
      'hqCountry',
    );
  });

  it('refuses a NUL byte with 422, not a database error', async () => {
    const res = await createVendor({ name: 'bad\u0000name' });
    expect(res.statusCode).toBe(422);
    expect((res.json() as { error: { details: { field: string }[] } }).error.details[0]!.field).toBe('name');
  });

  it('refuses an oversize body with 413 and an over-long string with 422', async () => {
    const huge = await createVendor({ name: 'x', aliases: ['a'.repeat(2 * 1024 * 1024)] });
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { error: { code: string } }).error.code).toBe('payload_too_large');
    const long = await createVendor({ name: 'x'.repeat(301) });
    expect(long.statusCode).toBe(422);
    const many = await createVendor({ name: 'x', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) });
    expect(many.statusCode).toBe(422);
  });

  it('refuses a stale update with 409 and keeps the newer data', async () => {
    const v = (await createVendor({ name: `Concurrent ${unique()}` })).json() as Vendor;
    const first = await t.call('PATCH', `/v1/vendors/${v.id}`, {
      key: officer,
      body: { version: v.version, website: 'https://one.example' },
    });
    expect(first.statusCode).toBe(200);
    expect((first.json() as Vendor).version).toBe(v.version + 1);
    const stale = await t.call('PATCH', `/v1/vendors/${v.id}`, {
      key: officer,
      body: { version: v.version, website: 'https://two.example' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: v.version + 1 } },
    });
    const now = (await t.call('GET', `/v1/vendors/${v.id}`, { key: officer })).json() as { website: string };
    expect(now.website).toBe('https://one.example');
  });

  it('lets only one of two concurrent updates with the same version win', async () => {
    const v = (await createVendor({ name: `Race ${unique()}` })).json() as Vendor;
    const results = await Promise.all(
      ['https://a.example', 'https://b.example'].map((website) =>
        t.call('PATCH', `/v1/vendors/${v.id}`, { key: officer, body: { version: v.version, website } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('insists on provenance: official facts only from the vendor’s official domains', async () => {
    const base = { name: `Domains ${unique()}`, officialDomains: ['deepseek.com'] };
    const lookalike = await createVendor({
      ...base,
      dataHandling: {
        dpaAvailable: { value: true, status: 'official', source: { url: 'https://deepseek.chat/dpa' } },
      },
    });
    expect(lookalike.statusCode).toBe(422);
    const noSource = await createVendor({
      ...base,
      dataHandling: { dpaAvailable: { value: true, status: 'secondary' } },
    });
    expect(noSource.statusCode).toBe(422);
    const ok = await createVendor({
      ...base,
      dataHandling: {
        dpaAvailable: {
          value: true,
          status: 'official',
          source: { url: 'https://platform.deepseek.com/downloads/dpa.pdf', retrieved: '2026-11-29' },
        },
        retentionDays: { value: null, status: 'unknown' },
        trainsOnCustomerData: { value: false, status: 'unverified' },
      },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('models entities with ownership, models and offerings, with filters and pagination', async () => {
    const v = (
      await createVendor({ name: `Graph ${unique()}`, officialDomains: ['graph.example'] })
    ).json() as Vendor;
    const parent = (
      await t.call('POST', `/v1/vendors/${v.id}/entities`, {
        key: officer,
        body: { name: 'Parent Co., Ltd.', nativeName: '母公司有限公司', country: 'CN', roles: ['parent'] },
      })
    ).json() as { id: string };
    const sub = await t.call('POST', `/v1/vendors/${v.id}/entities`, {
      key: officer,
      body: {
        name: 'Sub Pte. Ltd.',
        country: 'SG',
        roles: ['contracting'],
        owners: [{ ownerEntityId: parent.id, percent: 60, status: 'unverified' }],
      },
    });
    expect(sub.statusCode).toBe(201);
    const selfOwned = await t.call('POST', `/v1/vendors/${v.id}/entities`, {
      key: officer,
      body: {
        name: 'Over',
        country: 'SG',
        owners: [{ ownerEntityId: parent.id, percent: 160, status: 'unverified' }],
      },
    });
    expect(selfOwned.statusCode).toBe(422);
    const entities = (await t.call('GET', `/v1/vendors/${v.id}/entities`, { key: officer })).json() as {
      total: number;
    };
    expect(entities.total).toBe(2);

    const model = await t.call('POST', `/v1/vendors/${v.id}/models`, {
      key: officer,
      body: {
        name: 'Graph-1',
        openWeights: { value: true, status: 'unverified' },
        paramsTotalB: { value: 100, status: 'unverified' },
      },
    });
    expect(model.statusCode).toBe(201);
    const modelId = (model.json() as { id: string }).id;
    await t.call('POST', `/v1/vendors/${v.id}/models`, {
      key: officer,
      body: { name: 'Graph-closed', openWeights: { value: false, status: 'unverified' } },
    });
    const open = (
      await t.call('GET', `/v1/vendors/${v.id}/models?openWeights=true`, { key: officer })
    ).json() as { data: { name: string }[]; total: number };
    expect(open.total).toBe(1);
    expect(open.data[0]!.name).toBe('Graph-1');

    const offering = await t.call('POST', `/v1/models/${modelId}/offerings`, {
      key: officer,
      body: {
        name: 'Graph API',
        mode: 'vendor_api',
        contractingEntityId: (sub.json() as { id: string }).id,
        storageRegions: { value: ['SG'], status: 'unverified' },
        inferenceRegions: { value: ['SG', 'CN'], status: 'unverified' },
        priceInputPer1M: { value: 0.3, status: 'unverified' },
        currency: 'USD',
        priceAsOf: '2026-11-29',
      },
    });
    expect(offering.statusCode).toBe(201);
    const badRegion = await t.call('POST', `/v1/models/${modelId}/offerings`, {
      key: officer,
      body: { name: 'Bad', mode: 'vendor_api', storageRegions: { value: ['EU'], status: 'unverified' } },
    });
    expect(badRegion.statusCode).toBe(422);
    const list = (
      await t.call('GET', `/v1/models/${modelId}/offerings?mode=vendor_api&limit=1`, { key: officer })
    ).json() as { total: number; limit: number; data: unknown[] };
    expect(list).toMatchObject({ total: 1, limit: 1 });

    const byHq = (
      await t.call('GET', '/v1/vendors?hqCountry=CN&openWeights=true&limit=100', { key: officer })
    ).json() as { data: Vendor[] };
    expect(byHq.data.map((x) => x.id)).toContain(v.id);
    expect(byHq.data.every((x) => x.hqCountry === 'CN')).toBe(true);
    expect((await t.call('GET', '/v1/vendors?limit=101', { key: officer })).statusCode).toBe(422);
  });

  it('answers 404 with the envelope for unknown ids and 422 for malformed ids', async () => {
    const missing = await t.call('GET', '/v1/vendors/3f1c1e64-5b5c-4a47-9f0e-000000000000', { key: officer });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await t.call('GET', '/v1/vendors/not-a-uuid', { key: officer })).statusCode).toBe(422);
  });

  it('serves jurisdictions with their regimes', async () => {
    const cn = (await t.call('GET', '/v1/jurisdictions/cn', { key: officer })).json() as Record<
      string,
      unknown
    >;
    expect(cn).toMatchObject({
      alpha2: 'CN',
      dojCountryOfConcern: { value: true },
      euAdequacy: { scope: 'none' },
    });
    const de = (await t.call('GET', '/v1/jurisdictions/DE', { key: officer })).json() as Record<
      string,
      unknown
    >;
    expect(de).toMatchObject({ euMember: true, eeaMember: true, euAdequacy: null });
    const concern = (
      await t.call('GET', '/v1/jurisdictions?countryOfConcern=true&limit=100', { key: officer })
    ).json() as { data: { alpha2: string }[]; total: number };
    expect(concern.data.map((j) => j.alpha2).sort()).toEqual([
      'CN',
      'CU',
      'HK',
      'IR',
      'KP',
      'MO',
      'RU',
      'VE',
    ]);
    expect((await t.call('GET', '/v1/jurisdictions/XX', { key: officer })).statusCode).toBe(404);
  });
});
