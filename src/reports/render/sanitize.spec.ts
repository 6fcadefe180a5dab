import { cleanLine, cleanText, deepClean, uniqueSorted } from './sanitize';

describe('report text cleaning', () => {
  it('removes bidi overrides, embeddings and isolates but keeps the letters', () => {
    expect(cleanText('evil\u202Egnp.exe')).toBe('evilgnp.exe');
    expect(cleanText('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl')).toBe(
      'abcdefghijkl',
    );
  });

  it('removes NUL and other controls, turns CR and CRLF into line feeds and tabs into spaces', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f')).toBe('abcde\nf');
    expect(cleanText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour five');
  });

  it('removes invisible format characters, variation selectors and tag characters', () => {
    expect(cleanText('a\u200Bb\u200Dc\uFEFFd\uFE0Fe\u{E0041}f')).toBe('abcdef');
  });

  it('keeps CJK, Hangul, Arabic and emoji, and composes to NFC', () => {
    const s = '北京智谱华章科技有限公司 株式会社 인공지능 شركة 🚀';
    expect(cleanText(s)).toBe(s);
    expect(cleanText('e\u0301')).toBe('é');
  });

  it('replaces lone surrogates', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(cleanText('🚀')).toBe('🚀');
  });

  it('makes single-line text of names', () => {
    expect(cleanLine('Acme\r\nHoldings\n\nLtd')).toBe('Acme Holdings Ltd');
  });

  it('cleans every string and key of a JSON value without touching other values', () => {
    const out = deepClean({ 'k\u202E': ['x\u0000', { y: 'a\rb', n: 1, b: true, z: null }] });
    expect(out).toEqual({ k: ['x', { y: 'a\nb', n: 1, b: true, z: null }] });
  });

  it('sorts by code unit, whatever the locale', () => {
    expect(uniqueSorted(['b', 'B', 'a', 'b', 'é'])).toEqual(['B', 'a', 'b', 'é']);
  });
});
