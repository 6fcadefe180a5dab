/**
 * Regenerates the JSON fixtures in ./fixtures from a development database (real evaluations, as stored):
 *
 *   npx tsc --ignoreConfig --outDir /tmp/avr-fixtures --rootDir . src/reports/render/testing/export-fixtures.ts \
 *     --module node20 --target es2022 --esModuleInterop --skipLibCheck --experimentalDecorators --noCheck && \
 *   NODE_PATH=$PWD/node_modules DATABASE_URL=postgres://postgres@127.0.0.1:5432/ai_vendor_risk \
 *     node /tmp/avr-fixtures/src/reports/render/testing/export-fixtures.js
 *
 * Each fixture is `{ description, input }` where `input` is a ReportInput built the way the report job
 * builds it: the evaluation row, its review and sign-offs, the vendor profile (vendor, legal entities with
 * owner names resolved, model, offering) and the alternatives (current evaluations of the other reviews with
 * the same use case, priced at this review's token volume). Not run by the tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AlternativeInput, ReportInput } from '../report-input';

type Row = Record<string, unknown>;
const FIXTURES: { file: string; evaluationId: string; description: string }[] = [
  {
    file: 'zhipu-bigmodel-rejected.json',
    evaluationId: '029d350d-10d1-490e-b05e-2a0709e18847',
    description:
      'Zhipu GLM-5 on the China platform, customer support: rejected; contracting entity 北京智谱华章科技有限公司',
  },
  {
    file: 'minimax-api-needs-information.json',
    evaluationId: 'b38ee136-e8c1-42b7-8163-10511ec6f787',
    description: 'MiniMax M2.5 API, customer support: needs information, one condition, priced',
  },
  {
    file: 'openai-au-needs-information.json',
    evaluationId: 'fb78d152-013c-4b38-8210-7dfa9321e554',
    description: 'OpenAI gpt-5.2 with AU data residency, customer support: priced',
  },
  {
    file: 'anthropic-bedrock-no-cost.json',
    evaluationId: 'a32ec039-aa0d-4ff6-91ef-f51911247265',
    description:
      'Claude Haiku 4.5 on Bedrock, code assistant: no price; exported without alternatives (no cost data)',
  },
];

async function one(db: Client, evaluationId: string, withAlternatives: boolean): Promise<ReportInput> {
  const q = async (sql: string, params: unknown[]) => (await db.query<Row>(sql, params)).rows;
  const [e] = await q('SELECT * FROM evaluations WHERE id = $1', [evaluationId]);
  if (!e) throw new Error(`no evaluation ${evaluationId}`);
  const [r] = await q('SELECT * FROM reviews WHERE id = $1', [e.review_id]);
  const [key] = await q('SELECT name FROM api_keys WHERE id = $1', [r!.submitted_by_key_id]);
  const signOffs = await q('SELECT * FROM sign_offs WHERE evaluation_id = $1 ORDER BY created_at', [
    evaluationId,
  ]);
  const [v] = await q('SELECT * FROM vendors WHERE id = $1', [r!.vendor_id]);
  const entities = await q('SELECT * FROM legal_entities WHERE vendor_id = $1 ORDER BY slug', [r!.vendor_id]);
  const [m] = await q('SELECT * FROM models WHERE id = $1', [r!.model_id]);
  const [o] = await q('SELECT * FROM offerings WHERE id = $1', [r!.offering_id]);
  const names = new Map(entities.map((x) => [x.id as string, x.name as string]));
  const useCase = r!.use_case as ReportInput['review']['useCase'];

  const alternatives: AlternativeInput[] = [];
  if (withAlternatives) {
    const others = await q(
      `SELECT e.snapshot, e.decision FROM reviews r JOIN evaluations e ON e.id = r.current_evaluation_id
        WHERE r.use_case->>'name' = $1 AND r.id <> $2 ORDER BY r.created_at`,
      [useCase.name, r!.id],
    );
    for (const x of others) {
      const snap = x.snapshot as ReportInput['evaluation']['snapshot'];
      const off = snap.context.offering;
      const priced = off.priceInputPer1M !== null && off.priceOutputPer1M !== null;
      alternatives.push({
        vendor: snap.subject.vendor,
        model: snap.subject.model,
        offering: snap.subject.offering,
        decision: x.decision as AlternativeInput['decision'],
        monthlyCost: priced
          ? (useCase.monthlyTokens.input / 1e6) * off.priceInputPer1M! +
            (useCase.monthlyTokens.output / 1e6) * off.priceOutputPer1M!
          : null,
        currency: off.currency,
      });
    }
  }
  const iso = (d: unknown) => (d as Date).toISOString();
  return {
    review: {
      id: r!.id as string,
      submittedBy: (key?.name as string) ?? 'unknown',
      createdAt: iso(r!.created_at),
      useCase,
      status: r!.status as string,
      decision: r!.decision as ReportInput['review']['decision'],
      signOffs: signOffs.map((s) => ({
        action: s.action as 'sign_off' | 'override',
        decision: s.decision as string,
        justification: s.justification as string,
        byName: s.by_name as string,
        createdAt: iso(s.created_at),
      })),
    },
    evaluation: {
      id: e.id as string,
      createdAt: iso(e.created_at),
      trigger: e.trigger as string,
      packHash: e.pack_hash as string,
      snapshotHash: e.snapshot_hash as string,
      snapshot: e.snapshot as ReportInput['evaluation']['snapshot'],
      result: e.result as ReportInput['evaluation']['result'],
    },
    vendorProfile: {
      vendor: {
        name: v!.name as string,
        nativeName: v!.native_name as string | null,
        aliases: v!.aliases as string[],
        officialDomains: v!.official_domains as string[],
        hqCountry: v!.hq_country as string,
        website: v!.website as string | null,
        certifications: v!.certifications as never,
        dataHandling: v!.data_handling as never,
        designations: v!.designations as never,
        publicBans: v!.public_bans as never,
        allegations: v!.allegations as never,
        gpaiCodeSignatory: v!.gpai_code_signatory as never,
      },
      entities: entities.map((x) => ({
        id: x.id as string,
        name: x.name as string,
        nativeName: x.native_name as string | null,
        aliases: x.aliases as string[],
        country: x.country as string,
        roles: x.roles as string[],
        status: x.status as never,
        source: x.source as never,
        owners: (
          x.owners as { ownerEntityId: string; percent: number | null; status: never; source?: never }[]
        ).map((w) => ({
          ownerName: names.get(w.ownerEntityId) ?? w.ownerEntityId,
          percent: w.percent,
          status: w.status,
          ...(w.source ? { source: w.source } : {}),
        })),
      })),
      model: {
        name: m!.name as string,
        modelVersion: m!.model_version as string | null,
        releaseDate: m!.release_date as never,
        openWeights: m!.open_weights as never,
        license: m!.license as never,
        paramsTotalB: m!.params_total_b as never,
        paramsActiveB: m!.params_active_b as never,
        contextWindow: m!.context_window as never,
        modalities: m!.modalities as string[],
        trainingHardware: m!.training_hardware as never,
        benchmarks: m!.benchmarks as never,
      },
      offering: {
        name: o!.name as string,
        mode: o!.mode as never,
        host: o!.host as string | null,
        contractingEntityId: o!.contracting_entity_id as string | null,
        storageRegions: o!.storage_regions as never,
        inferenceRegions: o!.inference_regions as never,
        priceInputPer1M: o!.price_input_per_1m as never,
        priceOutputPer1M: o!.price_output_per_1m as never,
        currency: o!.currency as string,
        priceAsOf: o!.price_as_of as string | null,
        endpoint: o!.endpoint as string | null,
        dataHandling: o!.data_handling as never,
      },
    },
    alternatives,
  };
}

async function main() {
  const db = new Client({
    connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ai_vendor_risk',
  });
  await db.connect();
  // DATE columns as the string Postgres prints: no time-zone shift.
  db.setTypeParser(1082, (s: string) => s);
  try {
    for (const f of FIXTURES) {
      const input = await one(db, f.evaluationId, !f.file.includes('no-cost'));
      const file = join(process.cwd(), 'src/reports/render/testing/fixtures', f.file);
      writeFileSync(file, JSON.stringify({ description: f.description, input }, null, 1) + '\n');
      console.log(file);
    }
  } finally {
    await db.end();
  }
}

void main();
