import { DataSource } from 'typeorm';
import { provenanceErrors } from '../src/common/provenance-check';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runSeed } from '../src/seed/seed';
import { SEED_VENDORS } from '../src/seed/data/vendors';
import { TEST_DATABASE_URL } from './test-env';

/** The global setup has already seeded the test database once; these tests read it and seed again. */
describe('reference seed', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
  });
  afterAll(async () => ds.destroy());

  it('is idempotent: a second run inserts and updates nothing and bumps no version', async () => {
    const before = await ds.query(`SELECT slug, version, updated_at FROM vendors ORDER BY slug`);
    const counts = await runSeed(ds);
    expect(counts.jurisdictions).toMatchObject({ inserted: 0, updated: 0, unchanged: 249 });
    expect(counts.registry.inserted).toBe(0);
    expect(counts.registry.updated).toBe(0);
    expect(counts.registry.unchanged).toBeGreaterThan(50);
    expect(await ds.query(`SELECT slug, version, updated_at FROM vendors ORDER BY slug`)).toEqual(before);
  });

  it('holds all 249 ISO 3166-1 countries with EU/EEA, adequacy and DOJ country-of-concern status', async () => {
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM jurisdictions`)) as { n: number }[];
    expect(n).toBe(249);
    const concern = (await ds.query(
      `SELECT alpha2 FROM jurisdictions WHERE (doj_country_of_concern->>'value')::boolean ORDER BY alpha2`,
    )) as { alpha2: string }[];
    expect(concern.map((r) => r.alpha2)).toEqual(['CN', 'CU', 'HK', 'IR', 'KP', 'MO', 'RU', 'VE']);
    const eu = (await ds.query(
      `SELECT count(*) FILTER (WHERE eu_member)::int AS eu, count(*) FILTER (WHERE eea_member)::int AS eea FROM jurisdictions`,
    )) as { eu: number; eea: number }[];
    expect(eu[0]).toEqual({ eu: 27, eea: 30 });
    const adequacy = (await ds.query(
      `SELECT alpha2, eu_adequacy->>'scope' AS scope FROM jurisdictions WHERE alpha2 IN ('JP','US','CN','BR','CA')  ORDER BY alpha2`,
    )) as { alpha2: string; scope: string }[];
    expect(adequacy).toEqual([
      { alpha2: 'BR', scope: 'full' },
      { alpha2: 'CA', scope: 'partial' },
      { alpha2: 'CN', scope: 'none' },
      { alpha2: 'JP', scope: 'full' },
      { alpha2: 'US', scope: 'partial' },
    ]);
  });

  it('holds the February 2026 providers and their incumbents', async () => {
    const slugs = ((await ds.query(`SELECT slug FROM vendors`)) as { slug: string }[]).map((r) => r.slug);
    const names = ((await ds.query(`SELECT name FROM vendors`)) as { name: string }[])
      .map((r) => r.name)
      .join(' | ');
    for (const expected of [
      /MiniMax/i,
      /ByteDance/i,
      /Alibaba/i,
      /Zhipu|Z\.ai/i,
      /DeepSeek/i,
      /Moonshot/i,
      /OpenAI/i,
      /Anthropic/i,
      /Google/i,
    ]) {
      expect(names).toMatch(expected);
    }
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    const models = ((await ds.query(`SELECT name FROM models`)) as { name: string }[])
      .map((r) => r.name)
      .join(' | ');
    for (const m of [/M2\.5/, /GLM-5/, /Qwen ?3\.5/i, /DeepSeek V3/i, /Kimi/i]) expect(models).toMatch(m);
  });

  it('records Zhipu on the BIS Entity List with its Federal Register citation and native name', async () => {
    const rows = (await ds.query(
      `SELECT v.designations, v.native_name, array_agg(e.native_name) AS entity_native FROM vendors v JOIN legal_entities e ON e.vendor_id = v.id WHERE v.name ~* 'zhipu' GROUP BY v.id`,
    )) as {
      designations: {
        list: string;
        citation?: string;
        effective?: string;
        frDocument?: string;
        source?: { url?: string };
      }[];
      entity_native: (string | null)[];
    }[];
    expect(rows).toHaveLength(1);
    const el = rows[0]!.designations.find((d) => d.list === 'BIS Entity List');
    expect(el).toMatchObject({ citation: '90 FR 4617', effective: '2025-01-16', frDocument: '2025-00704' });
    expect(el!.source?.url).toMatch(/^https:\/\//);
    expect(rows[0]!.entity_native).toContain('北京智谱华章科技有限公司');
  });

  it('gives every seeded fact valid provenance (official ⇒ the vendor’s own domain; unknown ⇒ null)', () => {
    for (const v of SEED_VENDORS) {
      expect({ vendor: v.key, errors: provenanceErrors(v, v.officialDomains) }).toEqual({
        vendor: v.key,
        errors: [],
      });
    }
  });

  it('keeps DeepSeek’s public-sector bans and Moonshot’s allegation with their status', async () => {
    const rows = (await ds.query(
      `SELECT name, public_bans, allegations FROM vendors WHERE name ~* 'deepseek|moonshot'`,
    )) as {
      name: string;
      public_bans: { country: string; status: string }[];
      allegations: { kind: string; status: string }[];
    }[];
    const deepseek = rows.find((r) => /deepseek/i.test(r.name))!;
    expect(deepseek.public_bans.length).toBeGreaterThanOrEqual(5);
    expect(deepseek.public_bans.map((b) => b.country)).toEqual(expect.arrayContaining(['US', 'IT', 'AU']));
    const moonshot = rows.find((r) => /moonshot/i.test(r.name))!;
    const distillation = moonshot.allegations.find((a) => /distill/i.test(a.kind));
    expect(distillation).toBeDefined();
    expect(distillation!.status).not.toBe('official');
  });
});
