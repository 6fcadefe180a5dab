import { clean, cslAddress, ofacValue, remarkNames, splitList, uniqueAltNames } from './text';

describe('text helpers', () => {
  it('cleans values: trims, empties to null, repairs cp1252 C1 characters', () => {
    expect(clean('  a b ')).toBe('a b');
    expect(clean('   ')).toBeNull();
    expect(clean(undefined)).toBeNull();
    expect(clean('HA\u0092Assif \u0093x\u0094')).toBe('HA\u2019Assif \u201cx\u201d');
    expect(ofacValue('-0- ')).toBeNull();
    expect(ofacValue(' "-0-" ')).toBe('"-0-"');
  });

  it('splits "; "-joined lists and drops the conjunction of prose lists', () => {
    expect(splitList('A; B;; and C')).toEqual(['A', 'B', 'C']);
    expect(splitList('and Sons Ltd.; X')).toEqual(['and Sons Ltd.', 'X']);
    expect(splitList(null)).toEqual([]);
  });

  it('splits only the trailing ISO country off a CSL address', () => {
    expect(cslAddress('Room 1, Hong Kong, HK')).toMatchObject({
      address: 'Room 1, Hong Kong',
      country: 'HK',
    });
    expect(cslAddress('CN')).toMatchObject({ address: null, country: 'CN' });
    expect(cslAddress('Shijiazhuang, Hebei, China')).toMatchObject({
      address: 'Shijiazhuang, Hebei, China',
      country: null,
    });
  });

  it('reads weak a.k.a./f.k.a./n.k.a. names, with apostrophes inside', () => {
    const r = remarkNames("DOB 1960; a.k.a. 'ABU 'ABDALLAH'; f.k.a. 'OLD NAME'; n.k.a. 'NEW'.");
    expect(r.altNames).toEqual([
      { name: "ABU 'ABDALLAH", type: 'weak aka' },
      { name: 'OLD NAME', type: 'weak fka' },
      { name: 'NEW', type: 'weak nka' },
    ]);
  });

  it("reads Linked To parties, dropping the remark's closing period unless the name ends in an abbreviation", () => {
    expect(remarkNames('Linked To: A, S.A. DE C.V.; Linked To: LAZARUS GROUP.').linkedTo).toEqual([
      'A, S.A. DE C.V.',
      'LAZARUS GROUP',
    ]);
    expect(remarkNames('x; Linked To: R D I S.A.').linkedTo).toEqual(['R D I S.A.']);
    expect(remarkNames('x; Linked To: KOREA SAMILPO SHIPPING CO.').linkedTo).toEqual([
      'KOREA SAMILPO SHIPPING CO.',
    ]);
    expect(remarkNames('x; (Linked To: ROSTEC)').linkedTo).toEqual(['ROSTEC']);
    expect(remarkNames('(Linked To: CHINA (CETC) GROUP)').linkedTo).toEqual(['CHINA (CETC) GROUP']);
    expect(remarkNames('Linked To: A.; Linked To: A.').linkedTo).toEqual(['A.', 'A']);
    expect(remarkNames(null)).toEqual({ altNames: [], linkedTo: [] });
  });

  it('drops repeated alt names, ignoring case', () => {
    expect(
      uniqueAltNames([
        { name: 'A b', type: 'aka' },
        { name: 'a B', type: 'aka' },
        { name: 'a B', type: 'fka' },
      ]),
    ).toEqual([
      { name: 'A b', type: 'aka' },
      { name: 'a B', type: 'fka' },
    ]);
  });
});
