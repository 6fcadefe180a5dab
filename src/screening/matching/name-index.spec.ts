import type { NameEntry } from './match-types';
import { bruteForceSearch, DEFAULT_MIN_SCORE, NameIndex } from './name-index';

/** Real rows (sdn.csv 2024, cons_prim.csv) plus filler sharing their generic words, so IDF has something to do. */
const ENTRIES: NameEntry[] = [
  { key: 'sdn:24430', names: [{ name: '11420 CORP.', kind: 'primary' }] },
  {
    key: 'sdn:36',
    names: [
      { name: 'AEROCARIBBEAN AIRLINES', kind: 'primary' },
      { name: 'AERO-CARIBBEAN', kind: 'alt' },
    ],
  },
  {
    key: 'sdn:173',
    names: [
      { name: 'ANGLO-CARIBBEAN CO., LTD.', kind: 'primary' },
      { name: 'AVIA IMPORT', kind: 'alt' },
    ],
  },
  {
    key: 'sdn:7843',
    names: [
      { name: 'AL-TIKRITI, Saddam Hussein', kind: 'primary' },
      { name: 'صدام حسين التكريتي', kind: 'native' },
    ],
  },
  { key: 'sdn:7844', names: [{ name: 'AL-TIKRITI, Qusay Saddam Hussein', kind: 'primary' }] },
  { key: 'cons:30947', names: [{ name: 'HUAWEI TECHNOLOGIES CO., LTD.', kind: 'primary' }] },
  { key: 'cons:32087', names: [{ name: 'HUAWEI INVESTMENT & HOLDING CO., LTD.', kind: 'primary' }] },
  { key: 'sdn:16837', names: [{ name: 'NORTHSTAR TRADING CORPORATION', kind: 'primary' }] },
  { key: 'sdn:36299', names: [{ name: 'KOREA ROUNSAN TRADING CORPORATION', kind: 'primary' }] },
  { key: 'sdn:22583', names: [{ name: 'MINGZHENG INTERNATIONAL TRADING LIMITED', kind: 'primary' }] },
  {
    key: 'curated:zhipu-huazhang',
    names: [
      { name: 'Beijing Zhipu Huazhang Technology Co., Ltd.', kind: 'primary' },
      { name: '北京智谱华章科技有限公司', kind: 'native' },
    ],
  },
  ...Array.from({ length: 40 }, (_, i): NameEntry => ({
    key: `filler:${String(i).padStart(2, '0')}`,
    names: [
      { name: `FILLER${i} ${['TRADING', 'TECHNOLOGY', 'GROUP', 'AL'][i % 4]} CO., LTD.`, kind: 'primary' },
    ],
  })),
];

describe('NameIndex', () => {
  const index = NameIndex.build(ENTRIES);

  it('finds exact, misspelled, re-ordered, suffix-less, alt and native-script names', () => {
    const top = (q: string): string | undefined => index.search(q)[0]?.key;
    expect(top('HUAWEI TECHNOLOGIES CO., LTD.')).toBe('cons:30947');
    expect(top('Huawey Technologies')).toBe('cons:30947');
    expect(top('Saddam Hussein Al Tikriti')).toBe('sdn:7843');
    expect(top('Anglo Caribbean Company Limited')).toBe('sdn:173');
    expect(top('Avia Import')).toBe('sdn:173');
    expect(top('صدام حسين التكريتي')).toBe('sdn:7843');
    expect(top('北京智谱华章科技股份有限公司')).toBe('curated:zhipu-huazhang');
  });

  it('reports the matched name, its kind and the token pairs', () => {
    const [hit] = index.search('Aero Caribbean');
    expect(hit).toEqual({
      key: 'sdn:36',
      matchedName: 'AERO-CARIBBEAN',
      kind: 'alt',
      score: 1,
      matchedTokens: [
        { query: 'aero', candidate: 'aero', score: 1 },
        { query: 'caribbean', candidate: 'caribbean', score: 1 },
      ],
    });
  });

  describe('generic-token guard', () => {
    it('scores BELLETECH CORP against 11420 CORP. at zero (moov-io/watchman #483)', () => {
      const all = bruteForceSearch(index, 'BELLETECH CORP', { minScore: 0, limit: 100 });
      expect(all.find((m) => m.key === 'sdn:24430')).toBeUndefined();
      expect(index.search('11420 Corporation')[0]).toMatchObject({ key: 'sdn:24430', score: 1 });
    });

    it('never lets generic words or a legal form carry a match', () => {
      // IDF over 50 names is flat (a unique word weighs 3.5, not ~10 as over the SDN list), so these bounds
      // are loose here; labelled-set.spec.ts checks the same queries against the real list.
      for (const q of [
        'Acme Trading Co., Ltd.',
        'International Trading Company',
        'Global Technology Group',
      ]) {
        const best = bruteForceSearch(index, q, { minScore: 0, limit: 1 })[0];
        expect(best?.score ?? 0).toBeLessThan(0.7);
        expect(index.search(q)).toEqual([]);
      }
    });

    it('does not confuse entries that differ in their distinctive word', () => {
      expect(index.search('Korea Northstar Trading').map((m) => m.key)).not.toContain('sdn:36299');
      expect(index.search('Huawen Electronics Co., Ltd.')).toEqual([]);
    });
  });

  it('returns one hit per entry, sorted by score then key, within minScore and limit', () => {
    const hits = index.search('Saddam Hussein al-Tikriti', { minScore: 0.3, limit: 5 });
    expect(new Set(hits.map((h) => h.key)).size).toBe(hits.length);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      expect(a.score > b.score || (a.score === b.score && a.key < b.key)).toBe(true);
    }
    expect(hits.every((h) => h.score >= 0.3)).toBe(true);
    expect(index.search('filler1 trading', { minScore: 0, limit: 3 })).toHaveLength(3);
    expect(index.search('Saddam Hussein al-Tikriti').every((h) => h.score >= DEFAULT_MIN_SCORE)).toBe(true);
  });

  it('answers an empty or legal-form-free query with nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search(' ,.;- ')).toEqual([]);
  });

  it('is deterministic: same answers whatever the entry order and on repeated queries', () => {
    const reversed = NameIndex.build([...ENTRIES].reverse());
    for (const q of ['Huawei', 'Saddam Hussein', 'Trading Corporation', 'FILLER3 GROUP', '北京智谱华章']) {
      const first = index.search(q, { minScore: 0.2 });
      expect(index.search(q, { minScore: 0.2 })).toEqual(first);
      expect(reversed.search(q, { minScore: 0.2 })).toEqual(first);
    }
  });

  it('equals brute force, at the default threshold and with none', () => {
    const queries = [
      'Huawei',
      'Huawey Investment Holding',
      'Saddam Hussein',
      'Qusay al-Tikriti',
      'Anglo Carribean',
      'Avia',
      'Trading',
      'Northstar',
      'Mingzheng Trading',
      'FILLER12 TECHNOLOGY',
      'Zhipu Huazhang',
      '智谱华章',
      '11420',
    ];
    for (const q of queries) {
      expect(index.search(q)).toEqual(bruteForceSearch(index, q));
      expect(index.search(q, { minScore: 0, limit: 50 })).toEqual(
        bruteForceSearch(index, q, { minScore: 0, limit: 50 }),
      );
    }
  });
});
