import { normalizeName } from './normalize';
import { isGenericToken } from './vocabulary';

const tokens = (raw: string): string[] => normalizeName(raw).tokens;

describe('normalizeName', () => {
  describe('legal forms', () => {
    it.each([
      ['HUAWEI TECHNOLOGIES CO., LTD.', ['huawei', 'technology']],
      ['Huawei Technologies', ['huawei', 'technology']],
      ['ANGLO-CARIBBEAN CO., LTD.', ['anglo', 'caribbean']],
      ['VTB BANK PUBLIC JOINT STOCK COMPANY', ['vtb', 'bank']],
      ['OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU VEB3 INTEGRATOR', ['veb3', 'integrator']],
      ['AKTSIONERNOE OBSHCHESTVO OTKRYTOGO TIPA STEPNYANSKI ELEVATOR', ['stepnyanski', 'elevator']],
      ['MINERA RIO PRESIDIO S.A. DE C.V.', ['minera', 'rio', 'presidio']],
      ['JINGSHENG HENGXING TECHNOLOGY PTE. LTD.', ['jingsheng', 'hengxing', 'technology']],
      ['Siemens AG', ['siemens']],
      ['GEA OOO', ['gea']],
      ['LIMITED LIABILITY COMPANY HYPERSPACE', ['hyperspace']],
      ['Anthropic PBC', ['anthropic']],
      ['Acme GmbH', ['acme']],
    ])('%s → %j', (raw, expected) => {
      expect(tokens(raw)).toEqual(expected);
    });

    it('drops a legal form anywhere, before or after the name', () => {
      expect(tokens('OOO Romashka')).toEqual(tokens('Romashka LLC'));
      expect(tokens('JSC V. TIKHOMIROV SCIENTIFIC RESEARCH INSTITUTE')).toEqual(
        tokens('V. Tikhomirov Scientific Research Institute'),
      );
    });

    it('keeps the words of a name made only of legal forms, so it still matches something', () => {
      expect(tokens('Company Limited')).toEqual(['company', 'limited']);
    });

    it('never leaves only a legal form: the watchman #483 pair share nothing', () => {
      expect(tokens('BELLETECH CORP')).toEqual(['belletech']);
      expect(tokens('11420 CORP.')).toEqual(['11420']);
    });
  });

  describe('generic words', () => {
    it('are kept, folded to one canonical form, and flagged generic', () => {
      expect(tokens('Global Technologies Holdings')).toEqual(['global', 'technology', 'holding']);
      expect(tokens('INSPUR GRUPO')).toEqual(['inspur', 'group']);
      expect(['technology', 'group', 'trading', 'international', '科技'].every(isGenericToken)).toBe(true);
      expect(isGenericToken('huawei')).toBe(false);
    });

    it('drops the joining words and, of, the, for and treats & as and', () => {
      expect(tokens('HUAWEI INVESTMENT & HOLDING CO., LTD.')).toEqual(
        tokens('Huawei Investment and Holding'),
      );
      expect(tokens('BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS')).toEqual([
        'bank',
        'development',
        'foreign',
        'economic',
        'affairs',
      ]);
    });
  });

  describe('characters', () => {
    it('folds case and strips diacritics', () => {
      expect(normalizeName('Société Générale de Café').normalized).toBe('societe generale de cafe');
      expect(tokens('Müller Straße Łódź Øresund')).toEqual(['muller', 'strasse', 'lodz', 'oresund']);
    });

    it('turns punctuation into spaces, drops apostrophes, joins dotted acronyms', () => {
      expect(tokens("SA'D SAB'AWI")).toEqual(['sad', 'sabawi']);
      expect(tokens('AL-TIKRITI, Saddam Hussein')).toEqual(['al', 'tikriti', 'saddam', 'hussein']);
      expect(tokens('P.J.S.C. GAZPROM')).toEqual(['gazprom']);
      expect(tokens('U.S.A. Trading')).toEqual(['usa', 'trading']);
    });

    it('keeps digits as tokens', () => {
      expect(tokens('MS KONSULT 2016 EOOD')).toEqual(['ms', 'konsult', '2016']);
      expect(tokens('RA-75496')).toEqual(['ra', '75496']);
    });

    it('folds full-width forms to ASCII', () => {
      expect(normalizeName('ＨＵＡＷＥＩ　ＴＥＣＨＮＯＬＯＧＩＥＳ　ＣＯ．，ＬＴＤ．')).toEqual(
        normalizeName('HUAWEI TECHNOLOGIES CO., LTD.'),
      );
      expect(tokens('Ｒ２Ｄ２')).toEqual(['r2d2']);
    });

    it('gives the same result on the ASCII fast path and the Unicode path', () => {
      // A trailing no-break space is not ASCII, so it sends the same name through the Unicode path.
      for (const raw of [
        'ANGLO-CARIBBEAN CO., LTD.',
        "AL-'AJMI, Hajjaj",
        'P.J.S.C. X & Y',
        'R2-D2 (KIEV)',
        '',
      ]) {
        expect(normalizeName(raw + '\u00a0')).toEqual(normalizeName(raw));
      }
    });
  });

  describe('scripts', () => {
    it('strips Chinese legal forms, splits the city and generic suffix, and cuts the core into bigrams', () => {
      expect(normalizeName('北京智谱华章科技有限公司')).toEqual({
        normalized: '北京 智谱 谱华 华章 科技',
        tokens: ['北京', '智谱', '谱华', '华章', '科技'],
        script: 'cjk',
      });
      expect(tokens('北京智谱华章科技股份有限公司')).toEqual(tokens('北京智谱华章科技有限公司'));
      expect(tokens('华为技术有限公司')).toEqual(['华为', '技术']);
      expect(tokens('浪潮集团有限公司')).toEqual(['浪潮', '集团']);
    });

    it('treats a legal form inside a CJK run as a separator', () => {
      expect(tokens('华为技术有限公司深圳分公司')).toEqual(['华为', '技术', '深圳', '分']);
    });

    it('tokenises mixed Latin and CJK names', () => {
      expect(normalizeName('Jin Tiesan (金铁三)')).toEqual({
        normalized: 'jin tiesan 金铁 铁三',
        tokens: ['jin', 'tiesan', '金铁', '铁三'],
        script: 'mixed',
      });
    });

    it('folds Arabic letter variants, harakat and presentation forms', () => {
      expect(tokens('عزت إبراهيم الدوري')).toEqual(tokens('عزت ابراهيم الدوري'));
      expect(tokens('مُحَمَّد')).toEqual(tokens('محمد'));
      // UN TAi.126 writes part of the name in presentation forms (U+FExx); NFKD maps them to letters.
      expect(tokens('ﻤﺣﻤﺩ ﻤﺴﻌﻮﺩ')).toEqual(tokens('محمد مسعود'));
      expect(normalizeName('صدام حسين التكريتي').script).toBe('arabic');
    });

    it('lower-cases Cyrillic and recognises the script', () => {
      expect(normalizeName('Умаров Доку Хаматович')).toEqual({
        normalized: 'умаров доку хаматович',
        tokens: ['умаров', 'доку', 'хаматович'],
        script: 'cyrillic',
      });
      expect(tokens('ООО Ромашка')).toEqual(['ромашка']);
    });

    it('reports latin, other (no letters) and mixed', () => {
      expect(normalizeName('Saddam').script).toBe('latin');
      expect(normalizeName('11420').script).toBe('other');
      expect(normalizeName('Αθήνα Bank').script).toBe('mixed');
    });
  });
});
