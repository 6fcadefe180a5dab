import { evaluatePack } from './evaluate';
import type { RuleOutcome } from './result-types';
import { buildContext, loadDefaultPack, type Mutator } from './testing/context-builder';
import { HANDLING_AND_OTHER_CASES } from './testing/rule-cases-handling';
import { PARTY_AND_JURISDICTION_CASES } from './testing/rule-cases-parties';
import type { Case } from './testing/rule-mutators';

/**
 * Every rule of policies/default.yaml, driven to pass, fail and unknown (plus the edge cases that carry
 * the rule's meaning; tables in testing/rule-cases-*.ts). A rule added to the pack without cases here
 * fails the completeness test.
 */
const CASES = { ...PARTY_AND_JURISDICTION_CASES, ...HANDLING_AND_OTHER_CASES };

const pack = loadDefaultPack();

function outcomeOf(
  ruleId: string,
  given: Mutator[],
): { outcome: RuleOutcome; missing: string[]; error: string | null } {
  const result = evaluatePack(pack, buildContext(...given));
  const rule = result.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`rule ${ruleId} not in the pack`);
  return { outcome: rule.outcome, missing: rule.missingFacts, error: rule.error };
}

describe('default pack', () => {
  it('has cases for exactly its rules', () => {
    expect(Object.keys(CASES).sort()).toEqual(pack.rules.map((r) => r.id).sort());
  });

  it('has 15–30 rules, each citing at least one source', () => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(15);
    expect(pack.rules.length).toBeLessThanOrEqual(30);
    for (const rule of pack.rules) expect(rule.references.length).toBeGreaterThan(0);
  });

  describe.each(Object.entries(CASES))('%s', (ruleId, cases) => {
    const table: Case[] = [
      { name: 'pass', outcome: 'pass', given: cases.pass },
      { name: 'fail', outcome: 'fail', given: cases.fail },
      { name: 'unknown', outcome: 'unknown', given: cases.unknown, missing: cases.missing },
      ...(cases.extra ?? []),
    ];
    it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const got = outcomeOf(ruleId, c.given);
      expect(got.outcome).toBe(c.outcome);
      expect(got.error).toBeNull();
      if (c.outcome === 'unknown') {
        expect(got.missing.length).toBeGreaterThan(0);
        for (const path of c.missing ?? []) expect(got.missing).toContain(path);
      }
    });
  });
});
