/**
 * Labelled query → expected entry pairs for measuring the matcher, built from the shared list files
 * (`../shared/data/lists`): every positive is a real name copied from `ofac_sdn_2024-05-03/sdn.csv`, the 2021
 * `alt.csv`, the non-SDN `cons_prim.csv`/`cons_alt.csv`, the UN list's original-script names or the registry
 * seed, then varied as its category says. Several of the SDN names were drawn at random (Python
 * random.seed(4) over entities and individuals, seed(7) over alt names) rather than picked, so the set is not
 * only the easy cases.
 *
 * `expected` is the entity number (OFAC ent_num, or the id of a curated designation): a hit on any list with
 * that number is correct (OFAC numbers an entity once across SDN and non-SDN). `also` lists other entries
 * that legitimately carry the same name. `null` = a hard negative: no hit should reach the threshold.
 *
 * Negatives were checked against the files with grep: none is the name of a listed party. They share a legal
 * form, a generic word, a city or a similar-looking distinctive word with a listed name, or are real AI and
 * technology companies that must not be flagged. ("Sina Corporation" was dropped as a negative: a listed
 * vessel, sdn:15085, has the alt name SINA, and no name-only matcher can tell them apart.)
 */

export type PairCategory =
  'exact' | 'misspelled' | 'reordered' | 'legal-form' | 'alt' | 'native' | 'negative';

export interface LabelledPair {
  query: string;
  expected: string | null;
  category: PairCategory;
  also?: string[];
  /** The listed name the query was derived from, or why a negative is hard. */
  note: string;
}

type Row = [query: string, expected: string | null, note: string, also?: string[]];

const rows = (category: PairCategory, list: Row[]): LabelledPair[] =>
  list.map(([query, expected, note, also]) => ({
    query,
    expected,
    category,
    note,
    ...(also ? { also } : {}),
  }));

const EXACT: Row[] = [
  ['AEROCARIBBEAN AIRLINES', '36', 'sdn.csv'],
  ['ANGLO-CARIBBEAN CO., LTD.', '173', 'sdn.csv'],
  ['BANCO NACIONAL DE CUBA', '306', 'sdn.csv'],
  ['11420 CORP.', '24430', 'sdn.csv; watchman #483'],
  ['HUAWEI TECHNOLOGIES CO., LTD.', '30947', 'cons_prim.csv'],
  ['INSPUR GROUP CO., LTD.', '30949', 'cons_prim.csv'],
  ['SENSETIME GROUP LIMITED', '33114', 'cons_prim.csv'],
  ['MEGVII TECHNOLOGY LIMITED', '33091', 'cons_prim.csv'],
  ['DAWNING INFORMATION INDUSTRY CO., LTD', '33113', 'cons_prim.csv'],
  ['AL-TIKRITI, Saddam Hussein', '7843', 'sdn.csv'],
  ['HAQQANI NETWORK', '15484', 'sdn.csv'],
  ['ROSHAN MONEY EXCHANGE', '15005', 'sdn.csv'],
  [
    'VTB BANK PUBLIC JOINT STOCK COMPANY',
    '17013',
    'sdn.csv and cons_prim.csv; 18720 has it as alt',
    ['18720'],
  ],
  ['ASOCIACION CIVIL LOS PROMOTORES AERONAUTICOS', '11420', 'sdn.csv'],
  ['KIM, Chol Sam', '16084', 'sdn.csv'],
  ['MINERA RIO PRESIDIO S.A. DE C.V.', '11000', 'sdn.csv (random)'],
  ['MS KONSULT 2016 EOOD', '40794', 'sdn.csv (random)'],
  ['COMERCIALIZADORA E INVERSIONES BUSTOS ARIZA Y CIA. S.C.S.', '11875', 'sdn.csv (random)'],
  ['SAHARA THUNDER', '48720', 'sdn.csv (random)'],
  ['RAIN DROP', '39688', 'sdn.csv vessel (random)'],
];

