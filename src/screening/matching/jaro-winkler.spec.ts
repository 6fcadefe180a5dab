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
    for (const [a, b] of [
      ['saddam', 'sadam'],
      ['hussein', 'husain'],
      ['interpal', 'integral'],
    ]) {
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

  it('equals the textbook dynamic programme, with and without a bound, on random strings', () => {
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            d[i][j - 1] + 1,
            d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    };
    let seed = 42; // deterministic LCG: the same strings on every run
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const word = (): string => Array.from({ length: next(9) }, () => 'abcd'[next(4)]).join('');
    for (let t = 0; t < 3000; t++) {
      const [a, b, bound] = [word(), word(), next(5)];
      const distance = reference(a, b);
      expect(osaDistance(a, b)).toBe(distance);
      const bounded = osaDistance(a, b, bound);
      if (distance <= bound) expect(bounded).toBe(distance);
      else expect(bounded).toBeGreaterThan(bound);
    }
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
      ['sensetech', 'sensetime'],
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
    for (const [a, b] of [
      ['huawey', 'huawei'],
      ['hussein', 'husain'],
      ['vinsavr', 'vinsaver'],
    ]) {
      expect(tokenSimilarity(a, b)).toBe(tokenSimilarity(b, a));
    }
  });
});
