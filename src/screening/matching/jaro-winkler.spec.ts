import { jaro, jaroWinkler } from './jaro-winkler';
import { osaDistance, TOKEN_MATCH_MIN, tokenSimilarity } from './token-similarity';

describe('jaro / jaroWinkler', () => {
  // Reference values from Winkler (1990) and the Jaro-Winkler literature.
  it.each([
    ['martha', 'marhta', 0.9444, 0.9611],
    ['dwayne', 'duane', 0.8222, 0.84],
    ['dixon', 'dicksonx', 0.7667, 0.8133],
  ])('%s / %s: jaro %d, jaro-winkler %d', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 4);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 4);
  });

  it('is 1 for equal strings, 0 for disjoint or empty ones, and symmetric', () => {
    expect(jaroWinkler('huawei', 'huawei')).toBe(1);
    expect(jaroWinkler('belletech', '11420')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaro('', '')).toBe(0);
    for (const [a, b] of [['saddam', 'sadam'], ['hussein', 'husain'], ['interpal', 'integral']]) {
      expect(jaroWinkler(a, b)).toBe(jaroWinkler(b, a));
    }
  });

  it('gives no prefix bonus below the boost threshold', () => {
    // jaro("abcxyz", "abqrst") = (2/6 + 2/6 + 1) / 3 ≈ 0.556 < 0.7: no boost despite the shared prefix.
    expect(jaroWinkler('abcxyz', 'abqrst')).toBe(jaro('abcxyz', 'abqrst'));
  });
});

describe('osaDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(osaDistance('huawei', 'huawey')).toBe(1);
    expect(osaDistance('exchange', 'exchnage')).toBe(1);
    expect(osaDistance('haqqani', 'haqani')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('', 'abc')).toBe(3);
  });

  it('stops early above the bound it is given, never below the true distance', () => {
    expect(osaDistance('interpall', 'integral', 1)).toBeGreaterThan(1);
    expect(osaDistance('interpall', 'integral')).toBe(3);
    expect(osaDistance('huawei', 'huawey', 1)).toBe(1);
  });
});

describe('tokenSimilarity', () => {
  it('keeps one- and two-letter slips in real list words', () => {
    for (const [a, b] of [
      ['huawey', 'huawei'],
      ['exchnage', 'exchange'],
      ['haqani', 'haqqani'],
      ['hussein', 'husain'],
      ['rostamyan', 'rostamian'],
      ['aleksander', 'alexander'],
    ]) {
      expect(tokenSimilarity(a, b)).toBeGreaterThanOrEqual(TOKEN_MATCH_MIN);
    }
  });

  it('rejects look-alike words that plain Jaro-Winkler would accept', () => {
    for (const [a, b] of [
      ['interpall', 'integral'],
      ['megacom', 'megafon'],
      ['inspire', 'inspur'],
      ['tech', 'technology'],
      ['ali', 'aliev'],
      ['openai', 'opera'],
    ]) {
      expect(jaroWinkler(a, b)).toBeGreaterThan(0.8);
      expect(tokenSimilarity(a, b)).toBe(0);
    }
  });

  it('matches digits and short tokens only exactly', () => {
    expect(tokenSimilarity('11420', '11420')).toBe(1);
    expect(tokenSimilarity('11420', '11421')).toBe(0);
    expect(tokenSimilarity('veb3', 'veb4')).toBe(0);
    expect(tokenSimilarity('al', 'el')).toBe(0);
    expect(tokenSimilarity('华章', '华为')).toBe(0);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['huawey', 'huawei'], ['hussein', 'husain'], ['vinsavr', 'vinsaver']]) {
      expect(tokenSimilarity(a, b)).toBe(tokenSimilarity(b, a));
    }
  });
});