const MISSPELLED: Row[] = [
  ['Aerocaribean Airlines', '36', 'AEROCARIBBEAN AIRLINES'],
  ['Anglo-Carribean Co., Ltd.', '173', 'ANGLO-CARIBBEAN CO., LTD.'],
  ['Banco Nacional de Kuba', '306', 'BANCO NACIONAL DE CUBA'],
  ['Haqani Network', '15484', 'HAQQANI NETWORK'],
  ['Roshan Money Exchnage', '15005', 'ROSHAN MONEY EXCHANGE'],
  ['Caucasus Emirat', '12756', 'CAUCASUS EMIRATE'],
  ['Dandong Honda Trade Co. Ltd.', '23177', 'DANDONG HONGDA TRADE CO. LTD. (random)'],
  ['Railcom Rahbar Co.', '25951', 'RAILCOM RAAHBAR CO. (random)'],
  ['Machine Pardazen Co.', '12554', 'MACHINE PARDAZAN CO. (random)'],
  ['Korea Rounsang Trading Corporation', '36299', 'KOREA ROUNSAN TRADING CORPORATION (random)'],
  ['Northstar Tradng Corporation', '16837', 'NORTHSTAR TRADING CORPORATION (random)'],
  ['Bosanska Idealana Futura', '7323', 'BOSANSKA IDEALNA FUTURA (random)'],
  ['Vinsavr', '47655', 'VINSAVER (random)'],
  ['Interpall', '7917', 'INTERPAL (random)'],
  ['Sina Bnk', '25067', 'SINA BANK (random)'],
  ['Dena Airwais', '24529', 'DENA AIRWAYS (random)'],
  ['Otik Aviaton', '24396', 'OTIK AVIATION (random)'],
  ['Tidewater Midle East Co.', '12803', 'TIDEWATER MIDDLE EAST CO. (random)'],
  ['Persian Gulf Sabz Karafarinaan', '25798', 'PERSIAN GULF SABZ KARAFARINAN (random)'],
  ['Mahdi Hejaby', '29847', 'HEJABI, Mahdi (random)'],
  ['Oleg Georgievich Shapovalof', '20278', 'SHAPOVALOV, Oleg Georgievich (random)'],
  ['Vladimir Vasilievich Rusakevich', '10140', 'RUSAKEVICH, Vladimir Vasilyevich (random)'],
  ['Vladimir Viktorovich Kromov', '47782', 'KHROMOV, Vladimir Viktorovich (random)'],
  ['Aleksander Viktorovich Gusev', '40271', 'GUSEV, Alexander Viktorovich (random)'],
  ['Kambiz Rostamyan', '21555', 'ROSTAMIAN, Kambiz (random)'],
  ['Akbar Motalebizadeh', '26548', 'MOTALLEBIZADEH, Akbar (random)'],
  ['Mihael Karnner', '15840', 'KARNER, Mihael (random)'],
  ['Farhan Husein Haydar', '47441', 'HAYDAR, Farhan Hussein (random)'],
  ['Hafiz Abdul Salam Bhutavi', '12917', 'BHUTTAVI, Hafiz Abdul Salam (random)'],
  ['Luis Miguel Martines Morales', '46474', 'MARTINEZ MORALES, Luis Miguel (random)'],
  ['Huawey Technologies Co Ltd', '30947', 'HUAWEI TECHNOLOGIES CO., LTD.'],
  ['Sensetyme Group Limited', '33114', 'SENSETIME GROUP LIMITED'],
  ['Megvi Technology Limited', '33091', 'MEGVII TECHNOLOGY LIMITED'],
  ['Belatrix Energy Limited', '47042', 'BELLATRIX ENERGY LIMITED'],
];

