import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/paths';
import type {
  Adequacy,
  CountryDesignation,
  GovernmentAccessLaw,
  JurisdictionEntity,
} from '../jurisdictions/jurisdiction.entity';

const refDir = () => join(projectRoot(), 'src', 'seed', 'reference');
const RETRIEVED = '2026-11-29';

/**
 * The 27 EU member states (https://european-union.europa.eu/principles-countries-history/eu-countries_en);
 * the EEA adds Iceland, Liechtenstein and Norway (https://www.efta.int/eea/eea-agreement).
 */
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const EEA_ONLY = ['IS', 'LI', 'NO'];

const DOJ_SOURCE = 'https://lexbuild.dev/ecfr/title-28/chapter-I/part-202/section-202.601';
/** 28 CFR 202 treats Hong Kong and Macau as part of China (market-and-regulation §5.3). */
const DOJ_CHINA_SARS_SOURCE =
  'https://clearygottlieb.com/news-and-insights/publication-listing/doj-issues-final-rule-targeting-bulk-sensitive-personal-and-us-government-related-data-transactions';

/** China's access and data-export regime, as sourced in market-and-regulation §5.2 (secondary sources). */
const CHINA_ACCESS_LAWS: GovernmentAccessLaw[] = [
  {
    name: 'National Intelligence Law (2017)',
    summary:
      'Organisations and citizens must support, assist and cooperate with state intelligence work; regulators cite it as a government-access concern for data stored or processed in China.',
    status: 'secondary',
    source: {
      url: 'https://fangdalaw.com/articles/china-promulgated-the-provisions-on-promoting-and-standardizing-cross-border-data-flows',
      retrieved: RETRIEVED,
    },
  },
  {
    name: 'Data Security Law (2021)',
    summary:
      'Classifies "important data", restricts providing data stored in China to foreign judicial or law-enforcement bodies without approval.',
    status: 'secondary',
    source: {
      url: 'https://www.jonesday.com/en/insights/2024/03/china-finalizes-provisions-on-crossborder-data-transfer',
      retrieved: RETRIEVED,
    },
  },
  {
    name: 'Personal Information Protection Law (2021) and the Provisions on Promoting and Regulating Cross-Border Data Flows (22 Mar 2024)',
    summary:
      'Export of personal information needs a CAC security assessment (> 1,000,000 individuals non-sensitive or > 10,000 sensitive, or important data), or a standard contract / certification (100,000–1,000,000 non-sensitive or < 10,000 sensitive); below 100,000 individuals non-sensitive per year is exempt (non-CIIO).',
    status: 'secondary',
    source: {
      url: 'https://fangdalaw.com/articles/china-promulgated-the-provisions-on-promoting-and-standardizing-cross-border-data-flows',
      retrieved: RETRIEVED,
    },
  },
];

const csv = (file: string): Record<string, string>[] =>
  parse(readFileSync(join(refDir(), file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

function adequacyRows(): Map<string, Adequacy> {
  const out = new Map<string, Adequacy>();
  let lastUrl = '';
  for (const row of csv('eu_gdpr_adequacy_decisions.csv')) {
    const urls = row.source_urls!.startsWith('same as above')
      ? lastUrl
      : row.source_urls!.split(' ; ')[0]!.trim();
    lastUrl = urls;
    if (!row.iso_alpha2) continue; // the European Patent Organisation has no country code
    const scopeText = row.scope!;
    const partial = scopeText.startsWith('partial');
    out.set(row.iso_alpha2, {
      scope: partial ? 'partial' : 'full',
      limitation: partial ? scopeText.replace(/^partial\s*\(?/, '').replace(/\)$/, '') : undefined,
      note: row.decision_notes,
      source: { url: urls, retrieved: RETRIEVED },
    });
  }
  return out;
}

function designation(
  value: boolean,
  citation: string,
  status: CountryDesignation['status'],
  url?: string,
  note?: string,
): CountryDesignation {
  return { value, citation, status, source: url ? { url, retrieved: RETRIEVED, note } : undefined };
}

type JurisdictionSeed = Omit<JurisdictionEntity, 'version' | 'updatedAt'>;

/** All 249 ISO 3166-1 countries with the regimes the policies read. Pure: files in, rows out. */
export function buildJurisdictions(): JurisdictionSeed[] {
  const iso = JSON.parse(readFileSync(join(refDir(), 'iso_3166-1.debian-iso-codes-4.15.0.json'), 'utf8')) as {
    '3166-1': {
      alpha_2: string;
      alpha_3: string;
      numeric: string;
      name: string;
      official_name?: string;
      common_name?: string;
    }[];
  };
  const regions = new Map(csv('iso3166_lukes_all.csv').map((r) => [r['alpha-2']!, r]));
  const adequacy = adequacyRows();
  const doj = new Map(csv('us_doj_28cfr202_countries_of_concern.csv').map((r) => [r.iso_alpha2!, r]));
  const adversaries = new Map<string, Record<string, string>>();
  for (const r of csv('us_commerce_15cfr791_foreign_adversaries.csv')) {
    for (const code of r.iso_alpha2!.split(';')) adversaries.set(code.trim().slice(0, 2), r);
  }

  return iso['3166-1']
    .map((c): JurisdictionSeed => {
      const a2 = c.alpha_2;
      const euMember = EU.includes(a2);
      const eeaMember = euMember || EEA_ONLY.includes(a2);
      const region = regions.get(a2);
      const dojRow = doj.get(a2);
      const chinaSar = a2 === 'HK' || a2 === 'MO';
      const adv = adversaries.get(a2);
      return {
        alpha2: a2,
        alpha3: c.alpha_3,
        numeric: c.numeric,
        name: c.common_name ?? c.name,
        officialName: c.official_name ?? null,
        region: region?.region || null,
        subRegion: region?.['sub-region'] || null,
        euMember,
        eeaMember,
        euAdequacy: eeaMember
          ? null
          : (adequacy.get(a2) ?? {
              scope: 'none',
              note: 'No European Commission adequacy decision (GDPR Art. 45) in the reference list',
              source: { url: 'https://gdprhub.eu/index.php?title=Article_45_GDPR', retrieved: RETRIEVED },
            }),
        dojCountryOfConcern: dojRow
          ? designation(true, dojRow.citation!, 'official', DOJ_SOURCE)
          : chinaSar
            ? designation(
                true,
                '28 CFR 202.601(a) (China, including the Hong Kong and Macau SARs)',
                'secondary',
                DOJ_CHINA_SARS_SOURCE,
              )
            : designation(false, '28 CFR 202.601(a)', 'official', DOJ_SOURCE),
        foreignAdversary: adv
          ? designation(
              true,
              adv.citation!,
              'secondary',
              'https://www.wikiwand.com/en/articles/Foreign_adversaries',
              a2 === 'VE'
                ? 'The designation names the Maduro regime, not the country'
                : 'Verify against eCFR',
            )
          : designation(
              false,
              '15 CFR 791.4',
              'secondary',
              'https://www.wikiwand.com/en/articles/Foreign_adversaries',
            ),
        dataProtectionLaw:
          euMember || eeaMember ? 'GDPR (Regulation (EU) 2016/679)' : a2 === 'CN' ? 'PIPL (2021)' : null,
        governmentAccessLaws: a2 === 'CN' ? CHINA_ACCESS_LAWS : [],
        sanctionsPrograms: [],
      };
    })
    .sort((x, y) => x.alpha2.localeCompare(y.alpha2));
}
