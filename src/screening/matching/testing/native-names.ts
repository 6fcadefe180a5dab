import type { NameEntry } from '../match-types';

/**
 * Native-script names for the matching specs and bench. The OFAC CSV files carry Latin names only, so the
 * native names come from two other shared sources, linked to OFAC entries by hand (same person or group,
 * checked on name, list program and, for persons, the UN record's details):
 * - the UN Security Council consolidated list (`un_consolidated/UN_consolidated_2026-02_watchman.xml`,
 *   NAME_ORIGINAL_SCRIPT, or an ALIAS_NAME for KPi.035), copied verbatim;
 * - the registry seed (`src/seed/data/vendors.ts`): Zhipu's legal entity and its Chinese name.
 */
export const NATIVE_NAMES: readonly { key: string; name: string; source: string }[] = [
  { key: 'sdn:7843', name: 'صدام حسين التكريتي', source: 'UN IQi.001' },
  { key: 'sdn:7844', name: 'قصي صدام حسين التكريتي', source: 'UN IQi.002' },
  { key: 'sdn:7845', name: 'عدي صدام حسين التكريتي', source: 'UN IQi.003' },
  { key: 'sdn:7848', name: 'عزت ابراهيم الدوري', source: 'UN IQi.006' },
  { key: 'sdn:7867', name: 'طارق عزيز', source: 'UN IQi.025' },
  { key: 'sdn:2676', name: 'أيمن محمد ربيع الظواهري', source: 'UN QDi.006' },
  { key: 'sdn:6366', name: 'القاعدة', source: 'UN QDe.004' },
  { key: 'sdn:6896', name: 'عصبة الأنصار', source: 'UN QDe.007' },
  { key: 'sdn:15484', name: 'شبکه حقانی', source: 'UN TAe.012' },
  { key: 'sdn:15005', name: 'صرافی روشان', source: 'UN TAe.011' },
  { key: 'sdn:15580', name: 'راحت لمتد', source: 'UN TAe.013' },
  { key: 'sdn:16475', name: 'أنصار الشريعة - بنغازي', source: 'UN QDe.146' },
  { key: 'sdn:16476', name: 'أنصار الشريعة – درنة', source: 'UN QDe.145' },
  { key: 'sdn:12110', name: 'Умаров Доку Хаматович', source: 'UN QDi.290' },
  { key: 'sdn:18648', name: 'Ахмед Ражапович Чатаев', source: 'UN QDi.365' },
  { key: 'sdn:18650', name: 'Заурбек Салимович Гучаев', source: 'UN QDi.367' },
  { key: 'sdn:18652', name: 'Ислам Сеит-Умарович Атабиев', source: 'UN QDi.364' },
  { key: 'sdn:12756', name: 'Эмират Кавказ', source: 'UN QDe.131' },
  { key: 'sdn:16084', name: '金铁三', source: 'UN KPi.035 alias "Jin Tiesan (金铁三)"' },
];

/**
 * Designations with no list row in the shared data, recorded as curated facts (the dispositions
 * section): Zhipu was added to the Entity List by FR doc 2025-00704, 90 FR 4617, effective 2025-01-16
 * (`entity_list_ai_citations.csv`). Names as in the registry seed.
 */
export const CURATED_ENTRIES: readonly NameEntry[] = [
  {
    key: 'curated:zhipu-huazhang',
    names: [
      { name: 'Beijing Zhipu Huazhang Technology Co., Ltd.', kind: 'primary' },
      { name: '北京智谱华章科技有限公司', kind: 'native' },
    ],
  },
];
