import { normaliseListName } from '../../policies/engine/derive';
import { consolidatedList, OFAC_LIST_NAMES, recogniseOfacFiles } from './ofac-lists';

describe('recogniseOfacFiles', () => {
  it('maps the SDN set and the consolidated set, case-insensitively and in any folder', () => {
    expect(recogniseOfacFiles(['SDN.CSV', 'add.csv', 'Alt.csv', 'sdn_comments.csv'])).toEqual({
      set: 'sdn',
      primary: 'SDN.CSV',
      add: 'add.csv',
      alt: 'Alt.csv',
      comments: 'sdn_comments.csv',
    });
    expect(recogniseOfacFiles(['lists/cons_alt.csv', 'lists\\CONS_PRIM.csv'])).toEqual({
      set: 'consolidated',
      primary: 'lists\\CONS_PRIM.csv',
      add: undefined,
      alt: 'lists/cons_alt.csv',
      comments: undefined,
    });
  });

  it('names an unknown file', () => {
    expect(() => recogniseOfacFiles(['sdn.csv', 'sdn.xml'])).toThrow(/unrecognised file "sdn\.xml"/);
  });

  it('rejects a missing primary, two files for one role and files of both sets', () => {
    expect(() => recogniseOfacFiles(['alt.csv'])).toThrow(
      'the primary file (sdn.csv or cons_prim.csv) is missing',
    );
    expect(() => recogniseOfacFiles(['cons_alt.csv'])).toThrow('the primary file (cons_prim.csv) is missing');
    expect(() => recogniseOfacFiles([])).toThrow(/missing/);
    expect(() => recogniseOfacFiles(['a/sdn.csv', 'b/SDN.csv'])).toThrow(
      '"b/SDN.csv" and "a/sdn.csv" are the same file of the set',
    );
    expect(() => recogniseOfacFiles(['sdn.csv', 'cons_alt.csv'])).toThrow(
      /"cons_alt\.csv" belongs to the consolidated non-SDN set/,
    );
  });
});

describe('consolidatedList', () => {
  it.each([
    [['CMIC-EO13959'], 'CMIC'],
    [['SDGT', 'NS-PLC'], 'PLC'],
    [['FSE-IR'], 'FSE'],
    [['561-Related'], 'CAP'],
    [['UKRAINE-EO13662', 'RUSSIA-EO14024'], 'SSI'],
    [['RUSSIA-EO14024'], 'MBS'],
    [['CAATSA - RUSSIA'], 'MBS'],
    [['SDGT'], null],
  ] as const)('%j → %s', (programs, list) => {
    expect(consolidatedList(programs, null)).toBe(list);
  });

  it('puts a correspondent-account restriction on CAPTA whatever its program', () => {
    expect(
      consolidatedList(
        ['RUSSIA-EO14024'],
        'Subject to Directive 2 ... Correspondent or Payable-Through Accounts ...',
      ),
    ).toBe('CAP');
  });

  it('gives list names that land on our vocabulary where it has one', () => {
    expect(normaliseListName(OFAC_LIST_NAMES.SDN)).toBe('OFAC SDN');
    expect(normaliseListName(OFAC_LIST_NAMES.CMIC)).toBe('OFAC NS-CMIC');
    expect(normaliseListName(OFAC_LIST_NAMES.SSI)).toBe(OFAC_LIST_NAMES.SSI);
  });
});
