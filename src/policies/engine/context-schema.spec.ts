import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildActivation } from './cel-env';
import { contextFields, renderContextFieldsMarkdown } from './context-schema';
import { buildContext } from './testing/context-builder';

describe('context schema', () => {
  it('policies/README.md carries the generated field table unchanged', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'policies', 'README.md'), 'utf8');
    const block = /<!-- context-fields:start -->\n([\s\S]*?)\n<!-- context-fields:end -->/.exec(readme);
    expect(block?.[1]).toBe(renderContextFieldsMarkdown());
  });

  it('lists the fields the brief names, with their CEL types and fact status', () => {
    const byPath = new Map(contextFields().map((f) => [f.path, f]));
    expect(byPath.get('vendor.dataHandling.retentionDays')).toMatchObject({ cel: 'int', fact: true });
    expect(byPath.get('group.countryOfConcernOwnership')).toMatchObject({ cel: 'double', fact: true });
    expect(byPath.get('jurisdictions')).toMatchObject({ cel: 'map<string, Jurisdiction>' });
    expect(byPath.get('jurisdictions.<alpha2>.euAdequacy')).toMatchObject({ cel: 'string', fact: true });
    expect(byPath.get('screening.hits[].disposition')).toMatchObject({ fact: true });
    expect(byPath.get('useCase.recordsPerYear.<dataClass>')).toMatchObject({ cel: 'int', fact: true });
    expect(byPath.get('residency.<dataClass>')).toMatchObject({ cel: 'ResidencyRule', fact: false });
    expect(byPath.get('offering.mode')).toMatchObject({ cel: 'string', fact: false });
    expect(byPath.get('asOf')).toMatchObject({ cel: 'string', fact: false });
  });

  it('the baseline fixture is a valid context', () => {
    expect(() => buildActivation(buildContext())).not.toThrow();
  });

  it('unknown facts are left out of the activation; non-facts may not be null', () => {
    const activation = buildActivation(buildContext((c) => (c.vendor.gpaiCodeSignatory = null)));
    const vendor = activation.variables.vendor as Record<string, unknown>;
    expect('gpaiCodeSignatory' in vendor).toBe(false);
    expect(() =>
      buildActivation(
        buildContext((c) => ((c.useCase as unknown as Record<string, unknown>).criticality = null)),
      ),
    ).toThrow(/useCase.criticality: required/);
  });
});