const REORDERED: Row[] = [
  ['Saddam Hussein al-Tikriti', '7843', 'AL-TIKRITI, Saddam Hussein'],
  ['Doku Umarov', '12110', 'UMAROV, Doku'],
  ['Chiranjeev Kumar Singh', '34959', 'SINGH, Chiranjeev Kumar (random)'],
  ['Nikita Yuryevich Chaplin', '35489', 'CHAPLIN, Nikita Yuryevich (random)'],
  ['Ibrahim Salih Mohammed al-Yacoub', '6920', 'AL-YACOUB, Ibrahim Salih Mohammed (random)'],
  ['Fawaz Muhammad Jubayr al-Rawi', '21123', 'JUBAYR AL-RAWI, Fawaz Muhammad (random)'],
  ['Myint Kyaing', '32293', 'KYAING, Myint (random)'],
  ['Kamal Abdelrahman Aref Awad', '27229', 'AWAD, Kamal Abdelrahman Aref (random)'],
  ['Ahmed Ali Saleh', '17928', 'SALEH, Ahmed Ali (random)'],
  ['Mohammed Saeed Odhafa al-Behadili', '28691', 'AL BEHADILI, Mohammed Saeed Odhafa (random)'],
  ['Vakhtang Karamyan', '18658', 'KARAMYAN, Vakhtang (random)'],
  ['Yevgeny Popov', '35707', 'POPOV, Yevgeny (random)'],
  ['Ziyad Aqqad', '21954', "'AQQAD, Ziyad (random)"],
  ['Energy Novin Company', '25650', 'NOVIN ENERGY COMPANY'],
  ['Bank Sina', '25067', 'SINA BANK'],
];

const LEGAL_FORM: Row[] = [
  ['Dandong Hongda Trade', '23177', 'DANDONG HONGDA TRADE CO. LTD.'],
  ['Railcom Raahbar', '25951', 'RAILCOM RAAHBAR CO.'],
  ['Radiopriborsnab JSC', '46707', 'JOINT STOCK COMPANY RADIOPRIBORSNAB (random)'],
  ['Megacom LLC', '40204', 'MEGACOM LIMITED LIABILITY COMPANY (random)'],
  ['Lanit Inc.', '48413', 'LANIT INCORPORATED (random)'],
  ['Nutrishop S.A. de C.V.', '19175', 'NUTRISHOP, S.A. (random)'],
  ['Autolex Transport Limited', '27292', 'AUTOLEX TRANSPORT LTD. (random)'],
  ['Syrian Hotel Management', '29861', 'SYRIAN HOTEL MANAGEMENT LLC (random)'],
  ['Tartous Port General Co., Ltd.', '18209', 'TARTOUS PORT GENERAL COMPANY (random)'],
  ['Hyperspace LLC', '47833', 'LIMITED LIABILITY COMPANY HYPERSPACE (random)'],
  ['Verus OOO', '44544', 'LIMITED LIABILITY COMPANY VERUS (random)'],
  ['Huawei Technologies', '30947', 'HUAWEI TECHNOLOGIES CO., LTD.'],
  ['SenseTime Group', '33114', 'SENSETIME GROUP LIMITED'],
  ['Megvii Technology', '33091', 'MEGVII TECHNOLOGY LIMITED'],
  ['Dawning Information Industry Company Limited', '33113', 'DAWNING INFORMATION INDUSTRY CO., LTD'],
  ['Gazprom Neft PJSC', '17143', 'PUBLIC JOINT STOCK COMPANY GAZPROM NEFT'],
  ['Beijing Zhipu Huazhang Technology', 'zhipu-huazhang', 'registry alias; curated 90 FR 4617'],
];

