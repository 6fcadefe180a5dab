/**
 * Word lists the normaliser and the scorer share. Two kinds of low-information words are treated differently:
 *
 * - Legal forms (Co., Ltd., LLC, GmbH, OOO, 有限公司 …) say what kind of company something is, never which one.
 *   They are removed from the tokens altogether, so "HUAWEI TECHNOLOGIES CO., LTD." and "Huawei Technologies"
 *   normalise alike and a query can never match on its suffix alone (moov-io/watchman #483: "BELLETECH CORP"
 *   scored 100% against "11420 CORP.").
 * - Generic descriptors (technology, group, holding, trading, international …) are kept as tokens because they
 *   help rank "HUAWEI TECHNOLOGIES" above "HUAWEI INVESTMENT", but the scorer caps their weight far below any
 *   distinctive token. IDF alone is not enough: over the SDN list "technology" appears in ~1 name in 170, which
 *   would still give it half the weight of a unique word.
 *
 * All entries are in normalised form: lower case, diacritics stripped, acronym dots removed ("S.A." → "sa").
 */

/** Single-token legal forms, from the OFAC/CSL files and common registers (US, UK, EU, RU/UA, CN, SG, MY, TR). */
// prettier-ignore
export const LEGAL_FORM_TOKENS: ReadonlySet<string> = new Set([
  // English-speaking registers
  'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lllp', 'lp',
  'plc', 'pbc', 'pte', 'pty', 'pvt', 'bhd',
  // Continental Europe and Latin America
  'gmbh', 'mbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'slu', 'bv', 'nv', 'ltda', 'cia', 'sae',
  'sro', 'oyj', 'kft', 'eood', 'ood', 'doo', 'cv', 'scs', 'ev', 'asbl',
  // Russia, Ukraine, Belarus (Latin transliterations and Cyrillic)
  'ooo', 'zao', 'oao', 'pao', 'ao', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'tov', 'kompaniya', 'obshchestvo',
  'ооо', 'зао', 'оао', 'пао', 'ао',
  // Turkey, Gulf free zones, Japan, Korea
  'sirketi', 'fze', 'fzco', 'fzc', 'fzllc', 'dmcc', 'kk',
]);

/**
 * Multi-token legal forms whose words are not legal forms on their own ("joint", "stock", "public" can be part
 * of a real name). Matched as whole token sequences, longest first.
 */
export const LEGAL_FORM_PHRASES: readonly (readonly string[])[] = [
  ['obshchestvo', 's', 'ogranichennoi', 'otvetstvennostyu'],
  ['obshchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'],
  ['public', 'joint', 'stock'],
  ['open', 'joint', 'stock'],
  ['closed', 'joint', 'stock'],
  ['joint', 'stock'],
  ['limited', 'liability'],
  ['aktsionernoe', 'obshchestvo'],
  ['publichnoe', 'aktsionernoe'],
  ['otkrytoe', 'aktsionernoe'],
  ['zakrytoe', 'aktsionernoe'],
  ['otkrytogo', 'tipa'],
  ['zakrytogo', 'tipa'],
  ['anonim', 'sirketi'],
  ['spr', 'de', 'ri'],
  ['sa', 'de', 'cv'],
  ['s', 'de', 'rl'],
  ['de', 'cv'],
  ['sdn', 'bhd'],
  ['sp', 'z', 'o', 'o'],
  ['public', 'limited'],
].sort((a, b) => b.length - a.length);

/**
 * Generic descriptors and their canonical form (plurals and abbreviations fold together so "technologies",
 * "technology" and "tech" are one token). "ai", "intelligent" and "artificial" are generic in this service's
 * domain: every vendor screened is an AI company.
 */
// prettier-ignore
export const GENERIC_TOKENS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    technology: 'technology', technologies: 'technology', tech: 'technology', technological: 'technology',
    group: 'group', groups: 'group', grupo: 'group', groupe: 'group', gruppe: 'group',
    holding: 'holding', holdings: 'holding',
    international: 'international', intl: 'international', internacional: 'international',
    internationale: 'international',
    trading: 'trading', trade: 'trading', traders: 'trading',
    industry: 'industry', industries: 'industry', industrial: 'industry',
    enterprise: 'enterprise', enterprises: 'enterprise',
    service: 'service', services: 'service',
    solution: 'solution', solutions: 'solution',
    system: 'system', systems: 'system',
    investment: 'investment', investments: 'investment',
    import: 'import', export: 'export',
    general: 'general', global: 'global',
    science: 'science', sciences: 'science', scientific: 'science',
    information: 'information', info: 'information',
    development: 'development', engineering: 'engineering', manufacturing: 'manufacturing',
    management: 'management', logistics: 'logistics',
    network: 'network', networks: 'network',
    electronic: 'electronic', electronics: 'electronic',
    commercial: 'commercial', consulting: 'consulting', partners: 'partners', ventures: 'ventures',
    capital: 'capital',
    ai: 'ai', artificial: 'artificial', intelligence: 'intelligence', intelligent: 'intelligence',
  }),
);

/** Function words that join names ("BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS"); "&" becomes "and". */
export const STOPWORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for']);

/**
 * Chinese/Japanese/Korean legal forms, removed wherever they occur in a CJK run (simplified and traditional).
 * Longest first, so 股份有限公司 is removed whole before 有限公司 or 公司 could split it.
 */
// prettier-ignore
export const CJK_LEGAL_FORMS: readonly string[] = [
  '股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '株式会社', '有限会社', '合同会社', '주식회사',
  '유한회사', '公司',
].sort((a, b) => b.length - a.length);

/**
 * Generic CJK descriptors (technology, group, holding, international, trading, industry, information, AI,
 * network): split off the end of a run as one generic token instead of polluting the bigrams.
 */
// prettier-ignore
export const CJK_GENERIC_SUFFIXES: readonly string[] = [
  '科技', '技术', '技術', '集团', '集團', '控股', '国际', '國際', '贸易', '貿易', '实业', '實業', '信息',
  '人工智能', '智能', '网络', '網絡',
].sort((a, b) => b.length - a.length);

/**
 * Place names that open most Chinese company names (北京智谱华章科技有限公司). Split off as one token so the
 * bigram at the boundary (京智) does not invent a spurious token; they are not generic: "Beijing X" and
 * "Hangzhou X" are different legal entities.
 */
// prettier-ignore
export const CJK_PLACE_PREFIXES: readonly string[] = [
  '北京', '上海', '天津', '重庆', '深圳', '广州', '杭州', '南京', '武汉', '成都', '西安', '苏州', '合肥', '青岛',
  '济南', '长沙', '郑州', '沈阳', '大连', '厦门', '福州', '珠海', '东莞', '无锡', '宁波', '香港', '澳门', '中国',
  '贵阳', '昆明', '哈尔滨', '长春', '石家庄', '太原', '南昌', '南宁', '海口', '兰州', '乌鲁木齐',
].sort((a, b) => b.length - a.length);

/** Canonical generic form of a token, or undefined when the token is distinctive. */
export function genericCanonical(token: string): string | undefined {
  return GENERIC_TOKENS.get(token);
}

const GENERIC_CANONICAL_FORMS: ReadonlySet<string> = new Set([
  ...GENERIC_TOKENS.values(),
  ...CJK_GENERIC_SUFFIXES,
]);

/** True for a normalised token that must never carry a match on its own. */
export function isGenericToken(token: string): boolean {
  return GENERIC_CANONICAL_FORMS.has(token);
}
