import type { DataSource } from 'typeorm';

export const DEMO_USE_CASES = [
  {
    key: 'code-assistant',
    label: 'code assistant',
    useCase: {
      name: 'Internal code assistant',
      purpose: 'Code completion and review on internal repositories',
      dataClasses: ['source_code', 'internal'],
      dataSubjectRegions: [],
      recordsPerYear: {},
      criticality: 'medium',
      sector: 'software',
      publicSector: false,
      monthlyTokens: { input: 200_000_000, output: 40_000_000 },
    },
  },
  {
    key: 'customer-support',
    label: 'support, EU+US PII',
    useCase: {
      name: 'Customer-support assistant',
      purpose: 'Answer customer tickets with account context',
      dataClasses: ['personal_data'],
      dataSubjectRegions: ['EU', 'US'],
      recordsPerYear: { personal_data: 250_000 },
      criticality: 'high',
      sector: 'retail',
      publicSector: false,
      monthlyTokens: { input: 500_000_000, output: 100_000_000 },
    },
  },
] as const;

export interface DemoSubject {
  label: string;
  vendorId: string;
  modelId: string;
  offeringId: string;
  selfHostedRegion?: string;
}

/**
 * For every seeded provider: its flagship model's first vendor API offering (preferring one with known
 * regions), its first cloud-marketplace offering, and its self-hosted offering run in Germany.
 */
export async function demoSubjects(ds: DataSource): Promise<DemoSubject[]> {
  const rows = (await ds.query(`
    SELECT DISTINCT ON (v.slug, o.mode)
           v.name AS vendor, m.name AS model, o.name AS offering, o.mode, v.id AS vendor_id, m.id AS model_id, o.id AS offering_id
      FROM vendors v JOIN models m ON m.vendor_id = v.id JOIN offerings o ON o.model_id = m.id
     ORDER BY v.slug, o.mode, (o.storage_regions->>'status' = 'unknown'), m.created_at, o.created_at, o.slug`)) as {
    vendor: string;
    model: string;
    offering: string;
    mode: string;
    vendor_id: string;
    model_id: string;
    offering_id: string;
  }[];
  return rows.map((r) => ({
    label: `${r.vendor} / ${r.model} / ${r.mode === 'self_hosted' ? 'self-hosted in DE' : r.offering}`,
    vendorId: r.vendor_id,
    modelId: r.model_id,
    offeringId: r.offering_id,
    ...(r.mode === 'self_hosted' ? { selfHostedRegion: 'DE' } : {}),
  }));
}