const ALT: Row[] = [
  ['Palestinian Relief Fund', '7917', 'alt of INTERPAL (random)'],
  ['Yalta Sea Port', '18315', 'alt of STATE ENTERPRISE YALTA SEA TRADING PORT (random)'],
  [
    'Smile Wallet Limited',
    '26465',
    'alt of SMILE TECHNOLOGIES S.A. (random); 26468 has alt SMILE WALLET',
    ['26468'],
  ],
  [
    'Unsong Internet Technology Corporation',
    '24977',
    'alt of YANBIAN SILVERSTAR NETWORK TECHNOLOGY (random)',
  ],
  ['Martyrs of Yarmouk', '20010', 'alt of KHALID BIN AL-WALID ARMY (random)'],
  ['Partizan Arms', '23284', 'alt of PREDUZECE ... PARTIZAN TECH DOO (random)'],
  ['Al-Hamad Brigade', '26446', 'alt of HARAKAT AL-NUJABA (random)'],
  ['Jamiat Ihia al-Turath al-Islamiya', '7149', 'alt of 7149 and of 10923 (random)', ['10923']],
  ['Difuso Audiovisuales', '28549', 'alt of DIFUSO COMUNICACIONES S.A. (random)'],
  ['Beneathco General Trading DMCC', '28346', 'alt of BENEATHCO DMCC (random)'],
  ['National Bank of Cuba', '306', 'alt of BANCO NACIONAL DE CUBA'],
  ['Aero-Caribbean', '36', 'alt of AEROCARIBBEAN AIRLINES'],
  ['Avia Import', '173', 'alt of ANGLO-CARIBBEAN CO., LTD.'],
  ['Islamic Emirate of the Caucasus', '12756', 'alt of CAUCASUS EMIRATE'],
  [
    'Huawei Investment & Holding Co Ltd',
    '30947',
    'cons_alt of HUAWEI TECHNOLOGIES; primary of 32087',
    ['32087'],
  ],
  ['Inspur Group', '30949', 'cons_alt of INSPUR GROUP CO., LTD.'],
  [
    'VTB Bank PJSC',
    '17013',
    'cons_alt of VTB BANK PUBLIC JOINT STOCK COMPANY; 18720 has the same alt',
    ['18720'],
  ],
  ['Bank Vneshnei Torgovli Rossiskoi Federatsii', '17013', 'cons_alt of VTB BANK (truncated)'],
  [
    'Gazprom Mezhregiongaz',
    '19546',
    "cons_alt OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 'GAZPROM MEZHREGIONGAZ'",
  ],
];

const NATIVE: Row[] = [
  ['صدام حسين التكريتي', '7843', 'UN IQi.001 original script'],
  ['عزت إبراهيم الدوري', '7848', 'UN IQi.006 with hamza on the alef (UN writes ابراهيم)'],
  ['طارق عزيز', '7867', 'UN IQi.025'],
  ['ايمن محمد ربيع الظواهري', '2676', 'UN QDi.006 without hamza'],
  ['القاعدة', '6366', 'UN QDe.004'],
  ['Доку Хаматович Умаров', '12110', 'UN QDi.290, re-ordered'],
  ['Эмират Кавказ', '12756', 'UN QDe.131'],
  ['Ислам Сеит Умарович Атабиев', '18652', 'UN QDi.364 without the hyphen'],
  ['北京智谱华章科技有限公司', 'zhipu-huazhang', 'registry native name'],
  ['北京智谱华章科技股份有限公司', 'zhipu-huazhang', 'registry native name, other legal form'],
  ['智谱华章科技有限公司', 'zhipu-huazhang', 'registry native name without the city'],
  ['金铁三', '16084', 'UN KPi.035 alias of KIM, Chol Sam'],
];

