import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf } from '../../../common/canonical-json';
import type { RuleResult, ScoreContribution } from '../../../policies/engine/result-types';
import { SEVERITIES } from '../../../policies/engine/pack-types';
import type { ReportInput } from '../report-input';

/** Test inputs: the exported fixtures, and a hostile variant of one. */

export const FIXTURES = [
  'zhipu-bigmodel-rejected',
  'minimax-api-needs-information',
  'openai-au-needs-information',
  'anthropic-bedrock-no-cost',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** A fresh copy of an exported fixture's ReportInput. */
export function fixture(name: FixtureName): ReportInput {
  const file = join(__dirname, 'fixtures', `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { input: ReportInput }).input;
}

export const TEMPLATES_DIR = join(__dirname, '..', '..', '..', '..', 'templates');

/** Strings the hostile input plants, and what the PDF must show for them. */
export const HOSTILE = {
  chinese: '北京智谱华章科技有限公司',
  japanese: '株式会社テスト人工知能',
  korean: '인공지능 연구소',
  arabic: 'شركة الذكاء الاصطناعي',
  emoji: '🚀🤖✅',
  /** Right-to-left override in the middle of a name: must be removed, the letters kept. */
  rlo: 'evil\u202Egnp.exe',
  rloClean: 'evilgnp.exe',
  control: 'line one\r\nline two\u0000 with NUL\rand CR',
  longToken: 'X'.repeat(100_000),
  findings: 500,
};

/**
 * The Zhipu fixture with hostile data in every kind of field a user or a registry edit can fill: names in
 * Chinese, Japanese, Korean and Arabic, emoji, a right-to-left override, NUL and CR, a 100 kB token, and
 * 500 extra findings (with their score contributions). The snapshot hash is recomputed, as the evaluation
 * service would have stored it.
 */
export function hostileInput(): ReportInput {
  const input = fixture('zhipu-bigmodel-rejected');
  const h = HOSTILE;
  const vp = input.vendorProfile;
  vp.vendor.name = `Zhipu AI ${h.emoji}`;
  vp.vendor.nativeName = h.chinese;
  vp.vendor.aliases = [...vp.vendor.aliases, h.rlo, h.japanese];
  const [first, second, third] = vp.entities;
  first!.nativeName = h.chinese;
  second!.nativeName = h.japanese;
  third!.name = h.arabic;
  third!.nativeName = h.korean;
  vp.entities.push({
    id: 'hostile-entity',
    name: `${h.rlo} ${h.control}`,
    nativeName: h.longToken,
    aliases: [],
    country: 'AE',
    roles: ['affiliate'],
    status: 'unverified',
    source: { url: `https://example.com/${'a'.repeat(3000)}`, retrieved: '2026-11-29' },
    owners: [{ ownerName: h.arabic, percent: 51, status: 'secondary' }],
  });
  input.review.useCase.purpose = `Purpose with a long token: ${h.longToken} ${h.control}`;
  input.evaluation.snapshot.context.useCase.purpose = input.review.useCase.purpose;
  input.review.signOffs = [
    {
      action: 'override',
      decision: 'approved',
      justification: `${h.control} ${h.arabic} ${h.emoji}`,
      byName: h.rlo,
      createdAt: '2026-11-30T09:00:00Z',
    },
  ];
  input.alternatives.push({
    vendor: `${h.korean} ${h.emoji}`,
    model: h.japanese,
    offering: h.longToken.slice(0, 20_000),
    decision: 'approved',
    monthlyCost: 10,
    currency: 'USD',
  });

  // Paths the exported evaluations never reach: a screening hit awaiting adjudication and residency rules.
  const ctx = input.evaluation.snapshot.context;
  ctx.screening = {
    status: 'potential',
    hits: [
      {
        entityName: `${h.chinese} ${h.rlo}`,
        list: 'BIS Entity List',
        programs: ['EAR'],
        citation: '90 FR 4617',
        score: 0.97,
        disposition: null,
      },
    ],
    listVersions: ['CSL 2026-11-28T10:00Z'],
  };
  ctx.residency = {
    personal_data: { allowed: ['EEA'], prohibited: ['CN'], requiredMechanisms: ['sccs', 'tia'] },
  };

  const result = input.evaluation.result;
  const extra: RuleResult[] = [];
  const contributions: ScoreContribution[] = [];
  for (let i = 0; i < h.findings; i++) {
    const id = `hostile-rule-${String(i).padStart(3, '0')}`;
    const outcome = i % 3 === 0 ? 'unknown' : 'fail';
    const severity = SEVERITIES[i % 4]!;
    extra.push({
      id,
      title: `Hostile rule ${i} ${[h.chinese, h.japanese, h.korean, h.arabic, h.emoji][i % 5]}`,
      category: 'provenance',
      severity,
      effect: 'flag',
      outcome,
      message: `Message ${i}: ${h.rlo} ${h.control} ${i === 7 ? h.longToken : ''}`,
      remediation: `Remediation ${i} ${h.arabic}`,
      condition: null,
      factsRead: ['vendor.designations'],
      missingFacts: outcome === 'unknown' ? ['vendor.gpaiCodeSignatory'] : [],
      error: null,
      references: [{ citation: `Hostile citation ${i % 10}`, url: `https://example.org/${i % 10}` }],
    });
    contributions.push({
      ruleId: id,
      effect: 'flag',
      severity,
      outcome,
      weight: 1,
      outcomeFactor: outcome === 'fail' ? 1 : 0.5,
      points: outcome === 'fail' ? 1 : 0.5,
    });
    result.evidence[id] = [
      {
        path: 'vendor.designations[0].list',
        provenance: {
          status: 'secondary',
          source: { url: 'https://frtracker.app/fr/2025-00704', retrieved: '2026-11-29' },
        },
      },
    ];
  }
  result.rules.push(...extra);
  result.score.residual.contributions.push(...contributions);
  input.evaluation.snapshotHash = hashOf(input.evaluation.snapshot);
  return input;
}
