import type { EvaluationContext } from '../context';
import type { RuleOutcome } from '../result-types';
import { useCase, type Mutator } from './context-builder';

/** Context mutators and case types shared by the default pack's rule tables. */

export interface Case {
  name: string;
  outcome: RuleOutcome;
  given: Mutator[];
  /** For unknown: fact paths that must be reported missing. */
  missing?: string[];
}
export type RuleCases = {
  pass: Mutator[];
  fail: Mutator[];
  unknown: Mutator[];
  missing: string[];
  extra?: Case[];
};

export const set = (f: (ctx: EvaluationContext) => void): Mutator => f;
export const designation = (list: string): Mutator =>
  set((c) =>
    c.vendor.designations?.push({
      list,
      entityName: 'Acme Holdings',
      citation: null,
      effective: null,
      status: 'official',
    }),
  );
export const hit = (list: string, disposition: 'confirmed' | 'false_positive' | null): Mutator =>
  set((c) => {
    c.screening.status =
      disposition === null ? 'potential' : disposition === 'confirmed' ? 'confirmed' : 'clear';
    c.screening.hits = [
      { entityName: 'Acme Holdings', list, programs: [], citation: null, score: 0.97, disposition },
    ];
  });
export const notScreened = set((c) => Object.assign(c.screening, { status: 'not_screened', hits: null }));
export const dh = (patch: Partial<EvaluationContext['vendor']['dataHandling']>): Mutator =>
  set((c) => Object.assign(c.vendor.dataHandling, patch));
export const usHealth = (records: number): Mutator => useCase(['health'], ['US'], { health: records });
export const prcContracting = set((c) => {
  c.group.contractingEntity = {
    name: 'Hangzhou Example AI Co., Ltd.',
    country: 'CN',
    countryOfConcern: true,
  };
  c.group.countryOfConcernOwnership = 100;
});
export const unknownContracting = set((c) => {
  c.group.contractingEntity = null;
  c.group.countryOfConcernOwnership = null;
});
export const residency = (
  allowed: string[],
  prohibited: string[],
  requiredMechanisms: string[] = [],
): Mutator => set((c) => (c.residency.personal_data = { allowed, prohibited, requiredMechanisms }));
export const personalEU = useCase(['personal_data'], ['DE'], { personal_data: 5000 });
export const publicSector = (subjects: string[]): Mutator =>
  set((c) => {
    useCase(['internal'], subjects)(c);
    c.useCase.publicSector = true;
  });
export const ban = (country: string): Mutator =>
  set((c) =>
    c.vendor.publicBans?.push({
      authority: 'Some authority',
      country,
      scope: 'government devices',
      status: 'official',
    }),
  );