const NEGATIVE: Row[] = [
  ['BELLETECH CORP', null, 'watchman #483: shares only the legal form with 11420 CORP.'],
  ['Acme Trading Co., Ltd.', null, 'generic word + legal form'],
  ['International Trading Company', null, 'generic words shared with dozens of listed traders'],
  ['Global Technology Group Ltd', null, 'generic words; GLOBAL TECHNOLOGY IMPORT & EXPORT, S.A. is listed'],
  ['General Trading LLC', null, 'generic words; many "X GENERAL TRADING LLC" listed'],
  ['Shipping Services Company', null, 'generic words'],
  ['Hua Wei Trading Co.', null, 'Huawei-like, different tokens'],
  ['Huawen Electronics Co., Ltd.', null, 'Huawei-like: one letter from HUAWEI'],
  ['SenseTech Group Limited', null, 'SenseTime-like'],
  ['Inspire Group Limited', null, 'Inspur-like'],
  ['Banco Nacional de Mexico', null, 'shares three words with BANCO NACIONAL DE CUBA'],
  ['China Shipping Lines', null, 'part of ISLAMIC REPUBLIC OF IRAN - CHINA SHIPPING LINES'],
  ['Tidewater Inc.', null, 'shares TIDEWATER with TIDEWATER MIDDLE EAST CO.'],
  ['Caribbean Airlines Limited', null, 'AEROCARIBBEAN AIRLINES-like'],
  ['Novin Software Group', null, 'shares NOVIN with NOVIN ENERGY, NEKA NOVIN'],
  ['Persian Gulf University', null, 'shares PERSIAN GULF with a listed name'],
  ['Delta Airlines Inc.', null, 'shares DELTA with DELTA PARTS SUPPLY FZC'],
  ['Apex Consulting Group', null, 'shares APEX with APEX DEVELOPMENT AND PROJECTS LLC'],
  ['Beijing Technology Co., Ltd.', null, 'city + generic word + legal form'],
  ['Anthropic PBC', null, 'registry vendor'],
  ['OpenAI', null, 'registry vendor'],
  ['Moonshot AI Pte. Ltd.', null, 'registry vendor entity'],
  ['Nanonoble Pte. Ltd.', null, 'registry vendor entity (MiniMax)'],
  ['Alibaba Cloud (Singapore) Pte. Ltd.', null, 'registry vendor entity'],
  ['Hangzhou DeepSeek Artificial Intelligence Co., Ltd.', null, 'registry vendor entity'],
  ['JINGSHENG HENGXING TECHNOLOGY PTE. LTD.', null, 'registry vendor entity (Z.ai Singapore)'],
  ['Volcano Engine', null, 'registry vendor entity (ByteDance)'],
  ['MiniMax', null, 'registry vendor'],
  ['Google LLC', null, 'registry vendor entity'],
  ['Microsoft Corporation', null, 'technology company'],
  ['Amazon Web Services, Inc.', null, 'technology company'],
  ['Mistral AI SAS', null, 'AI company'],
  ['Tencent Holdings Limited', null, 'not on these lists (1260H only)'],
  ['Samsung Electronics Co., Ltd.', null, 'technology company'],
  ['Siemens AG', null, 'technology company'],
  ['Nvidia Corporation', null, 'technology company'],
  ['Bank of China Limited', null, 'common words'],
  ['Royal Bank of Canada', null, 'common words'],
  ['Company Limited', null, 'legal forms only'],
  ['Trading', null, 'one generic word'],
  ['Sun', null, 'short common word'],
  ['北京字节跳动科技有限公司', null, 'ByteDance Beijing: shares 北京 and 科技 with Zhipu'],
  ['杭州深度求索人工智能基础技术研究有限公司', null, 'DeepSeek Hangzhou'],
  ['华章科技有限公司', null, 'shares one bigram and 科技 with Zhipu'],
];

export const LABELLED_PAIRS: readonly LabelledPair[] = [
  ...rows('exact', EXACT),
  ...rows('misspelled', MISSPELLED),
  ...rows('reordered', REORDERED),
  ...rows('legal-form', LEGAL_FORM),
  ...rows('alt', ALT),
  ...rows('native', NATIVE),
  ...rows('negative', NEGATIVE),
];

/** True when a hit's key (`<list>:<id>`) is an acceptable answer for the pair. */
export function isAcceptable(pair: LabelledPair, key: string): boolean {
  const id = key.slice(key.indexOf(':') + 1);
  return id === pair.expected || (pair.also ?? []).includes(id);
}
