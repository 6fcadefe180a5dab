/**
 * Seed reference data: AI vendors, their legal entities, models and offerings.
 *
 * Compiled from the shared reference pack (all read 2026-11-29):
 *   - reference/market-and-regulation.md (§4 export control, §5.4 bans, §6 fact sheet)
 *   - reference/model-facts.md / model-facts.csv (one fact per row, with status)
 *   - reference/tprm-landscape.md (EU GPAI Code of Practice signatories only)
 *   - data/lists/entity_list_ai_citations.csv / entity_list_ai_rows.csv
 * plus a data-handling / certification pass (also dated 2026-11-29) over stored copies of vendor pages and third-party
 * reviews, whose crawl dates are unknown (notes say so). Where that pass found nothing, facts stay unknown.
 *
 * Rules this file keeps (a test checks them):
 *   - every fact carries its source URL, the retrieval date and the status the reference gives it;
 *   - 'official' only for the vendor's own page, and then the URL sits on one of that vendor's
 *     `officialDomains` — a vendor fact read on someone else's official page (e.g. Google's Vertex page
 *     about MiniMax) is stored as 'secondary' for that vendor;
 *   - anything the reference does not give is `{ value: null, status: 'unknown' }`, usually with a note;
 *   - regions and countries are ISO 3166-1 alpha-2 codes. Regions the sources only name as a bloc
 *     ("EU", "global", "ap-southeast-1") are stored as unknown with the bloc in the note, never guessed.
 *
 * Conventions:
 *   - Where a model has several prices (peak / off-peak, cache hit / miss, context tiers) the value is the
 *     list price a new customer pays for uncached input in the lowest context tier at peak time; the other
 *     figures are in `source.note`.
 *   - K / M context sizes are stored as the decimal number the page states (256K -> 256000) unless the
 *     page gives the exact token count.
 *   - Self-hosted offerings store regions as `[]` with status 'official', meaning "wherever the deployer
 *     runs it — set per review"; the URL points at the vendor's weights release.
 *   - When an offering has no known price, `currency` is a placeholder ('USD'): the type requires it.
 *   - PublicBan dates are ISO 8601 and may be reduced precision (YYYY-MM) when the source gives a month.
 */
import type {
  Allegation,
  Certification,
  DataHandling,
  Designation,
  Fact,
  FactStatus,
  Provenance,
  PublicBan,
} from '../../common/provenance';
import type { SeedBenchmark, SeedOffering, SeedVendor } from '../seed-types';

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

/** Date every source in the reference pack was looked up. */
const RETRIEVED = '2026-11-29';
/** Prices are stored as read on the retrieval date unless the source dates them. */
const PRICE_AS_OF = '2026-11-29';

interface SrcOpts {
  quote?: string;
  note?: string;
}

const src = (url: string, opts: SrcOpts = {}): Provenance => ({ url, retrieved: RETRIEVED, ...opts });

const fact = <T>(status: Exclude<FactStatus, 'unknown'>, value: T, url: string, opts?: SrcOpts): Fact<T> => ({
  value,
  status,
  source: src(url, opts),
});

/** Vendor's own page; the URL must sit on the vendor's officialDomains. */
const official = <T>(value: T, url: string, opts?: SrcOpts): Fact<T> => fact('official', value, url, opts);
/** Reputable third party (reference marks it [secondary]). */
const secondary = <T>(value: T, url: string, opts?: SrcOpts): Fact<T> => fact('secondary', value, url, opts);
/** Claim the reference could not confirm ([unverified]). */
const unverified = <T>(value: T, url: string, opts?: SrcOpts): Fact<T> =>
  fact('unverified', value, url, opts);

/** Nobody established it. `url` (optional) is where we looked, e.g. an official page that was not retrieved. */
const notKnown = <T>(note?: string, url?: string): Fact<T> => {
  if (!note && !url) return { value: null, status: 'unknown' };
  const source: Provenance = {};
  if (url) {
    source.url = url;
    source.retrieved = RETRIEVED;
  }
  if (note) source.note = note;
  return { value: null, status: 'unknown', source };
};

const bench = (
  name: string,
  value: string,
  status: SeedBenchmark['status'],
  url: string,
  note?: string,
): SeedBenchmark => ({ name, value, status, source: src(url, note ? { note } : {}) });

/** A ban or restriction read in a third-party report (every ban source in §5.4 is a third party). */
const ban = (
  authority: string,
  country: string,
  scope: string,
  url: string,
  date?: string,
  note?: string,
): PublicBan => ({
  authority,
  country,
  scope,
  ...(date ? { date } : {}),
  status: 'secondary',
  source: src(url, note ? { note } : {}),
});

const NO_PRICE_SELF_HOSTED =
  'Not applicable: self-hosted open weights have no per-token vendor price (infrastructure cost only).';

/** Self-hosted deployment of open weights: regions are the deployer's choice, set per review. */
const selfHosted = (modelKey: string, modelName: string, weightsUrl: string, note?: string): SeedOffering => {
  const perReview = (): Fact<string[]> =>
    official<string[]>([], weightsUrl, {
      note:
        'Self-hosted open weights: data stays wherever the deployer runs the model; regions are set per review.' +
        (note ? ` ${note}` : ''),
    });
  return {
    key: `${modelKey}-self-hosted`,
    name: `${modelName} (self-hosted open weights)`,
    mode: 'self_hosted',
    contractingEntityKey: null,
    storageRegions: perReview(),
    inferenceRegions: perReview(),
    priceInputPer1M: notKnown(NO_PRICE_SELF_HOSTED),
    priceOutputPer1M: notKnown(NO_PRICE_SELF_HOSTED),
    currency: 'USD',
  };
};

/** Data handling with every field explicitly unknown; vendors override what the sources give. */
const allUnknownDataHandling = (note: string): Required<DataHandling> => ({
  trainsOnCustomerData: notKnown(note),
  retentionDays: notKnown(note),
  zeroDataRetentionAvailable: notKnown(note),
  dpaAvailable: notKnown(note),
  sccsOffered: notKnown(note),
  subProcessorsPublished: notKnown(note),
});

const NOT_IN_SOURCES = 'Not stated in the reference pack.';

// ---------------------------------------------------------------------------------------------------------
// Shared sources
// ---------------------------------------------------------------------------------------------------------

/** llmabacus "Chinese AI API Trust Index" — [secondary], partly AI-drafted (tprm-landscape). */
const LLMABACUS = 'https://www.llmabacus.com/en/chinese-llm-api-trust';
/** GPAI Code of Practice signatories as reported (tprm-landscape) — [secondary]. */
const GPAI_SIGNATORIES = 'https://backfield.net/river/card/3707';
const GPAI_NOTE_SIGNED =
  'tprm-landscape: GPAI Code of Practice (10 Jul 2025; signatories listed 1 Aug 2025) — Amazon, Anthropic, ' +
  'Cohere, Google, IBM, Microsoft, Mistral, OpenAI signed all chapters (as reported). Also reported by ' +
  'https://aicompliancevendors.com/blog/gpai-code-of-practice-signatories-2026 [secondary].';
const GPAI_NOTE_CHINESE_NOT_SIGNED =
  'tprm-landscape: "no Chinese provider (Alibaba, Baidu, DeepSeek) signed" the GPAI Code of Practice (as reported).';
const GPAI_NOTE_NOT_NAMED =
  'Not named in the sources as a GPAI Code of Practice signatory or as a non-signatory (the reported ' +
  'non-signing Chinese providers are Alibaba, Baidu and DeepSeek); signatory list not retrieved from the ' +
  'EU AI Office.';

/** Anthropic's distillation post (23 Feb 2026). URL confirmed via Anthropic's news feed; figures from coverage. */
const ANTHROPIC_DISTILLATION = 'https://www.anthropic.com/news/detecting-and-preventing-distillation-attacks';
const distillationAllegation = (target: string, exchanges: string): Allegation => ({
  kind: 'distillation',
  summary:
    `Anthropic publicly accused ${target} of large-scale distillation of Claude via fraudulent accounts ` +
    `(${exchanges} exchanges attributed to ${target}; ~24,000 fraudulent accounts and >16M exchanges in total ` +
    'across DeepSeek, Moonshot and MiniMax).',
  by: 'Anthropic',
  date: '2026-02-23',
  // The accusation itself is documented (post URL confirmed); its substance is unproven, and the figures come
  // from press coverage, so it is stored as secondary and must stay a flag for humans, never a gate.
  status: 'secondary',
  source: src(ANTHROPIC_DISTILLATION, {
    note:
      'Post URL confirmed via Anthropic news feed; figures taken from coverage. market-and-regulation marks the ' +
      'Moonshot accusation [secondary, unverified]. Date per the company X post; one outlet says 24 Feb 2026.',
  }),
});

/**
 * Third-party vendor-review snapshot (a public GitHub skill file, "every line read from the vendor's own legal or
 * documentation page" on 2026-08-05). Used as a secondary corroborating source for several vendors.
 */
const AI_VENDORS_SNAPSHOT =
  'https://github.com/ThomasMoreAI/legal-skills-open/blob/main/eu/data-protection/skills/privacy-vendor-review-clemensjl/references/ai-vendors.md';
const SNAPSHOT_NOTE = 'Third-party snapshot dated 2026-08-05 (read at commit 3dd1e52b).';
const STORED_COPY_NOTE = 'Stored copy of the page; its crawl date is unknown.';

/**
 * Google Cloud Vertex AI (renamed "Gemini Enterprise Agent Platform" in 2026) data terms. Shared by Google's own Vertex
 * offerings (official) and by partner models served on Vertex (secondary for MiniMax / Anthropic, whose domains these
 * are not). The MaaS version of the ZDR page covers partner ("Models as a Service") models.
 */
const VERTEX_ZDR =
  'https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention';
const VERTEX_ZDR_MAAS =
  'https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention?authuser=53';
const GOOGLE_CLOUD_DPA = 'https://cloud.google.com/terms/data-processing-terms?authuser=6&hl=ja';
const GOOGLE_CLOUD_SCC_P2P = 'https://cloud.google.com/terms/sccs/eu-p2p?hl=ko';

const vertexPlatformDataHandling = (
  status: 'official' | 'secondary',
  zdrUrl: string,
  opts: { retentionNote: string; zdrNote?: string },
): DataHandling => {
  const who =
    status === 'official'
      ? 'Google Cloud page.'
      : 'Google Cloud page (official for Google, secondary for this vendor); the cloud provider contracts with the customer.';
  return {
    trainsOnCustomerData: fact(status, false, zdrUrl, {
      quote:
        "Google won't use your data to train or fine-tune any AI/ML models without your prior permission or instruction. This applies to all managed models",
      note: `${who} Training restriction in the Google Cloud Service Specific Terms.`,
    }),
    retentionDays: notKnown(opts.retentionNote, zdrUrl),
    zeroDataRetentionAvailable: fact(status, true, zdrUrl, {
      quote:
        'To achieve zero data retention, customers must take specific actions within each of these areas',
      note:
        'Customer-side actions per area (e.g. abuse-logging exception, disabling caching, avoiding grounding).' +
        (opts.zdrNote ? ` ${opts.zdrNote}` : ''),
    }),
    dpaAvailable: fact(status, true, GOOGLE_CLOUD_DPA, {
      quote:
        'This Cloud Data Processing Addendum (including its appendices, the “Addendum”) is incorporated into the Agreement(s) (as defined below) between Google and Customer.',
      note: `${who} ${STORED_COPY_NOTE}`,
    }),
    sccsOffered: fact(status, true, GOOGLE_CLOUD_SCC_P2P, {
      quote:
        'Google Cloud Platform, Workspace, Cloud Identity & Implementation Services: EU Standard Contractual Clauses (Module 3: Processor-to-Processor)',
      note: `${who} EU SCCs published for incorporation into Google Cloud agreements; only the Module 3 page was read.`,
    }),
    subProcessorsPublished: secondary(true, AI_VENDORS_SNAPSHOT, {
      quote: 'Google affiliates in 50+ countries plus Accenture, Cognizant, Deloitte, IBM, Infosys, Tata',
      note: `${SNAPSHOT_NOTE} Cites cloud.google.com/terms/subprocessors (16.07.2026), not retrieved here.`,
    }),
  };
};

/** Chinese providers: none publishes AI-platform-specific SOC 2 / ISO 27001 for the international API. */
const NO_CHINESE_AI_CERTS_NOTE =
  'market-and-regulation §6 (llmabacus [secondary]): none of the Chinese providers publishes an ' +
  'AI-platform-specific SOC 2 / ISO 27001 for its international API.';

// ---------------------------------------------------------------------------------------------------------
// MiniMax
// ---------------------------------------------------------------------------------------------------------

const MINIMAX_M25_README = 'https://github.com/MiniMax-AI/MiniMax-M2.5/blob/main/README.md';
const MINIMAX_M25_LICENSE = 'https://github.com/MiniMax-AI/MiniMax-M2.5/blob/main/LICENSE';
const MINIMAX_M2_README = 'https://github.com/MiniMax-AI/MiniMax-M2/blob/main/README.md';
const MINIMAX_PRIVACY = 'https://platform.minimax.io/protocol/privacy-policy';
const MINIMAX_PRICING = 'https://platform.minimax.io/docs/guides/pricing-paygo';
const PROMPTFOO_MINIMAX = 'https://www.promptfoo.dev/docs/providers/minimax/';
const LITELLM_MINIMAX = 'https://docs.litellm.ai/blog/minimax_m2_5';
const VERCEL_MINIMAX_M25 = 'https://vercel.com/ai-gateway/models/minimax-m2.5/api';
const VERCEL_MINIMAX_M2 = 'https://vercel.com/ai-gateway/models/minimax-m2.md';
const DEVTO_MINIMAX_M25 =
  'https://dev.to/jangwook_kim_e31e7291ad98/minimax-m25-api-guide-80-swe-bench-at-015m-tokens-3kkk';
/** Google's own Vertex AI page — official for Google, secondary for MiniMax. */
const VERTEX_MINIMAX_M2 = 'https://cloud.google.com/vertex-ai/generative-ai/docs/maas/minimax/minimax-m2';
const VERTEX_IS_GOOGLE_NOTE =
  'Read on the official Google Cloud Vertex AI page; stored as secondary because cloud.google.com is not a ' +
  'MiniMax domain.';

// MiniMax's API data location: the reference only has conflicting, unconfirmed claims.
const minimaxApiStorage = (): Fact<string[]> =>
  unverified(['US'], MINIMAX_PRIVACY, {
    note:
      'API privacy policy (controller Nanonoble Pte. Ltd., Singapore) reportedly says data is held in a US data ' +
      'center with SCCs for transfers; official text not retrieved. llmabacus [secondary] also reports US ' +
      'residency. CONFLICT: a MiniMax-like policy of unverified provenance (llm-api.apifox.cn) says data is ' +
      '"generally stored in Singapore".',
  });

const MINIMAX: SeedVendor = {
  key: 'minimax',
  name: 'MiniMax',
  aliases: ['MiniMax-AI', 'MiniMaxAI'],
  officialDomains: ['github.com/MiniMax-AI', 'huggingface.co/MiniMaxAI', 'platform.minimax.io'],
  // The reference treats MiniMax as a Chinese provider (llmabacus "Chinese AI API Trust Index", §6).
  hqCountry: 'CN',
  // None disclosed; see NO_CHINESE_AI_CERTS_NOTE.
  certifications: [],
  dataHandling: {
    ...allUnknownDataHandling(NOT_IN_SOURCES),
    trainsOnCustomerData: notKnown(
      'llmabacus [secondary]: training use "not addressed" in MiniMax terms.',
      LLMABACUS,
    ),
    sccsOffered: unverified(true, MINIMAX_PRIVACY, {
      note: 'API privacy policy reportedly mentions SCCs for transfers; official text not retrieved.',
    }),
  },
  designations: [], // §6: none found.
  publicBans: [], // §6: none found.
  allegations: [distillationAllegation('MiniMax', '>13M')],
  gpaiCodeSignatory: notKnown(GPAI_NOTE_NOT_NAMED),
  entities: [
    {
      key: 'minimax-nanonoble',
      name: 'Nanonoble Pte. Ltd.',
      country: 'SG',
      roles: ['contracting'],
      // Parent company and shareholding are not in the sources.
      owners: [],
      status: 'secondary',
      source: src(LLMABACUS, {
        note:
          'Reported contracting entity of the international API (market-and-regulation §6, llmabacus ' +
          '[secondary]); model-facts names it as controller in the API privacy policy [unverified]. ' +
          'Parent / ownership not given in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'minimax-m2-5',
      name: 'MiniMax M2.5',
      version: 'MiniMax-M2.5',
      releaseDate: secondary('2026-02-12', VERCEL_MINIMAX_M25),
      openWeights: official(true, MINIMAX_M25_README, {
        note: 'Weights on Hugging Face: MiniMaxAI/MiniMax-M2.5.',
      }),
      license: official('Modified MIT', MINIMAX_M25_LICENSE, {
        note:
          "MIT text plus an obligation to prominently display 'MiniMax M2.5' in the UI of commercial products " +
          'or services using it.',
      }),
      paramsTotalB: secondary(230, MINIMAX_M2_README, {
        note:
          '~230B. The M2.5 README is silent; 230B total / 10B active is stated officially for the M2 series; ' +
          'a tech-paper summary gives 229.9B / 9.8B.',
      }),
      paramsActiveB: secondary(10, MINIMAX_M2_README, {
        note: '~10B active; M2-series figure (see paramsTotalB). Tech-paper summary: 9.8B.',
      }),
      contextWindow: secondary(204800, PROMPTFOO_MINIMAX, {
        note:
          'CONFLICT: 204,800 (MiniMax docs as quoted) vs 196,608 (model-serving docs) vs 1M (LiteLLM / Vercel ' +
          'gateway). No official figure retrieved.',
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [
        bench('SWE-Bench Verified', '80.2%', 'official', MINIMAX_M25_README, 'Vendor-run.'),
        bench('Multi-SWE-Bench', '51.3%', 'official', MINIMAX_M25_README, 'Vendor-run.'),
        bench('BrowseComp', '76.3% (with context management)', 'official', MINIMAX_M25_README, 'Vendor-run.'),
        bench(
          'SWE-bench Verified (Droid scaffold)',
          '79.7 (Claude Opus 4.6: 78.9)',
          'official',
          MINIMAX_M25_README,
          'Vendor-run.',
        ),
        bench(
          'SWE-bench Verified (OpenCode scaffold)',
          '76.1 (Claude Opus 4.6: 75.9)',
          'official',
          MINIMAX_M25_README,
          'Vendor-run, Claude Code scaffold for the headline figure, average of 4 runs.',
        ),
        bench(
          'Cost per SWE-Bench Verified task vs Claude Opus 4.6',
          "~10% ('total cost per task only 10% that of Claude Opus 4.6'); runtime 22.8 vs 22.9 min",
          'unverified',
          MINIMAX_M25_README,
          "Vendor claim; also '$1/hour at 100 tok/s'. An article's '$0.15 vs $3.00 per typical task' is NOT in " +
            'the vendor text ($0.15 is the per-1M input price).',
        ),
      ],
      offerings: [
        {
          key: 'minimax-m2-5-api',
          name: 'MiniMax API — MiniMax-M2.5',
          mode: 'vendor_api',
          contractingEntityKey: 'minimax-nanonoble',
          storageRegions: minimaxApiStorage(),
          inferenceRegions: notKnown('Inference location not stated in the sources.'),
          priceInputPer1M: official(0.15, MINIMAX_M25_README, {
            note:
              "Launch README: M2.5 costs half of M2.5-Lightning's $0.30. CONFLICT: third-party copies of the " +
              `pay-as-you-go page quote $0.30 (${PROMPTFOO_MINIMAX} [secondary]); the price probably changed after ` +
              `launch. Official pricing page ${MINIMAX_PRICING} not retrieved. Cache read $0.03 / write $0.375 ` +
              `per ${LITELLM_MINIMAX} [secondary].`,
          }),
          priceOutputPer1M: official(1.2, MINIMAX_M25_README, {
            note: `Half of Lightning's $2.40. Third-party copies of the platform page agree (1.20, ${LITELLM_MINIMAX}).`,
          }),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
        },
        {
          key: 'minimax-m2-5-lightning-api',
          name: 'MiniMax API — MiniMax-M2.5-Lightning (~100 tokens/s)',
          mode: 'vendor_api',
          contractingEntityKey: 'minimax-nanonoble',
          storageRegions: minimaxApiStorage(),
          inferenceRegions: notKnown('Inference location not stated in the sources.'),
          priceInputPer1M: official(0.3, MINIMAX_M25_README, {
            note:
              'Launch README. CONFLICT: the platform page as quoted lists a "highspeed" variant at $0.60 in / ' +
              `$2.40 out (${PROMPTFOO_MINIMAX} [secondary]).`,
          }),
          priceOutputPer1M: official(2.4, MINIMAX_M25_README),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
        },
        selfHosted('minimax-m2-5', 'MiniMax M2.5', MINIMAX_M25_README),
      ],
    },
    {
      key: 'minimax-m2',
      name: 'MiniMax M2',
      version: 'MiniMax-M2',
      releaseDate: secondary('2025-10-27', VERCEL_MINIMAX_M2),
      // The M2 README gives an MIT licence badge and parameter counts, but the reference does not state an
      // open-weights release for M2 explicitly, so no self-hosted offering is seeded for it.
      openWeights: notKnown(
        'Open-weights release of M2 not stated explicitly in the reference (README has an MIT licence badge).',
        MINIMAX_M2_README,
      ),
      license: official('MIT', MINIMAX_M2_README, { note: 'README licence badge.' }),
      paramsTotalB: official(230, MINIMAX_M2_README),
      paramsActiveB: official(10, MINIMAX_M2_README),
      contextWindow: secondary(196608, VERTEX_MINIMAX_M2, {
        note: `Vertex AI model card. ${VERTEX_IS_GOOGLE_NOTE}`,
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [
        bench('SWE-bench Verified', '69.4', 'official', MINIMAX_M2_README, 'Vendor-run.'),
        bench('Multi-SWE-Bench', '36.2', 'official', MINIMAX_M2_README, 'Vendor-run.'),
        bench('Terminal-Bench', '46.3', 'official', MINIMAX_M2_README, 'Vendor-run.'),
        bench('BrowseComp', '44', 'official', MINIMAX_M2_README, 'Vendor-run.'),
      ],
      offerings: [
        {
          key: 'minimax-m2-api',
          name: 'MiniMax API — MiniMax-M2',
          mode: 'vendor_api',
          contractingEntityKey: 'minimax-nanonoble',
          storageRegions: minimaxApiStorage(),
          inferenceRegions: notKnown('Inference location not stated in the sources.'),
          priceInputPer1M: notKnown(
            'M2 README: API launched free for a limited time; current M2 price not in the sources.',
            MINIMAX_M2_README,
          ),
          priceOutputPer1M: notKnown('See input price.', MINIMAX_M2_README),
          currency: 'USD',
        },
        {
          key: 'minimax-m2-vertex',
          name: 'MiniMax-M2 on Google Cloud Vertex AI (minimax-m2-maas)',
          mode: 'cloud_marketplace',
          host: 'Google Cloud Vertex AI',
          // The customer contracts with Google, not with a MiniMax entity.
          contractingEntityKey: null,
          storageRegions: notKnown('At-rest location for this partner model not stated in the sources.'),
          inferenceRegions: secondary(['US'], VERTEX_MINIMAX_M2, {
            note: `Vertex ML processing: United States multi-region; Vertex GA release 2025-11-04. ${VERTEX_IS_GOOGLE_NOTE}`,
          }),
          priceInputPer1M: notKnown('Vertex AI price for minimax-m2-maas not in the sources.'),
          priceOutputPer1M: notKnown('Vertex AI price for minimax-m2-maas not in the sources.'),
          currency: 'USD',
          // Google is the processor for this partner model: Google Cloud terms, secondary for MiniMax.
          dataHandling: vertexPlatformDataHandling('secondary', VERTEX_ZDR_MAAS, {
            retentionNote:
              'Google retains MaaS customer data "for limited periods" in listed scenarios; no day count for partner models was read.',
          }),
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Zhipu AI / Z.ai
// ---------------------------------------------------------------------------------------------------------

const GLM5_README = 'https://github.com/zai-org/GLM-5/blob/main/README.md';
const AIWIKI_GLM5 = 'https://aiwiki.ai/wiki/glm_5';
const ZAI_PRIVACY = 'https://docs.z.ai/legal-agreement/privacy-policy';
const ZAI_FAQ = 'https://docs.z.ai/help/faq';
const ZAI_PRICING = 'https://docs.z.ai/guides/overview/pricing';
const ZCODE_PRIVACY = 'https://zcode.z.ai/en/privacy';
const INFERCHECK_ZHIPU = 'https://infercheck.eu/en/provider/zhipu-ai';
const WOLFFISH_ZAI = 'https://docs.wolffi.sh/configuration/zai.md';
const OPENCLAW_ZAI =
  'https://git.vultropenclaw.com/vultr/openclaw/raw/branch/main/extensions/zai/openclaw.plugin.json';
const GETMAXIM_GLM5 = 'https://www.getmaxim.ai/bifrost/model-library/compare/zai/glm-5';
const LLMBASE_GLM5 = 'https://spawn08.github.io/llmbase/07_recent_advances/11_glm5';
const TENJQKA_GLM5 = 'https://stock.10jqka.com.cn/hks/20260212/c674779299.shtml';
const FRTRACKER_2025_00704 = 'https://frtracker.app/fr/2025-00704';
const TECHDOGS_ZHIPU =
  'https://www.techdogs.com/tech-news/td-newsdesk/us-gov-blacklists-tencent-backed-ai-startup-as-it-aims-to-beat-china-in-ai-race';

const ZAI_DPA_NOTE =
  'Z.ai API DPA (JINGSHENG HENGXING TECHNOLOGY PTE. LTD., Singapore) reportedly: services generally provided ' +
  'and customer data generally processed in Singapore; API content "processed in real time, not stored". ' +
  `Official text not retrieved (also cited: ${ZCODE_PRIVACY}). No EU region.`;

/**
 * Entities named (from press) in BIS rule 2025-00704 (90 FR 4617), which the citation file files under
 * "Zhipu (Beijing Zhipu Huazhang Technology Co., Ltd.) and subsidiaries". The rule has 11 entities; only the
 * parent and these 8 are named in the sources. market-and-regulation §6 explicitly calls the first four
 * Zhipu subsidiaries; the other four are only grouped under Zhipu's row, so their tie is 'unverified'.
 */
const ZHIPU_LISTED_SUBSIDIARIES: { key: string; name: string; named: boolean; note?: string }[] = [
  { key: 'zhipu-future', name: 'Beijing Zhipu Future Technology', named: true },
  { key: 'zhipu-linghang', name: 'Beijing Zhipu Linghang Technology', named: true },
  { key: 'zhipu-qingyan', name: 'Beijing Zhipu Qingyan Technology', named: true },
  { key: 'zhipu-hangzhou-huazhang', name: 'Hangzhou Zhipu Huazhang Technology', named: true },
  { key: 'zhipu-keyi-hongyuan', name: 'Beijing Keyi Hongyuan Optoelectronics', named: false },
  { key: 'zhipu-lingxin', name: 'Beijing Lingxin Intelligent Technology', named: false },
  { key: 'zhipu-yuanyin', name: 'Beijing Yuanyin Intelligent Technology', named: false },
  {
    key: 'zhipu-nanjing-zhihu',
    name: 'Nanjing Zhihu Information Technology',
    named: false,
    note: 'Name is truncated in the citation file ("Technolo[gy]").',
  },
];

const ENTITY_LIST_2025_00704_NOTE =
  'BIS rule 2025-00704, 90 FR 4617, published and effective 2025-01-16: 11 entities under 11 entries, ' +
  'destination China (AI / lithography). FR document number, citation and date verified on the FR tracker page; ' +
  `entity names from press (${TECHDOGS_ZHIPU}); matched to Zhipu by entity count and news reports. No list row ` +
  'for it was found in the data files. 2 of the 11 entities are not named in the sources. The Affiliates Rule ' +
  '(≥50% owned affiliates) is suspended until 2026-11-10.';

const zhipuDesignation = (entityName: string): Designation => ({
  list: 'BIS Entity List',
  entityName,
  citation: '90 FR 4617',
  frDocument: '2025-00704',
  effective: '2025-01-16',
  status: 'secondary',
  source: src(FRTRACKER_2025_00704, { note: ENTITY_LIST_2025_00704_NOTE }),
});

const ZHIPU: SeedVendor = {
  key: 'zhipu',
  name: 'Zhipu AI',
  aliases: ['Z.ai', 'Zhipu', 'Zhipu AI / Z.ai', 'bigmodel.cn', 'Beijing Zhipu Huazhang Technology'],
  officialDomains: [
    'z.ai',
    'docs.z.ai',
    'zcode.z.ai',
    'docs.bigmodel.cn',
    'github.com/zai-org',
    'huggingface.co/zai-org',
  ],
  hqCountry: 'CN',
  certifications: [], // §6: "no certifications disclosed".
  dataHandling: {
    ...allUnknownDataHandling(NOT_IN_SOURCES),
    // The Z.ai DPA facts (retention, DPA) sit on the Z.ai offering, not here: the evaluation lets an offering's
    // *unknown* field fall back to the vendor value, so vendor-level DPA facts leaked into the bigmodel.cn offering.
    subProcessorsPublished: secondary(false, INFERCHECK_ZHIPU, {
      note: 'market-and-regulation §6: "no public sub-processor list".',
    }),
  },
  designations: [
    zhipuDesignation('Beijing Zhipu Huazhang Technology Co., Ltd.'),
    ...ZHIPU_LISTED_SUBSIDIARIES.map((s) => zhipuDesignation(s.name)),
  ],
  publicBans: [],
  allegations: [],
  gpaiCodeSignatory: notKnown(GPAI_NOTE_NOT_NAMED),
  entities: [
    {
      key: 'zhipu-huazhang',
      name: 'Beijing Zhipu Huazhang Technology Co., Ltd.',
      // Not written in the reference pack; supplied by the brief as the literal Chinese form of the legal name
      // the sources state ("Beijing Zhipu Huazhang Technology Co., Ltd").
      nativeName: '北京智谱华章科技有限公司',
      aliases: ['Zhipu AI', 'Beijing Zhipu Huazhang Technology'],
      country: 'CN',
      roles: ['parent', 'contracting'],
      owners: [],
      status: 'secondary',
      source: src(INFERCHECK_ZHIPU, {
        note:
          'Contracting entity of the China platform (bigmodel.cn) per market-and-regulation §6; listed on the ' +
          'BIS Entity List with subsidiaries (rule 2025-00704). Shareholders not in the sources.',
      }),
    },
    {
      key: 'zhipu-jingsheng-hengxing',
      name: 'JINGSHENG HENGXING TECHNOLOGY PTE. LTD.',
      country: 'SG',
      roles: ['contracting'],
      owners: [
        {
          ownerKey: 'zhipu-huazhang',
          percent: notKnown(
            'Sources present it as the international (Z.ai) contracting entity of Zhipu but give no shareholding. ' +
              'Whether it is ≥50% owned by the listed Beijing entity (BIS Affiliates Rule, suspended until ' +
              '2026-11-10; DOJ 28 CFR 202 covered person) is unknown.',
          ),
        },
      ],
      status: 'secondary',
      source: src(INFERCHECK_ZHIPU, {
        note: `International contracting entity per market-and-regulation §6 (also cites ${ZCODE_PRIVACY}). model-facts marks the DPA text itself as not retrieved [unverified].`,
      }),
    },
    ...ZHIPU_LISTED_SUBSIDIARIES.map((s) => ({
      key: s.key,
      // The sources give no legal suffix (Co., Ltd. etc.); the name is kept as reported.
      name: s.name,
      country: 'CN',
      roles: ['subsidiary' as const],
      owners: [
        {
          ownerKey: 'zhipu-huazhang',
          percent: notKnown<number>('Shareholding not given in the sources.'),
        },
      ],
      status: (s.named ? 'secondary' : 'unverified') as FactStatus,
      source: src(TECHDOGS_ZHIPU, {
        note:
          (s.named
            ? 'Named by press among the 2025-00704 Entity List additions; market-and-regulation §6 calls it a subsidiary of Beijing Zhipu Huazhang Technology.'
            : 'Named by press among the 2025-00704 Entity List additions and filed under Zhipu "and subsidiaries" in the citation file; the corporate tie to Zhipu is not otherwise confirmed.') +
          (s.note ? ` ${s.note}` : ''),
      }),
    })),
  ],
  models: [
    {
      key: 'glm-5',
      name: 'GLM-5',
      version: 'glm-5',
      releaseDate: secondary('2026-02-11', AIWIKI_GLM5, { note: 'Some sources give 2026-02-12.' }),
      openWeights: official(true, GLM5_README, {
        note: 'Hugging Face zai-org/GLM-5 and GLM-5-FP8 (BF16 / FP8).',
      }),
      license: secondary('MIT', AIWIKI_GLM5, {
        note: 'Not stated in the GitHub README read; reported by many outlets.',
      }),
      paramsTotalB: official(744, GLM5_README, {
        note: 'Pre-training 28.5T tokens; DeepSeek Sparse Attention. (GLM-4.5: 355B / 32B.)',
      }),
      paramsActiveB: official(40, GLM5_README),
      contextWindow: secondary(202752, GETMAXIM_GLM5, {
        note: '~200K; quoted figures range 202,752–204,800 (lower bound stored). Max output ~128K.',
      }),
      modalities: ['text'],
      trainingHardware: unverified('Huawei Ascend 910B (~100,000 chips)', TENJQKA_GLM5, {
        note:
          "Media claim 'trained entirely on ~100,000 Huawei Ascend 910B'. The official README is silent; the " +
          "Huawei/Zhipu post describes Ascend day-0 support for inference (W4A8 on one Atlas 800T A3) and 'training reproduction'.",
      }),
      benchmarks: [
        bench('Vending Bench 2', 'final balance $4,432 (#1 open-source)', 'official', GLM5_README),
        bench('CC-Bench-V2', 'outperforms GLM-4.7', 'official', GLM5_README),
        bench('SWE-bench Verified', '77.8%', 'secondary', LLMBASE_GLM5, 'CONFLICT: 77.4 in a Huawei repost.'),
        bench('Terminal-Bench 2.0', '56.2%', 'secondary', LLMBASE_GLM5, 'CONFLICT: 55.7 in a Huawei repost.'),
      ],
      offerings: [
        {
          key: 'glm-5-zai-api',
          name: 'Z.ai API (international) — glm-5',
          mode: 'vendor_api',
          contractingEntityKey: 'zhipu-jingsheng-hengxing',
          storageRegions: unverified(['SG'], ZAI_PRIVACY, { note: ZAI_DPA_NOTE }),
          inferenceRegions: unverified(['SG'], ZAI_PRIVACY, { note: ZAI_DPA_NOTE }),
          priceInputPer1M: secondary(1.0, WOLFFISH_ZAI, {
            note:
              `Cache hit $0.20 (${OPENCLAW_ZAI} [secondary]); official FAQ (${ZAI_FAQ}) says cache hits are billed ` +
              `at 1/5 of the original price (stated for the GLM-4.5 cache beta). Official price page ${ZAI_PRICING} not retrieved.`,
          }),
          priceOutputPer1M: secondary(3.2, GETMAXIM_GLM5, {
            note: `Official price page ${ZAI_PRICING} not retrieved.`,
          }),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
          // Moved here from the vendor level (2026-11-29): these describe the Z.ai international DPA only.
          dataHandling: {
            retentionDays: unverified(0, ZAI_PRIVACY, {
              quote: 'processed in real time, not stored',
              note: ZAI_DPA_NOTE,
            }),
            dpaAvailable: unverified(true, ZAI_PRIVACY, { note: ZAI_DPA_NOTE }),
          },
        },
        {
          key: 'glm-5-bigmodel-api',
          name: 'Zhipu open platform (bigmodel.cn, China) — GLM-5',
          mode: 'vendor_api',
          contractingEntityKey: 'zhipu-huazhang',
          storageRegions: secondary(['CN'], INFERCHECK_ZHIPU, {
            note:
              'China platform (bigmodel.cn): personal information stored in China, no cross-border transfer ' +
              '(market-and-regulation §5.2 / §6). The GLM-5 listing on this platform is not itself confirmed in the sources.',
          }),
          inferenceRegions: notKnown(
            'Not stated; the platform says PI is not transferred abroad, which does not name the inference location.',
          ),
          priceInputPer1M: notKnown('China-platform (CNY) price for glm-5 not in the sources.'),
          priceOutputPer1M: notKnown('China-platform (CNY) price for glm-5 not in the sources.'),
          currency: 'USD',
          // The Z.ai (international) DPA facts are stored on the Z.ai offering only, so they do not carry over here.
          dataHandling: {
            retentionDays: notKnown('China-platform retention not in the sources.'),
            dpaAvailable: notKnown(
              'China-platform DPA not in the sources (the known DPA is Z.ai international).',
            ),
          },
        },
        selfHosted('glm-5', 'GLM-5', GLM5_README),
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Alibaba Cloud (Qwen, Model Studio / DashScope)
// ---------------------------------------------------------------------------------------------------------

const QWEN35_README = 'https://github.com/QwenLM/Qwen3.5/blob/main/README.md';
const MS_PRIVACY_NOTICE = 'https://www.alibabacloud.com/help/en/model-studio/privacy-notice';
const INFERCHECK_ALIBABA_CODING = 'https://infercheck.eu/en/provider/alibaba-coding-plan-china';
const MS_REGIONS = 'https://www.alibabacloud.com/help/en/model-studio/regions';
const MS_ENDPOINTS = 'https://www.alibabacloud.com/help/doc-detail/2833609.html';
const MS_HK_GLOBAL = 'https://www.alibabacloud.com/help/en/model-studio/hong-kong-china-global';
const QWEN_AI_COM = 'https://qwen-ai.com/qwen-3-5';
const NXCODE_QWEN35 =
  'https://www.nxcode.io/da/resources/news/qwen-3-5-developer-guide-api-visual-agents-2026';
const QWEN_BLOG = 'https://qwen.ai/blog?id=qwen3.5';
const IWEAVER_QWEN35 = 'https://www.iweaver.ai/blog/alibaba-qwen-3-5-how-to-choose-the-right-deployment';
const VERCEL_QWEN35_PLUS = 'https://vercel.com/ai-gateway/models/qwen3.5-plus.md';
const REPORTIFY_QWEN35 = 'https://reportify.ai/news/1220931936860639232';
const INDIATODAY_1260H =
  'https://www.indiatoday.in/world/us-news/story/alibaba-baidu-byd-recommended-for-us-military-linked-watchlist-pentagon-says-glbs-2826628-2025-11-27';

const MS_REGION_NOTE =
  'Model Studio: the region is where the endpoint is and where static data (inputs/outputs) is stored; the ' +
  'deployment mode is where inference runs. Cross-border inference data is processed transiently, not persisted ' +
  'at the compute location (page updated 2026-03-25).';
const MS_MODEL_AVAILABILITY_NOTE =
  'Availability of qwen3.5-plus in this region is not confirmed per model in the sources.';

/** One Model Studio region for qwen3.5-plus. */
const modelStudioOffering = (o: {
  suffix: string;
  label: string;
  storage: string;
  inference: Fact<string[]>;
  endpoint?: string;
  contractingEntityKey: string | null;
  priceIn: Fact<number>;
  priceOut: Fact<number>;
  currency: string;
}): SeedOffering => ({
  key: `qwen3-5-plus-model-studio-${o.suffix}`,
  name: `Alibaba Cloud Model Studio — qwen3.5-plus, ${o.label}`,
  mode: 'vendor_api',
  contractingEntityKey: o.contractingEntityKey,
  storageRegions: official([o.storage], MS_REGIONS, {
    note: `${MS_REGION_NOTE} ${MS_MODEL_AVAILABILITY_NOTE} Endpoints per region: ${MS_ENDPOINTS}.`,
  }),
  inferenceRegions: o.inference,
  priceInputPer1M: o.priceIn,
  priceOutputPer1M: o.priceOut,
  currency: o.currency,
  ...(o.priceIn.value !== null || o.priceOut.value !== null ? { priceAsOf: PRICE_AS_OF } : {}),
  ...(o.endpoint ? { endpoint: o.endpoint } : {}),
});

const QWEN_PRICE_NOT_RETRIEVED = 'Official Model Studio price for this region not in the sources.';

const ALIBABA: SeedVendor = {
  key: 'alibaba',
  name: 'Alibaba Cloud',
  aliases: ['Alibaba', 'Qwen', 'Model Studio', 'Alibaba Cloud Model Studio', 'DashScope'],
  // qwen.ai is Qwen's official blog per the reference; qwen-ai.com is a third party and is NOT listed.
  officialDomains: [
    'alibabacloud.com',
    'www.alibabacloud.com',
    'github.com/QwenLM',
    'huggingface.co/Qwen',
    'qwen.ai',
  ],
  hqCountry: 'CN',
  certifications: (['ISO/IEC 27001', 'SOC 1', 'SOC 2', 'SOC 3'] as const).map((name): Certification => ({
    name,
    scope: 'Alibaba Cloud platform-level; whether it covers Model Studio / the Qwen API is unclear.',
    status: 'secondary',
    source: src(LLMABACUS, {
      note: `"Alibaba Cloud platform-level ISO 27001 / SOC 1-3 scope unclear" (market-and-regulation §6). ${NO_CHINESE_AI_CERTS_NOTE}`,
    }),
  })),
  // Model Studio (international site) privacy notice; applies to the Model Studio offerings.
  dataHandling: {
    ...allUnknownDataHandling(NOT_IN_SOURCES),
    trainsOnCustomerData: official(false, MS_PRIVACY_NOTICE, {
      quote:
        'Alibaba Cloud strictly protects your data privacy and will never use your data for model training.',
      note: `Upgraded from the earlier secondary source (${LLMABACUS}: "Never trains"). ${STORED_COPY_NOTE}`,
    }),
    retentionDays: official(0, MS_PRIVACY_NOTICE, {
      quote:
        'Direct calls using an API: Model Studio does not save conversation data. It only desensitizes and records the call status.',
      note:
        'Direct API calls only. The Model Studio assistant API retains conversation history with "no expiration date"; ' +
        `model monitoring data is retained 30 days by default (${INFERCHECK_ALIBABA_CODING} [secondary]). ${STORED_COPY_NOTE}`,
    }),
  },
  designations: [
    {
      list: 'DoD 1260H',
      entityName: 'Alibaba',
      status: 'unverified',
      source: src(INDIATODAY_1260H, {
        note:
          'Pentagon recommended adding Alibaba (7 Oct 2025 letter); a Feb 2026 Federal Register filing adding ' +
          'Alibaba and BYD was published then withdrawn ("to be released next week") — current status unverified ' +
          '(market-and-regulation §5.4). Not found on the BIS Entity List.',
      }),
    },
  ],
  publicBans: [],
  allegations: [],
  gpaiCodeSignatory: secondary(false, GPAI_SIGNATORIES, { note: GPAI_NOTE_CHINESE_NOT_SIGNED }),
  entities: [
    {
      key: 'alibaba-cloud-sg',
      name: 'Alibaba Cloud (Singapore) Pte. Ltd.',
      country: 'SG',
      roles: ['contracting'],
      // The group parent's legal name and the shareholding are not in the sources.
      owners: [],
      status: 'secondary',
      source: src(MS_REGIONS, {
        note:
          'International contracting entity, marked [secondary] in market-and-regulation §6 (row sources: ' +
          'Model Studio region pages). Mainland-China contracting entity not named in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'qwen3-5-397b-a17b',
      name: 'Qwen3.5-397B-A17B',
      version: 'Qwen3.5-397B-A17B',
      releaseDate: official('2026-02-16', QWEN35_README, {
        note: 'Smaller Qwen3.5 models (122B-A10B, 35B-A3B, 27B) on 2026-02-24.',
      }),
      openWeights: official(true, QWEN35_README, {
        note: 'Hugging Face / ModelScope Qwen/Qwen3.5-397B-A17B.',
      }),
      license: official('Apache-2.0', QWEN35_README, {
        quote: 'All our open-weight models are licensed under Apache 2.0',
      }),
      paramsTotalB: official(397, QWEN35_README, {
        note: 'Hybrid Gated DeltaNet + sparse MoE; 201 languages and dialects.',
      }),
      paramsActiveB: official(17, QWEN35_README),
      contextWindow: secondary(262144, QWEN_AI_COM, {
        note: 'Native 262,144 (official serving examples, as quoted); ~1,010,000 with YaRN.',
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [
        bench('AIME 2026', '91.3', 'secondary', NXCODE_QWEN35),
        bench('MMLU-Pro', '87.8', 'secondary', NXCODE_QWEN35),
        bench('GPQA Diamond', '88.4', 'secondary', NXCODE_QWEN35),
        bench(
          'LiveCodeBench v6',
          '83.6',
          'unverified',
          QWEN_BLOG,
          'Not found in any retrieved source; the official blog was not retrieved.',
        ),
        bench(
          'Cost / throughput vs predecessor',
          '~60% cheaper to run; ~8x throughput on large workloads',
          'secondary',
          IWEAVER_QWEN35,
          'Alibaba claim reported by Reuters.',
        ),
      ],
      offerings: [selfHosted('qwen3-5-397b-a17b', 'Qwen3.5-397B-A17B', QWEN35_README)],
    },
    {
      // The hosted Model Studio model; the sources do not say which open checkpoint (if any) it serves.
      key: 'qwen3-5-plus',
      name: 'Qwen3.5-Plus (hosted)',
      version: 'qwen3.5-plus',
      releaseDate: notKnown(NOT_IN_SOURCES),
      openWeights: notKnown(
        'Hosted-only model name; the sources do not tie it to an open-weights checkpoint.',
      ),
      license: notKnown('Hosted service; licence / terms not in the sources.'),
      paramsTotalB: notKnown(NOT_IN_SOURCES),
      paramsActiveB: notKnown(NOT_IN_SOURCES),
      contextWindow: secondary(1000000, VERCEL_QWEN35_PLUS, {
        note: 'Stated as "1M context" by the Vercel AI Gateway listing.',
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [],
      offerings: [
        modelStudioOffering({
          suffix: 'sg',
          label: 'Singapore region (International deployment mode)',
          storage: 'SG',
          inference: notKnown(
            'International deployment mode: inference is scheduled globally excluding Mainland China (official ' +
              'Model Studio regions page); no country list is published.',
            MS_REGIONS,
          ),
          endpoint: 'https://dashscope-intl.aliyuncs.com',
          contractingEntityKey: 'alibaba-cloud-sg',
          priceIn: secondary(0.4, VERCEL_QWEN35_PLUS, {
            note: 'Vercel AI Gateway listing: $0.40 in for ≤256K input, $0.50 for >256K. Region not stated by the source.',
          }),
          priceOut: secondary(2.4, VERCEL_QWEN35_PLUS, { note: '$2.40 for ≤256K input, $3.00 for >256K.' }),
          currency: 'USD',
        }),
        modelStudioOffering({
          suffix: 'us',
          label: 'US (Virginia) region, US deployment mode',
          storage: 'US',
          inference: official(['US'], MS_REGIONS, {
            note: 'US deployment mode. The same region also offers a "Global" mode with global scheduling.',
          }),
          // Hostname given only as "dashscope-us" in the sources; no full endpoint stored.
          // Contracting entity for non-Singapore regions is not stated in the sources.
          contractingEntityKey: null,
          priceIn: notKnown(QWEN_PRICE_NOT_RETRIEVED),
          priceOut: notKnown(QWEN_PRICE_NOT_RETRIEVED),
          currency: 'USD',
        }),
        modelStudioOffering({
          suffix: 'de',
          label: 'Germany (Frankfurt) region, EU deployment mode',
          storage: 'DE',
          inference: notKnown(
            'EU deployment mode: inference within the European Union; the member states used are not listed. ' +
              'The same region also offers a "Global" mode with global scheduling.',
            MS_REGIONS,
          ),
          contractingEntityKey: null,
          priceIn: notKnown(QWEN_PRICE_NOT_RETRIEVED),
          priceOut: notKnown(QWEN_PRICE_NOT_RETRIEVED),
          currency: 'USD',
        }),
        modelStudioOffering({
          suffix: 'hk',
          label: 'China (Hong Kong) region, Hong Kong deployment mode',
          storage: 'HK',
          inference: official(['HK'], MS_REGIONS, {
            note: `Hong Kong deployment mode only. The Hong Kong "Global" mode may use any node, including mainland China (${MS_HK_GLOBAL}).`,
          }),
          contractingEntityKey: null,
          priceIn: notKnown(QWEN_PRICE_NOT_RETRIEVED),
          priceOut: notKnown(QWEN_PRICE_NOT_RETRIEVED),
          currency: 'USD',
        }),
        modelStudioOffering({
          suffix: 'cn',
          label: 'China (Beijing) region, Chinese Mainland deployment mode',
          storage: 'CN',
          inference: official(['CN'], MS_REGIONS, { note: 'Chinese Mainland deployment mode.' }),
          // Hostname given only as "dashscope (Beijing)" in the sources (endpoint list: MS_ENDPOINTS).
          contractingEntityKey: null,
          priceIn: secondary(0.8, REPORTIFY_QWEN35, { note: 'qwen3.5-plus China price.' }),
          priceOut: notKnown('China output price not in the sources.'),
          currency: 'CNY',
        }),
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// DeepSeek
// ---------------------------------------------------------------------------------------------------------

const DS_PRICING = 'https://api-docs.deepseek.com/quick_start/pricing';
const DS_PRICING_ZH = 'https://api-docs.deepseek.com/zh-cn/quick_start/pricing';
const DS_PRICING_EARLIER =
  'https://api-docs.deepseek.com/quick_start/pricing?model_version=DeepSeek-V4-Pro-0813';
const DS_PRIVACY = 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html';
const DS_HF_ORG = 'https://huggingface.co/deepseek-ai';
const DS_HF_V32 = 'https://huggingface.co/deepseek-ai/DeepSeek-V3.2';
const THEAPPLIED_V4 = 'https://theapplied.co/es/models/deepseek-ai-deepseek-v4-pro';
const OPENCLAWRADAR_V4 =
  'https://openclawradar.com/article/deepseek-v4-pro-flash-1-6t-parameters-1m-token-context-hybrid-attention';
const DAILYSCOUT_V4 = 'https://thedailyscout.com/s/YepWnLrqNKk';
const BESTHUB_V4 =
  'https://www.besthub.dev/articles/deepseek-v4-unveiled-1-6-t-parameters-million-token-context-fully-open-source-fbd31727cc58';
const ROOCODE_DEEPSEEK =
  'https://raw.githubusercontent.com/RooCodeInc/Roo-Code/main/packages/types/src/providers/deepseek.ts';
const APIDOG_V32 = 'https://apidog.com/jp/blog/deepseek-v3-2-deepseek-v3-2-speciale-api-jp/';
const TNSAFETY_DS =
  'https://tnsafety.com/deepseeks-chinese-data-storage-policy-raises-global-privacy-concerns';
const INFERCHECK_DS = 'https://infercheck.eu/en/provider/deepseek';
const MEETILY_DS = 'https://meetily.ai/llm-privacy/deepseek';
const CNCS_DS = 'https://cncsmonster.github.io/en/posts/deepseek-api-data-training-policy/';
const PRIVACYGPT_DS = 'https://privacygpt.lynicis.dev/company/deepseek';
// §5.4 ban sources (all third parties).
const NATLAW_3_STATES =
  'https://natlawreview.com/article/three-states-ban-deepseek-use-state-devices-and-networks';
const STATETECH_STATES = 'https://statetechmagazine.com/article/2025/04/these-states-have-banned-deepseek';
const COMPLETEAI_STATES =
  'https://completeaitraining.com/news/deepseek-bans-are-spreading-which-states-and-agencies-have';
const SCWORLD_COMMERCE =
  'https://www.scworld.com/brief/deepseek-prohibited-across-us-commerce-department-bureaus';
const WION_COUNTRIES =
  'https://www.wionews.com/world/from-south-korea-to-india-eight-countries-that-banned-use-of-chinese-ai-deepseek-over-security-concerns-8694361';
const COOLTECH_COUNTRIES =
  'https://cooltechzone.com/news/deepseek-being-blocked-in-more-countries-due-to-security-concerns';
const INCYBER_GERMANY =
  'https://incyber.org/en/article/germany-urges-apple-google-to-remove-deepseek-app-over-gdpr-violations/';

const deepseekApiStorage = (): Fact<string[]> =>
  secondary(['CN'], DS_PRIVACY, {
    quote: "We store the information we collect in secure servers located in the People's Republic of China.",
    note:
      `Privacy policy (last updated 2026-02-10 as quoted; controller Hangzhou DeepSeek AI Co., Ltd.) as quoted by ` +
      `${TNSAFETY_DS} [secondary]; official text not retrieved. The API has no regional endpoints.`,
  });
const DS_INFERENCE_UNKNOWN =
  'Not stated. The API has no regional endpoints (market-and-regulation §6); data is stored in the PRC per the privacy policy.';

const DS_PEAK_RULE =
  'Off-peak = half of peak. Peak 01:00–04:00 and 06:00–10:00 UTC (EN page) = Beijing Mon–Fri 9–12, 14–18 (ZH page); ' +
  'took effect 16:00 UTC 2026-08-16. DeepSeek prices changed at least three times in 2026.';

const STATE_LIST_NOTE =
  `market-and-regulation §5.4 cites ${NATLAW_3_STATES}, ${STATETECH_STATES} and ${COMPLETEAI_STATES} [secondary] ` +
  'for the state list as a whole (≥17 states); per-state attribution is not given.';

const stateBan = (state: string, url: string, date?: string, extra?: string): PublicBan =>
  ban(
    `${state} (state devices and networks)`,
    'US',
    'ban on state government devices and networks',
    url,
    date,
    extra ? `${extra} ${STATE_LIST_NOTE}` : STATE_LIST_NOTE,
  );

const FEDERAL_NOTE =
  'market-and-regulation §5.4: "Commerce Dept bureaus banned DeepSeek on government-furnished equipment (Mar 2025); ' +
  'Navy, NASA, DISA, House/Senate restrictions", citing scworld for the sentence as a whole.';

const INTL_NOTE = (others: string) =>
  `market-and-regulation §5.4 cites ${others} for the international list as a whole; per-country attribution is not given.`;

const DEEPSEEK: SeedVendor = {
  key: 'deepseek',
  name: 'DeepSeek',
  aliases: ['DeepSeek AI', 'Hangzhou DeepSeek'],
  officialDomains: [
    'platform.deepseek.com',
    'api.deepseek.com',
    'api-docs.deepseek.com',
    'huggingface.co/deepseek-ai',
  ],
  hqCountry: 'CN',
  certifications: [], // See NO_CHINESE_AI_CERTS_NOTE.
  dataHandling: {
    ...allUnknownDataHandling(NOT_IN_SOURCES),
    retentionDays: secondary(30, INFERCHECK_DS, {
      note:
        '"~30-day API log retention claimed [secondary]" (market-and-regulation §6). The row cites tnsafety, ' +
        'infercheck and llmabacus; which of them makes this claim is not stated. CONFLICT (added 2026-11-29): ' +
        `${MEETILY_DS} [secondary] says DeepSeek "does not publish a fixed retention window for API inputs and outputs" ` +
        '(privacy policy: retained "for as long as necessary").',
    }),
    trainsOnCustomerData: notKnown(
      'Searched; sources conflict and none is official. The Open Platform terms are reported as silent on training ' +
        `(${CNCS_DS} [secondary]); ${MEETILY_DS} [secondary] reads the shared privacy policy as training on by default; ` +
        `${PRIVACYGPT_DS} [secondary] says API usage is excluded from training.`,
    ),
    dpaAvailable: notKnown(
      'No DPA found in the sources read (§6) — absence of evidence, not a confirmed negative.',
    ),
    sccsOffered: notKnown(
      'No SCCs found in the sources read (§6) — absence of evidence, not a confirmed negative.',
    ),
    subProcessorsPublished: notKnown(
      'No sub-processor list in the sources; web-app traffic to Volces / Baidu has been reported (§6).',
    ),
  },
  // Not on the BIS Entity List per the sources read — itself marked [unverified], so nothing is stored.
  designations: [],
  publicBans: [
    // US states
    stateBan(
      'Texas',
      NATLAW_3_STATES,
      '2025-01-31',
      'Same order also covered RedNote, Lemon8, Webull, Tiger Brokers, Moomoo.',
    ),
    stateBan('New York', NATLAW_3_STATES, '2025-02-10'),
    stateBan('Virginia', NATLAW_3_STATES, '2025-02-11', 'Executive Order 46.'),
    stateBan('Iowa', STATETECH_STATES, '2025-02-19'),
    ...[
      'South Dakota',
      'Tennessee',
      'North Dakota',
      'North Carolina',
      'Nebraska',
      'Arkansas',
      'Oklahoma',
      'Alabama',
      'Kansas',
      'Georgia',
      'Pennsylvania',
      'Oregon',
      'Nevada',
    ].map((s) => stateBan(s, STATETECH_STATES, undefined, 'Date not given in the sources.')),
    // US federal
    ban(
      'US Department of Commerce (bureaus)',
      'US',
      'ban on government-furnished equipment',
      SCWORLD_COMMERCE,
      '2025-03',
      FEDERAL_NOTE,
    ),
    ban('US Navy', 'US', 'restriction on use', SCWORLD_COMMERCE, undefined, FEDERAL_NOTE),
    ban('NASA', 'US', 'restriction on use', SCWORLD_COMMERCE, undefined, FEDERAL_NOTE),
    ban(
      'Defense Information Systems Agency (DISA)',
      'US',
      'restriction on use',
      SCWORLD_COMMERCE,
      undefined,
      FEDERAL_NOTE,
    ),
    ban('US House and Senate', 'US', 'restriction on use', SCWORLD_COMMERCE, undefined, FEDERAL_NOTE),
    // International
    ban(
      'Italy Garante (data protection authority)',
      'IT',
      'service blocked in Italy',
      WION_COUNTRIES,
      '2025-01',
      INTL_NOTE(COOLTECH_COUNTRIES),
    ),
    ban(
      'Australian Government (mandatory direction)',
      'AU',
      'ban on all government systems and devices',
      WION_COUNTRIES,
      '2025-02',
      INTL_NOTE(COOLTECH_COUNTRIES),
    ),
    ban(
      'Taiwan government',
      'TW',
      'ban on government and critical-infrastructure use',
      WION_COUNTRIES,
      undefined,
      INTL_NOTE(COOLTECH_COUNTRIES),
    ),
    ban(
      'South Korea PIPC (Personal Information Protection Commission)',
      'KR',
      'suspension of new app downloads',
      WION_COUNTRIES,
      '2025-02',
      INTL_NOTE(COOLTECH_COUNTRIES),
    ),
    ban(
      'South Korea government ministries',
      'KR',
      'access blocked in ministries',
      WION_COUNTRIES,
      undefined,
      INTL_NOTE(COOLTECH_COUNTRIES),
    ),
    ban('India Finance Ministry', 'IN', 'advisory', WION_COUNTRIES, undefined, INTL_NOTE(COOLTECH_COUNTRIES)),
    ban(
      'Netherlands government',
      'NL',
      'ban on government devices',
      COOLTECH_COUNTRIES,
      undefined,
      INTL_NOTE(WION_COUNTRIES),
    ),
    ban('Belgium government', 'BE', 'advisory', COOLTECH_COUNTRIES, undefined, INTL_NOTE(WION_COUNTRIES)),
    // France and Ireland DPAs only opened inquiries (§5.4) — not bans, so not stored.
    ban(
      'Germany — Berlin data protection authority (Meike Kamp)',
      'DE',
      'DSA Art. 16 notice to Apple and Google to remove the app (GDPR Art. 46 violation)',
      INCYBER_GERMANY,
      '2025-06-27',
    ),
  ],
  allegations: [distillationAllegation('DeepSeek', '>150K')],
  gpaiCodeSignatory: secondary(false, GPAI_SIGNATORIES, { note: GPAI_NOTE_CHINESE_NOT_SIGNED }),
  entities: [
    {
      key: 'deepseek-hangzhou',
      name: 'Hangzhou DeepSeek Artificial Intelligence Co., Ltd.',
      aliases: ['Hangzhou DeepSeek AI Co., Ltd.'],
      country: 'CN',
      roles: ['contracting', 'operator'],
      // Shareholders are not in the sources. §6 also names "Beijing DeepSeek …" but the name is truncated there,
      // so that entity is not seeded.
      owners: [],
      status: 'secondary',
      source: src(DS_PRIVACY, {
        note: 'Controller named in the privacy policy as quoted (model-facts [secondary]); contracting entity per market-and-regulation §6.',
      }),
    },
  ],
  models: [
    {
      key: 'deepseek-v4-pro',
      name: 'DeepSeek V4 Pro',
      version: 'DeepSeek-V4-Pro-0813 (API model deepseek-v4-pro)',
      releaseDate: secondary('2026-04-24', DAILYSCOUT_V4, { note: 'V4 preview release.' }),
      openWeights: secondary(true, OPENCLAWRADAR_V4, { note: 'Hugging Face model-card metadata as quoted.' }),
      license: secondary('MIT', OPENCLAWRADAR_V4, { note: 'Hugging Face model-card metadata as quoted.' }),
      paramsTotalB: secondary(1600, THEAPPLIED_V4, {
        note: '1.6T total; pre-trained on >32T tokens; hybrid CSA + HCA attention.',
      }),
      paramsActiveB: secondary(49, THEAPPLIED_V4),
      contextWindow: official(1000000, DS_PRICING, { note: 'Stated as "1M"; max output 384K.' }),
      // Text only: the official price page shows Vision "Not supported" for V4-Pro; the "V4 is multimodal" lead
      // was not confirmed.
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [
        bench('LiveCodeBench (V4-Pro-Max)', '93.5', 'secondary', BESTHUB_V4, 'Tech report as quoted.'),
        bench('Codeforces (V4-Pro-Max)', '3206', 'secondary', BESTHUB_V4, 'Tech report as quoted.'),
        bench('SWE-bench Verified (V4-Pro-Max)', '80.6', 'secondary', BESTHUB_V4, 'Tech report as quoted.'),
        bench('SWE-bench Pro (V4-Pro-Max)', '55.4', 'secondary', BESTHUB_V4, 'Tech report as quoted.'),
      ],
      offerings: [
        {
          key: 'deepseek-v4-pro-api',
          name: 'DeepSeek API — deepseek-v4-pro',
          mode: 'vendor_api',
          contractingEntityKey: 'deepseek-hangzhou',
          storageRegions: deepseekApiStorage(),
          inferenceRegions: notKnown(DS_INFERENCE_UNKNOWN),
          endpoint: 'https://api.deepseek.com',
          priceInputPer1M: official(1.32, DS_PRICING, {
            note:
              `Peak price, cache miss (newest page snapshot). Off-peak $0.66; cache hit $0.044 peak / $0.022 off-peak. ${DS_PEAK_RULE} ` +
              `CNY (${DS_PRICING_ZH}): miss 9.0 peak / 4.5 off-peak, hit 0.30 / 0.15. ` +
              `Earlier snapshot before 2026-08-16 (${DS_PRICING_EARLIER}): miss 0.435, hit 0.003625.`,
          }),
          priceOutputPer1M: official(3.96, DS_PRICING, {
            note: `Peak price; off-peak $1.98. CNY: 27.0 peak / 13.5 off-peak. Earlier snapshot: 0.87.`,
          }),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
        },
        selfHosted(
          'deepseek-v4-pro',
          'DeepSeek V4 Pro',
          DS_HF_ORG,
          "Weights are published under DeepSeek's Hugging Face organisation (open-weights status itself is secondary).",
        ),
      ],
    },
    {
      key: 'deepseek-v4-flash',
      name: 'DeepSeek V4 Flash',
      version: 'V4-Flash open weights; API model deepseek-flash = DeepSeek-V4.1-Flash-1017',
      releaseDate: secondary('2026-04-24', DAILYSCOUT_V4, {
        note: 'V4 preview release (V4-Pro and V4-Flash).',
      }),
      openWeights: secondary(true, OPENCLAWRADAR_V4, {
        note: 'Stated for V4 (Pro / Flash); the open-weights status of the later V4.1-Flash is not stated.',
      }),
      license: secondary('MIT', OPENCLAWRADAR_V4, {
        note: 'Hugging Face model-card metadata as quoted (V4).',
      }),
      paramsTotalB: secondary(284, THEAPPLIED_V4),
      paramsActiveB: secondary(13, THEAPPLIED_V4),
      contextWindow: official(1000000, DS_PRICING, { note: 'Stated as "1M"; max output 384K.' }),
      // V4-Flash model cards are text generation; vision appears only on the later API model (V4.1-Flash) and
      // deepseek-v4-flash-vision-exp.
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [],
      offerings: [
        {
          key: 'deepseek-v4-flash-api',
          name: 'DeepSeek API — deepseek-flash (DeepSeek-V4.1-Flash-1017, vision supported)',
          mode: 'vendor_api',
          contractingEntityKey: 'deepseek-hangzhou',
          storageRegions: deepseekApiStorage(),
          inferenceRegions: notKnown(DS_INFERENCE_UNKNOWN),
          endpoint: 'https://api.deepseek.com',
          priceInputPer1M: official(0.3, DS_PRICING, {
            note:
              `Peak price, cache miss (newest page snapshot). Off-peak $0.15; cache hit $0.006 peak / $0.003 off-peak. ${DS_PEAK_RULE} ` +
              `CNY (${DS_PRICING_ZH}): miss 2 peak / 1 off-peak, hit 0.04 / 0.02. ` +
              'Earlier snapshot before 2026-08-16 (V4-Flash-0731): miss 0.14, hit 0.0028.',
          }),
          priceOutputPer1M: official(1.2, DS_PRICING, {
            note: 'Peak price; off-peak $0.60. CNY: 8 peak / 4 off-peak. Earlier snapshot (V4-Flash-0731): 0.28.',
          }),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
        },
        selfHosted(
          'deepseek-v4-flash',
          'DeepSeek V4 Flash',
          DS_HF_ORG,
          "Weights are published under DeepSeek's Hugging Face organisation (open-weights status itself is secondary).",
        ),
      ],
    },
    {
      key: 'deepseek-v3-2',
      name: 'DeepSeek V3.2',
      version: 'DeepSeek-V3.2 (Dec 2025; API models deepseek-chat / deepseek-reasoner at the time)',
      // Only the month is given.
      releaseDate: notKnown(
        'December 2025 (month only) per the Roo-Code provider file, updated 2025-12-09 [secondary].',
        ROOCODE_DEEPSEEK,
      ),
      openWeights: secondary(true, APIDOG_V32, {
        note: `Hugging Face lists the model (685B incl. MTP) at ${DS_HF_V32}.`,
      }),
      license: notKnown('Not verified in the reference pass.', DS_HF_V32),
      paramsTotalB: secondary(671, APIDOG_V32, { note: 'Hugging Face lists 685B including the MTP module.' }),
      paramsActiveB: secondary(37, APIDOG_V32),
      contextWindow: secondary(128000, ROOCODE_DEEPSEEK, { note: 'API context stated as "128K".' }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [],
      offerings: [
        {
          key: 'deepseek-v3-2-api',
          name: 'DeepSeek API — deepseek-chat / deepseek-reasoner (V3.2, December 2025 pricing)',
          mode: 'vendor_api',
          contractingEntityKey: 'deepseek-hangzhou',
          storageRegions: deepseekApiStorage(),
          inferenceRegions: notKnown(DS_INFERENCE_UNKNOWN),
          endpoint: 'https://api.deepseek.com',
          priceInputPer1M: secondary(0.28, ROOCODE_DEEPSEEK, {
            note:
              'Cache miss; cache hit $0.028 (updated 2025-12-09). The newest official price page lists the V4 ' +
              'models; whether these V3.2 aliases are still served is not stated.',
          }),
          priceOutputPer1M: secondary(0.42, ROOCODE_DEEPSEEK, { note: 'Updated 2025-12-09.' }),
          currency: 'USD',
          priceAsOf: '2025-12-09',
        },
        selfHosted('deepseek-v3-2', 'DeepSeek V3.2', DS_HF_V32, '(open-weights status itself is secondary).'),
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Moonshot AI (Kimi)
// ---------------------------------------------------------------------------------------------------------

/**
 * The price / context facts were read on an archived copy of Moonshot's own pricing page. The archive host is
 * not a Moonshot domain, so the fact cites the original page and names the archive copy in the note.
 */
const MOONSHOT_PRICING = 'https://platform.moonshot.ai/docs/pricing/chat';
const MOONSHOT_PRICING_ARCHIVE =
  'https://megalodon.jp/ref/2026-0326-0135-31/https://platform.moonshot.ai:443/docs/pricing/chat';
const MOONSHOT_ARCHIVE_NOTE =
  `Read on the archived copy ${MOONSHOT_PRICING_ARCHIVE} (archived 2026-03-26) of Moonshot's own pricing page; ` +
  'newer copies are served at platform.kimi.ai (domain to verify). Prices are tax-inclusive.';
const KIMI_API_SECURITY = 'https://www.kimi.com/help/kimi-api/api-data-security';
const KIMI_BLOG_K25 = 'https://www.kimi.com/blog/kimi-k2-5.html';
const HF_KIMI_K25 = 'https://huggingface.co/moonshotai/Kimi-K2.5';
const KIMI_K25_NOTES = 'https://github.com/maxazcona/openclaw-d2c/blob/main/research/kimi-k25-notes.md';
const KIMI_K2_README = 'https://github.com/MoonshotAI/Kimi-K2/blob/main/README.md';
const INFERCHECK_MOONSHOT_CN = 'https://infercheck.eu/en/provider/moonshot-ai-china';
const PUTER_KIMI = 'https://developer.puter.com/tutorials/kimi-api-pricing/';

const MOONSHOT_INTL_REGION_UNKNOWN =
  'Storage / processing region not stated in the retrieved official pages.';

const moonshotChinaStorage = (): Fact<string[]> =>
  secondary(['CN'], INFERCHECK_MOONSHOT_CN, {
    note:
      'platform.moonshot.cn privacy policy (AI-assisted third-party review): personal information stored in the PRC, ' +
      'not transferred abroad without separate consent. Per-model listing on the China platform not confirmed in the sources.',
  });

const MOONSHOT: SeedVendor = {
  key: 'moonshot',
  name: 'Moonshot AI',
  aliases: ['Moonshot', 'Kimi'],
  officialDomains: [
    'platform.moonshot.cn',
    'platform.moonshot.ai',
    'kimi.com',
    'www.kimi.com',
    'github.com/MoonshotAI',
    'huggingface.co/moonshotai',
  ],
  hqCountry: 'CN',
  certifications: [], // See NO_CHINESE_AI_CERTS_NOTE.
  dataHandling: {
    ...allUnknownDataHandling(NOT_IN_SOURCES),
    trainsOnCustomerData: official(false, KIMI_API_SECURITY, {
      note:
        'Kimi API help page: API inputs/outputs are not used to train or improve Kimi models and are not persistently ' +
        `stored for training. CONFLICT: llmabacus (${LLMABACUS}) [secondary] reports training by default for the ` +
        `international API with opt-out via an enterprise deal; infercheck (${INFERCHECK_MOONSHOT_CN}) [secondary] ` +
        'reports that the China platform uses conversation data to optimise models.',
    }),
  },
  designations: [], // §6: none found.
  publicBans: [],
  allegations: [distillationAllegation('Moonshot', '~3.4M')],
  gpaiCodeSignatory: notKnown(GPAI_NOTE_NOT_NAMED),
  entities: [
    {
      key: 'moonshot-sg',
      name: 'Moonshot AI Pte. Ltd.',
      country: 'SG',
      roles: ['contracting'],
      // Parent / China operating entity and shareholding are not in the sources.
      owners: [],
      status: 'secondary',
      source: src(LLMABACUS, {
        note:
          'International contracting entity per market-and-regulation §6 [secondary]. The legal entity behind ' +
          'platform.moonshot.cn is not named in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'kimi-k2-5',
      name: 'Kimi K2.5',
      version: 'kimi-k2.5',
      releaseDate: secondary('2026-01-27', KIMI_BLOG_K25),
      openWeights: secondary(true, HF_KIMI_K25),
      license: secondary('Modified MIT', HF_KIMI_K25, { note: 'Hugging Face licence label.' }),
      paramsTotalB: secondary(1000, KIMI_K25_NOTES, {
        note: '1T total; MoonViT 400M vision encoder; ~15T mixed visual + text continued pre-training.',
      }),
      paramsActiveB: secondary(32, KIMI_K25_NOTES),
      contextWindow: official(262144, MOONSHOT_PRICING, { note: MOONSHOT_ARCHIVE_NOTE }),
      // MoonViT vision encoder (secondary).
      modalities: ['text', 'image'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [
        bench('HLE-Full (with tools)', '50.2', 'secondary', KIMI_BLOG_K25),
        bench('SWE-Bench Verified', '76.8', 'secondary', KIMI_BLOG_K25),
        bench(
          'BrowseComp (agent swarm)',
          '78.4',
          'secondary',
          KIMI_BLOG_K25,
          'Agent swarm of up to 100 sub-agents / 1,500 tool calls.',
        ),
      ],
      offerings: [
        {
          key: 'kimi-k2-5-moonshot-intl-api',
          name: 'Moonshot platform (international, platform.moonshot.ai) — kimi-k2.5',
          mode: 'vendor_api',
          contractingEntityKey: 'moonshot-sg',
          storageRegions: notKnown(MOONSHOT_INTL_REGION_UNKNOWN, KIMI_API_SECURITY),
          inferenceRegions: notKnown(MOONSHOT_INTL_REGION_UNKNOWN, KIMI_API_SECURITY),
          priceInputPer1M: official(0.6, MOONSHOT_PRICING, {
            note: `Cache miss; cache hit $0.10. ${MOONSHOT_ARCHIVE_NOTE}`,
          }),
          priceOutputPer1M: official(3.0, MOONSHOT_PRICING, { note: MOONSHOT_ARCHIVE_NOTE }),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
        },
        {
          key: 'kimi-k2-5-moonshot-cn-api',
          name: 'Moonshot platform (China, platform.moonshot.cn) — kimi-k2.5',
          mode: 'vendor_api',
          // The China operating entity is not named in the sources.
          contractingEntityKey: null,
          storageRegions: moonshotChinaStorage(),
          inferenceRegions: notKnown('Not stated in the sources.'),
          priceInputPer1M: notKnown('China-platform price not in the sources.'),
          priceOutputPer1M: notKnown('China-platform price not in the sources.'),
          currency: 'USD',
        },
        selfHosted('kimi-k2-5', 'Kimi K2.5', HF_KIMI_K25, '(open-weights status itself is secondary).'),
      ],
    },
    {
      key: 'kimi-k2',
      name: 'Kimi K2',
      version: 'Kimi-K2-Instruct (0711); API kimi-k2-0905-preview',
      releaseDate: notKnown(NOT_IN_SOURCES),
      // The README gives a Modified MIT licence, but the reference does not state the weights release for K2
      // explicitly, so no self-hosted offering is seeded.
      openWeights: notKnown(
        'Open-weights release of K2 not stated explicitly in the reference.',
        KIMI_K2_README,
      ),
      license: official('Modified MIT', KIMI_K2_README),
      paramsTotalB: official(1000, KIMI_K2_README, { note: '1T total; 15.5T training tokens.' }),
      paramsActiveB: official(32, KIMI_K2_README),
      contextWindow: official(128000, KIMI_K2_README, {
        note: 'Kimi-K2-Instruct (0711): stated as "128K". The API model kimi-k2-0905-preview lists 262,144.',
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [
        bench('SWE-bench Verified (agentic, single attempt)', '65.8%', 'official', KIMI_K2_README),
      ],
      offerings: [
        {
          key: 'kimi-k2-moonshot-intl-api',
          name: 'Moonshot platform (international) — kimi-k2-0905-preview',
          mode: 'vendor_api',
          contractingEntityKey: 'moonshot-sg',
          storageRegions: notKnown(MOONSHOT_INTL_REGION_UNKNOWN, KIMI_API_SECURITY),
          inferenceRegions: notKnown(MOONSHOT_INTL_REGION_UNKNOWN, KIMI_API_SECURITY),
          priceInputPer1M: official(0.6, MOONSHOT_PRICING, {
            note:
              `Cache miss; cache hit $0.15; context 262,144. ${MOONSHOT_ARCHIVE_NOTE} A secondary source ` +
              `(${PUTER_KIMI}) reports the original kimi-k2 series was retired on 2026-05-25.`,
          }),
          priceOutputPer1M: official(2.5, MOONSHOT_PRICING, { note: MOONSHOT_ARCHIVE_NOTE }),
          currency: 'USD',
          priceAsOf: PRICE_AS_OF,
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// ByteDance (BytePlus ModelArk / Volcano Engine Ark) — Doubao Seed 2.0
// ---------------------------------------------------------------------------------------------------------

const BYTEPLUS_MODELS = 'https://docs.byteplus.com/en/docs/modelark/1330310';
const BYTEPLUS_PRICING = 'https://docs.byteplus.com/api/docs/ModelArk/1544106';
const TOKENMIX_SEED = 'https://tokenmix.ai/blog/doubao-seed-review';
const WCODE_SEED_PRO = 'https://wcode.net/model/doubao-seed-2.0-pro';
const APIYI_SEED_LITE = 'https://help.apiyi.com/en/seed-2-0-lite-260228-byteplus-api-pricing-guide-en.html';
const CHATFOREST_SEED =
  'https://chatforest.com/builders-log/bytedance-doubao-seed-2-0-multimodal-moe-four-variant-builder-guide/';
const NVIDIA_SEED =
  'https://docs.nvidia.com/nemo/automodel/latest/model-coverage/llm/bytedance-seed/seed.html';
const UNIFIED_BYTEPLUS = 'https://docs.unified.to/integrations/byteplus';
const OPENCLAW_VOLCENGINE = 'https://docs.openclaw.ai/zh-CN/providers/volcengine';

const BYTEPLUS_REGION_NOTE = (region: string) =>
  `BytePlus ModelArk region ${region} (official model list); the country of this region is not stated in the sources. ` +
  `BytePlus data regions are described as Asia-Pacific (Southeast) and Europe (West) (${UNIFIED_BYTEPLUS} [secondary]).`;

const SEED_PRICE_NOT_RETRIEVED =
  'Official BytePlus price page exists but its Seed 2.0 rows were not retrieved.';

/** BytePlus ModelArk offerings for one Seed 2.0 variant, in both regions the official model list gives. */
const byteplusOfferings = (
  modelKey: string,
  modelId: string,
  priceIn: () => Fact<number>,
  priceOut: () => Fact<number>,
): SeedOffering[] =>
  (
    [
      ['ap-southeast', 'ap-southeast-1', 'https://ark.ap-southeast.bytepluses.com'],
      ['eu-west', 'eu-west-1', 'https://ark.eu-west.bytepluses.com'],
    ] as const
  ).map(([suffix, region, endpoint]) => {
    const pIn = priceIn();
    const pOut = priceOut();
    return {
      key: `${modelKey}-byteplus-${suffix}`,
      name: `BytePlus ModelArk (${region}) — ${modelId}`,
      mode: 'vendor_api' as const,
      // BytePlus is the international channel (§6) but its legal entity and country are not in the sources.
      contractingEntityKey: null,
      storageRegions: notKnown<string[]>(BYTEPLUS_REGION_NOTE(region), BYTEPLUS_MODELS),
      inferenceRegions: notKnown<string[]>(BYTEPLUS_REGION_NOTE(region), BYTEPLUS_MODELS),
      priceInputPer1M: pIn,
      priceOutputPer1M: pOut,
      currency: 'USD',
      ...(pIn.value !== null || pOut.value !== null ? { priceAsOf: PRICE_AS_OF } : {}),
      endpoint,
    };
  });

const seedCommon = (modelId: string) => ({
  releaseDate: secondary('2026-02-14', CHATFOREST_SEED, {
    note: `Seed 2.0 family release date; this snapshot is ${modelId}.`,
  }),
  openWeights: notKnown<boolean>(
    'No open weights found (ByteDance open models are Seed-OSS-36B and Seed-Coder-8B).',
    NVIDIA_SEED,
  ),
  license: notKnown<string>('Hosted only as far as the sources show; licence / terms not in the sources.'),
  paramsTotalB: notKnown<number>('Parameter count not disclosed.', NVIDIA_SEED),
  paramsActiveB: notKnown<number>('Parameter count not disclosed.', NVIDIA_SEED),
  contextWindow: official(256000, BYTEPLUS_MODELS, {
    note: 'Stated as "256K context"; max output 128K including chain of thought (default 4K).',
  }),
  modalities: ['text'],
  trainingHardware: notKnown<string>(NOT_IN_SOURCES),
});

const BYTEDANCE: SeedVendor = {
  key: 'bytedance',
  name: 'ByteDance',
  aliases: ['BytePlus', 'BytePlus ModelArk', 'Volcano Engine', 'Volcano Engine Ark', 'Doubao', 'Seed'],
  officialDomains: ['docs.byteplus.com', 'byteplus.com', 'volces.com'],
  // The reference treats ByteDance / Volcano Engine as a Chinese provider (§5.2, §6; PAFACA).
  hqCountry: 'CN',
  certifications: [], // See NO_CHINESE_AI_CERTS_NOTE.
  dataHandling: allUnknownDataHandling(NOT_IN_SOURCES),
  // Not found on the Entity List (§6). ByteDance is subject to PAFACA (TikTok), which is not API-specific and
  // has no source URL in the reference, so it is not stored as a designation.
  designations: [],
  publicBans: [],
  allegations: [],
  gpaiCodeSignatory: notKnown(GPAI_NOTE_NOT_NAMED),
  entities: [
    {
      key: 'volcano-engine',
      // Trade name: the legal entity name is not in the sources.
      name: 'Volcano Engine',
      country: 'CN',
      roles: ['operator', 'contracting'],
      owners: [],
      status: 'secondary',
      source: src(OPENCLAW_VOLCENGINE, {
        note:
          'Operator of the China platform Volcano Engine Ark (ark.cn-beijing.volces.com), Beijing (market-and-regulation §6). ' +
          'Legal entity name and shareholding not in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'seed-2-0-pro',
      name: 'Doubao Seed 2.0 Pro',
      version: 'seed-2-0-pro-260328',
      ...seedCommon('seed-2-0-pro-260328'),
      contextWindow: official(256000, BYTEPLUS_MODELS, {
        note:
          'Stated as "256K context"; max output 128K including chain of thought (default 4K). CONFLICT: ' +
          `TokenMix (${TOKENMIX_SEED}) [secondary] lists 128K.`,
      }),
      benchmarks: [
        bench('AIME 2025', '98.3', 'secondary', CHATFOREST_SEED),
        bench('Codeforces', '3020', 'secondary', CHATFOREST_SEED),
        bench('SWE-Bench Verified', '76.5', 'secondary', CHATFOREST_SEED),
        bench(
          'Price vs GPT-5.2',
          '3.7x cheaper input / 5.9x cheaper output',
          'unverified',
          CHATFOREST_SEED,
          'Only the 3.7x input figure is repeated by one secondary; no official price retrieved.',
        ),
      ],
      offerings: [
        ...byteplusOfferings(
          'seed-2-0-pro',
          'seed-2-0-pro-260328',
          () =>
            notKnown(
              `${SEED_PRICE_NOT_RETRIEVED} Third-party figures CONFLICT: $0.43 in / $2.15 out (${TOKENMIX_SEED}) vs ` +
                "~$0.67 / $3.36 (ofox); a lead's ratios imply ~$0.47 / $2.37.",
              BYTEPLUS_PRICING,
            ),
          () =>
            notKnown(
              `${SEED_PRICE_NOT_RETRIEVED} See input price for the conflicting third-party figures.`,
              BYTEPLUS_PRICING,
            ),
        ),
        {
          key: 'seed-2-0-pro-volcengine-cn',
          name: 'Volcano Engine Ark (China, cn-beijing) — doubao-seed-2.0-pro',
          mode: 'vendor_api',
          contractingEntityKey: 'volcano-engine',
          storageRegions: secondary(['CN'], OPENCLAW_VOLCENGINE, {
            note:
              'Volcano Engine Ark is in Beijing (§6); China-mainland platforms store PI in China and say they do ' +
              'not transfer it abroad (§5.2).',
          }),
          inferenceRegions: secondary(['CN'], OPENCLAW_VOLCENGINE, {
            note: 'Beijing region endpoint ark.cn-beijing.volces.com (§6).',
          }),
          endpoint: 'https://ark.cn-beijing.volces.com',
          priceInputPer1M: secondary(3.25, WCODE_SEED_PRO, {
            note: 'Reseller listing, ≤32K input tier. 32–128K: 4.85; >128K: 9.65.',
          }),
          priceOutputPer1M: secondary(16.5, WCODE_SEED_PRO, {
            note: 'Reseller listing, ≤32K input tier. 32–128K: 24.5; >128K: 48.5.',
          }),
          currency: 'CNY',
          priceAsOf: PRICE_AS_OF,
        },
      ],
    },
    {
      key: 'seed-2-0-lite',
      name: 'Doubao Seed 2.0 Lite',
      version: 'seed-2-0-lite-260228',
      ...seedCommon('seed-2-0-lite-260228'),
      benchmarks: [],
      offerings: byteplusOfferings(
        'seed-2-0-lite',
        'seed-2-0-lite-260228',
        () =>
          secondary(0.25, APIYI_SEED_LITE, {
            note: 'BytePlus price as quoted, 0–128K tier (128–256K: $0.50). The source does not say which region.',
          }),
        () =>
          secondary(2.0, APIYI_SEED_LITE, {
            note: 'BytePlus price as quoted, 0–128K tier (128–256K: $4.00). The source does not say which region.',
          }),
      ),
    },
    {
      key: 'seed-2-0-mini',
      name: 'Doubao Seed 2.0 Mini',
      version: 'seed-2-0-mini-260215',
      ...seedCommon('seed-2-0-mini-260215'),
      benchmarks: [],
      offerings: byteplusOfferings(
        'seed-2-0-mini',
        'seed-2-0-mini-260215',
        () => notKnown(SEED_PRICE_NOT_RETRIEVED, BYTEPLUS_PRICING),
        () => notKnown(SEED_PRICE_NOT_RETRIEVED, BYTEPLUS_PRICING),
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// OpenAI
// ---------------------------------------------------------------------------------------------------------

const OPENAI_RESIDENCY = 'https://developers.openai.com/api/docs/guides/data-residency';
const OPENAI_GPT52 = 'https://platform.openai.com/docs/models/gpt-5.2';
const OPENAI_GPT5_CODEX = 'https://developers.openai.com/api/docs/models/gpt-5-codex';
const OPENAI_GPT5_NANO = 'https://developers.openai.com/api/docs/models/gpt-5-nano.md';
const LAZZARI_OPENAI = 'https://nicolalazzari.ai/articles/openai-api-pricing-explained-2026';
const VENICE_GPT52 = 'https://docs.venice.ai/it/models/gpt-5-2.md';
const VERCEL_GPT5 = 'https://vercel.com/ai-gateway/models/gpt-5-fast.md';

// Data handling and assurance pages (all read 2026-11-29 from stored copies whose crawl date is unknown).
const OPENAI_YOUR_DATA = 'https://developers.openai.com/api/docs/guides/your-data';
const OPENAI_SECURITY_PRIVACY = 'https://openai.com/security-and-privacy/';
const OPENAI_SUBPROCESSORS = 'https://openai.com/policies/sub-processor-list/';
const CONDUCTATLAS_OPENAI_SCC =
  'https://conductatlas.com/platform/openai/openai-enterprise-privacy/gdpr-data-processing-addendum-and-standard-contractual-clauses/';
const AIPROVIDERTRUST_OPENAI = 'https://aiprovidertrust.com/offerings/openai-api/';
const TRUSTATLAS_OPENAI = 'https://trustatlas.pages.dev/vendors/openai/procurement-pack';

const OPENAI_RESIDENCY_NOTE =
  'Optional project-level data residency for eligible organisations: Customer Content stored at rest in the chosen ' +
  'region for persistent endpoints; regional processing "where supported"; system data may be stored outside the region.';
const OPENAI_UPLIFT_NOTE =
  'Data residency adds 10% for models released on/after 2026-03-05 (official); this model was released earlier, so ' +
  'the base price is stored.';

/** Default global endpoint plus the project-level data-residency regions OpenAI documents. */
const openaiOfferings = (
  modelKey: string,
  modelId: string,
  priceIn: () => Fact<number>,
  priceOut: () => Fact<number>,
): SeedOffering[] => {
  const base: SeedOffering = {
    key: `${modelKey}-openai-api`,
    name: `OpenAI API (default global endpoint) — ${modelId}`,
    mode: 'vendor_api',
    contractingEntityKey: 'openai',
    storageRegions: notKnown(
      'Default global endpoint: at-rest location not stated; data residency is opt-in per project.',
      OPENAI_RESIDENCY,
    ),
    inferenceRegions: notKnown('Default global endpoint: processing location not stated.', OPENAI_RESIDENCY),
    priceInputPer1M: priceIn(),
    priceOutputPer1M: priceOut(),
    currency: 'USD',
    priceAsOf: PRICE_AS_OF,
  };
  const regional = (
    [
      ['us', 'US'],
      ['eu', null],
      ['au', 'AU'],
      ['in', 'IN'],
      ['jp', 'JP'],
    ] as const
  ).map(([host, country]): SeedOffering => {
    const pIn = priceIn();
    const pOut = priceOut();
    const withUplift = (f: Fact<number>): Fact<number> =>
      f.source
        ? {
            ...f,
            source: { ...f.source, note: [f.source.note, OPENAI_UPLIFT_NOTE].filter(Boolean).join(' ') },
          }
        : f;
    return {
      key: `${modelKey}-openai-api-${host}`,
      name: `OpenAI API with ${host.toUpperCase()} data residency (${host}.api.openai.com) — ${modelId}`,
      mode: 'vendor_api',
      contractingEntityKey: 'openai',
      storageRegions:
        country === null
          ? notKnown(
              `EU data-residency region: the member states used are not listed. ${OPENAI_RESIDENCY_NOTE}`,
              OPENAI_RESIDENCY,
            )
          : official([country], OPENAI_RESIDENCY, { note: OPENAI_RESIDENCY_NOTE }),
      inferenceRegions: notKnown(
        'Regional processing "where supported"; per-model support is not in the sources.',
        OPENAI_RESIDENCY,
      ),
      priceInputPer1M: withUplift(pIn),
      priceOutputPer1M: withUplift(pOut),
      currency: 'USD',
      priceAsOf: PRICE_AS_OF,
      endpoint: `https://${host}.api.openai.com`,
    };
  });
  return [base, ...regional];
};

const OPENAI: SeedVendor = {
  key: 'openai',
  name: 'OpenAI',
  aliases: ['ChatGPT', 'GPT'],
  officialDomains: ['openai.com', 'platform.openai.com', 'developers.openai.com'],
  hqCountry: 'US', // §6: "OpenAI (US)".
  certifications: [
    {
      name: 'SOC 2 Type 2',
      scope:
        'API, ChatGPT Enterprise, ChatGPT Team and ChatGPT Edu (Security and Confidentiality principles).',
      status: 'official',
      source: src(OPENAI_SECURITY_PRIVACY, {
        quote:
          'Our API, ChatGPT Enterprise, ChatGPT Team, and ChatGPT Edu products are covered in our SOC 2 Type 2 report',
        note: `${STORED_COPY_NOTE} The report itself is gated behind the trust portal (trust.openai.com).`,
      }),
    },
    {
      name: 'CSA STAR Level 1',
      scope: 'ChatGPT business products and the API.',
      status: 'official',
      source: src(OPENAI_SECURITY_PRIVACY, {
        quote:
          'ChatGPT business products and the API have been evaluated by the Cloud Security Alliance Security Trust Assurance and Risk (STAR) registry',
        note: STORED_COPY_NOTE,
      }),
    },
    {
      name: 'ISO/IEC 27001:2022',
      scope: 'API Platform (also listed: ISO/IEC 27017, 27018, 27701).',
      // Read on a third-party registry that cites trust.openai.com; the trust portal itself was not retrieved.
      status: 'secondary',
      source: src(AIPROVIDERTRUST_OPENAI, {
        quote: 'ISO/IEC 27001:2022 is publicly listed on the trust portal as covering the API Platform',
        note: 'AI Provider Trust Registry, "verified 2026-07-05"; trust.openai.com itself not retrieved.',
      }),
    },
    {
      name: 'ISO/IEC 42001:2023',
      scope: 'API Platform (per the registry).',
      status: 'secondary',
      source: src(AIPROVIDERTRUST_OPENAI, {
        quote: 'ISO/IEC 42001:2023 (AI management system) is publicly listed on the trust portal',
        note:
          `AI Provider Trust Registry, "verified 2026-07-05". CONFLICT: ${TRUSTATLAS_OPENAI} [secondary] lists ISO 42001 as ` +
          '"No / not disclosed". trust.openai.com itself not retrieved.',
      }),
    },
  ],
  // Vendor-level values describe the API platform (the offerings seeded here are all API offerings).
  dataHandling: {
    trainsOnCustomerData: official(false, OPENAI_YOUR_DATA, {
      quote:
        'As of March 1, 2023, data sent to the OpenAI API is not used to train or improve OpenAI models (unless you explicitly opt in to share data with us).',
      note: STORED_COPY_NOTE,
    }),
    retentionDays: official(30, OPENAI_YOUR_DATA, {
      quote:
        'By default, abuse monitoring logs are generated for all API feature usage and retained for up to 30 days',
      note:
        'Upper bound for abuse-monitoring logs ("unless longer retention is required by law, or is reasonably necessary to ' +
        'protect our services or any third party from harm"). Application state of some endpoints (e.g. stored ' +
        `responses, files, vector stores) is kept separately. ${STORED_COPY_NOTE}`,
    }),
    zeroDataRetentionAvailable: official(true, OPENAI_YOUR_DATA, {
      quote:
        'Eligible customers may have their customer content excluded from these abuse monitoring logs … by getting approved for the Zero Data Retention or Modified Abuse Monitoring controls.',
      note:
        'Subject to prior approval by OpenAI and additional requirements (contact sales); some endpoints are not ZDR-eligible ' +
        `and OpenAI may exclude specific models from ZDR with written notice. ${STORED_COPY_NOTE}`,
    }),
    dpaAvailable: official(true, OPENAI_SECURITY_PRIVACY, {
      quote:
        'OpenAI supports our customers’ compliance with privacy laws, including the GDPR and CCPA, and offers a Data Processing Addendum for customers.',
      note:
        `${STORED_COPY_NOTE} ${AI_VENDORS_SNAPSHOT} [secondary] reports the DPA (openai.com/policies/data-processing-addendum/, ` +
        'effective 2026-01-01) is incorporated by reference into the Business Terms; the DPA text itself was not retrieved.',
    }),
    sccsOffered: secondary(true, CONDUCTATLAS_OPENAI_SCC, {
      quote:
        'We offer a Data Processing Addendum (DPA) that incorporates Standard Contractual Clauses (SCCs) for customers who require it for GDPR compliance.',
      note:
        "ConductAtlas quoting OpenAI's Enterprise Privacy page; the official page and the DPA text were not retrieved, and " +
        'the SCC module is not stated.',
    }),
    subProcessorsPublished: official(true, OPENAI_SUBPROCESSORS, {
      quote:
        'OpenAI engages the following entities to provide processing activities for Customer Data (as defined in the OpenAI Data Processing Agreement).',
      note: 'Stored copy is dated 2025-04-30 and may be outdated (it lists e.g. Microsoft, Snowflake, TaskUs, Cloudflare for the API).',
    }),
  },
  designations: [],
  publicBans: [],
  allegations: [],
  gpaiCodeSignatory: secondary(true, GPAI_SIGNATORIES, {
    note: `${GPAI_NOTE_SIGNED} market-and-regulation §6 also lists OpenAI as a signatory (all chapters).`,
  }),
  entities: [
    {
      key: 'openai',
      name: 'OpenAI',
      country: 'US',
      roles: ['contracting'],
      owners: [],
      status: 'secondary',
      source: src(OPENAI_RESIDENCY, {
        note:
          'Contracting entity per market-and-regulation §6: "OpenAI (US); EU entity for EEA". Legal names are not ' +
          'given; the EEA entity is not seeded because its name and country are not in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'gpt-5-2',
      name: 'GPT-5.2',
      version: 'gpt-5.2',
      releaseDate: secondary('2025-12-13', VENICE_GPT52, {
        note: 'December 2025; one provider lists 2025-12-13.',
      }),
      openWeights: notKnown(
        'Reference: "no open weights; parameters not disclosed" (row marked unknown).',
        OPENAI_GPT52,
      ),
      license: notKnown('Hosted API; terms not in the sources.'),
      paramsTotalB: notKnown('Not disclosed.', OPENAI_GPT52),
      paramsActiveB: notKnown('Not disclosed.', OPENAI_GPT52),
      contextWindow: official(400000, OPENAI_GPT52, {
        note: 'Max output 128,000; knowledge cutoff 2025-08-31. One provider lists 256K (its own limit).',
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [],
      offerings: openaiOfferings(
        'gpt-5-2',
        'gpt-5.2',
        () => secondary(1.75, LAZZARI_OPENAI, { note: 'Cached input $0.175.' }),
        () => secondary(14.0, LAZZARI_OPENAI),
      ),
    },
    {
      key: 'gpt-5',
      name: 'GPT-5',
      version: 'gpt-5',
      releaseDate: secondary('2025-08-07', OPENAI_GPT5_NANO, {
        note: 'August 2025: GPT-5 family snapshots are dated 2025-08-07 (e.g. gpt-5-nano-2025-08-07).',
      }),
      openWeights: notKnown(NOT_IN_SOURCES),
      license: notKnown('Hosted API; terms not in the sources.'),
      paramsTotalB: notKnown('Not disclosed.'),
      paramsActiveB: notKnown('Not disclosed.'),
      contextWindow: secondary(400000, VERCEL_GPT5, {
        note: 'Max output 128K. The official page gives these limits for GPT-5-Codex; third parties give the same for GPT-5.',
      }),
      modalities: ['text'],
      trainingHardware: notKnown(NOT_IN_SOURCES),
      benchmarks: [],
      offerings: openaiOfferings(
        'gpt-5',
        'gpt-5',
        () =>
          official(1.25, OPENAI_GPT5_CODEX, {
            note: "GPT-5 row of the quick-comparison table on OpenAI's GPT-5-Codex model page.",
          }),
        () => secondary(10.0, VERCEL_GPT5, { note: 'Cached input $0.125.' }),
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Anthropic
// ---------------------------------------------------------------------------------------------------------

const CLAUDE_OPUS46 = 'https://platform.claude.com/docs/en/models/opus-4-6/overview';
const CLAUDE_SONNET46 = 'https://platform.claude.com/docs/zh-CN/models/sonnet-4-6/overview.md';
/** The Opus 5 overview page also carries the Haiku 4.5 row read by the reference. */
const CLAUDE_OPUS5_OVERVIEW = 'https://platform.claude.com/docs/en/models/opus-5/overview';
const CLAUDE_OPUS5_NEW = 'https://platform.claude.com/docs/about-claude/models/whats-new-opus-5';
const CLAUDE_RESIDENCY = 'https://platform.claude.com/docs/en/build-with-claude/data-residency';
const AWS_CLAUDE_RESIDENCY =
  'https://docs.aws.amazon.com/claude-platform/latest/userguide/data-residency.html';
const ARTKA_CLAUDE = 'https://artka.dev/en/courses/claude-code-guide/11-models-and-pricing';

/** Admin API reference: the only `workspace_geo` value is "us" (workspace geo sets where data rests). */
const CLAUDE_WORKSPACES_API = 'https://platform.claude.com/docs/zh-CN/api/organization/workspaces';
const ANTHROPIC_RETENTION =
  'https://privacy.anthropic.com/en/articles/7996866-how-long-do-you-store-personal-data';
const ANTHROPIC_TRAINING =
  'https://privacy.anthropic.com/en/articles/7996868-is-my-data-used-for-model-training';
const ANTHROPIC_ZDR =
  'https://privacy.anthropic.com/en/articles/8956058-i-have-a-zero-data-retention-agreement-with-anthropic-what-products-does-it-apply-to';
const COMPANYSCOPE_ANTHROPIC = 'https://companyscope.io/vendors/anthropic';
const GETCLAUSE_ANTHROPIC = 'https://www.getclauseapp.com/third-party-services/anthropic';
const OXEBRIDGE_ANTHROPIC_42001 =
  'https://www.oxebridge.com/emma/despite-being-sued-for-copyright-infringement-anthropic-obtains-iso-42001-certification/';
const EFROS_ANTHROPIC = 'https://efros.com/research/us-ai-vendor-governance-index/anthropic-claude/';
const CODING_CLOUD_ANTHROPIC_DPA = 'https://www.coding-cloud.com/assets/ai-services-agreement.html';
// Cloud-platform pages (official for AWS / Google, therefore secondary for Anthropic).
const AWS_BEDROCK_RETENTION = 'https://docs.aws.amazon.com/bedrock/latest/userguide/data-retention.html';
const AWS_GDPR_DPA =
  'https://docs.aws.amazon.com/whitepapers/latest/navigating-gdpr-compliance/aws-data-processing-addendum-dpa.html';

const CLAUDE_NO_WEIGHTS = 'Reference: "no open weights; parameters not disclosed" (row marked unknown).';
/** Claude API (first party): workspace geo sets at-rest storage and "us" is the only value the Admin API accepts. */
const claudeApiStorage = (): Fact<string[]> =>
  official(['US'], CLAUDE_WORKSPACES_API, {
    quote: 'workspace_geo: "us" — Geographic region for workspace data storage. Immutable after creation.',
    note:
      `Workspace geo "controls where data is stored at rest" (${CLAUDE_RESIDENCY}). ${AI_VENDORS_SNAPSHOT} [secondary] ` +
      'also reports "data is stored in the US" for the direct Anthropic API.',
  });

/**
 * "Covered models" caveat: Anthropic retains prompts/outputs of covered (Mythos-class) models for 30 days regardless
 * of ZDR, also on Bedrock / Vertex. Which models are covered is not stated for the seeded ones; AWS says nothing
 * changed for Claude models released before Claude Fable 5.
 */
const COVERED_MODELS_NOTE =
  `Caveat (${AI_VENDORS_SNAPSHOT} [secondary]): prompts and outputs of Anthropic "Covered Models" are retained 30 days ` +
  `regardless of a ZDR agreement, including via Bedrock and Vertex; AWS (${AWS_BEDROCK_RETENTION}) says there is no ` +
  'retention change for Claude models released before Claude Fable 5. Whether a seeded model is "covered" is not stated.';

/**
 * Claude on a cloud marketplace: the cloud provider is the data processor (Anthropic's API-and-data-retention page),
 * so its terms replace Anthropic's. Facts read on AWS / Google pages are secondary for Anthropic. NOTE: an offering fact
 * left unknown falls back to Anthropic's vendor-level value in the evaluation, so the gaps are named in the notes.
 */
const bedrockClaudeDataHandling = (): DataHandling => ({
  trainsOnCustomerData: secondary(false, AI_VENDORS_SNAPSHOT, {
    quote: 'AWS Bedrock | No',
    note: `${SNAPSHOT_NOTE} Row "Training on inputs, default", citing aws.amazon.com/bedrock/faqs/ (not retrieved here).`,
  }),
  retentionDays: notKnown(
    'Bedrock data_retention_mode "default" applies "the data retention policy of the model"; no day count is given for ' +
      `the seeded Claude models (the evaluation falls back to Anthropic's first-party value). ${COVERED_MODELS_NOTE}`,
    AWS_BEDROCK_RETENTION,
  ),
  zeroDataRetentionAvailable: secondary(true, AWS_BEDROCK_RETENTION, {
    quote:
      'Zero data retention. No request or response data is written to durable storage by AWS or shared with the model provider.',
    note: `Self-serve data_retention_mode "none", set per Region at account or project level. ${COVERED_MODELS_NOTE}`,
  }),
  dpaAvailable: secondary(true, AWS_GDPR_DPA, {
    quote:
      'The AWS GDPR DPA is incorporated into the AWS Service Terms and applies automatically to all customers globally who require it',
    note: 'AWS whitepaper (official for AWS, secondary for Anthropic).',
  }),
  sccsOffered: secondary(true, AWS_GDPR_DPA, {
    quote: 'AWS customers can rely on the SCCs included in the AWS Data Processing Addendum (DPA)',
  }),
  subProcessorsPublished: notKnown(
    "AWS sub-processor list not retrieved (the evaluation falls back to Anthropic's first-party value).",
  ),
});

const vertexClaudeDataHandling = (): DataHandling =>
  vertexPlatformDataHandling('secondary', VERTEX_ZDR_MAAS, {
    retentionNote:
      'Google retains MaaS customer data "for limited periods" in listed scenarios; no single day count for partner ' +
      `models was read (the evaluation falls back to Anthropic's first-party value). ${COVERED_MODELS_NOTE}`,
    zdrNote: COVERED_MODELS_NOTE,
  });

const claudeOfferings = (
  modelKey: string,
  modelId: string,
  priceIn: () => Fact<number>,
  priceOut: () => Fact<number>,
  inferenceGeoUs: boolean,
  /** Extra provenance for the US-geo offering (e.g. where the model's inference_geo support is stated). */
  geoNote?: string,
): SeedOffering[] => {
  const offerings: SeedOffering[] = [
    {
      key: `${modelKey}-claude-api`,
      name: `Claude API (inference_geo "global", default) — ${modelId}`,
      mode: 'vendor_api',
      contractingEntityKey: 'anthropic-pbc',
      storageRegions: claudeApiStorage(),
      inferenceRegions: notKnown(
        'inference_geo "global" (the default) may run in any geography.',
        CLAUDE_RESIDENCY,
      ),
      priceInputPer1M: priceIn(),
      priceOutputPer1M: priceOut(),
      currency: 'USD',
      priceAsOf: PRICE_AS_OF,
    },
  ];
  if (inferenceGeoUs) {
    offerings.push({
      key: `${modelKey}-claude-api-us`,
      name: `Claude API (inference_geo "us") — ${modelId}`,
      mode: 'vendor_api',
      contractingEntityKey: 'anthropic-pbc',
      storageRegions: claudeApiStorage(),
      inferenceRegions: official(['US'], CLAUDE_RESIDENCY, {
        quote: 'The inference_geo parameter is supported on Claude Opus 4.6 and all subsequent models.',
        note:
          'inference_geo "us": "Inference runs only in US-based infrastructure."' +
          (geoNote ? ` ${geoNote}` : ''),
      }),
      priceInputPer1M: notKnown(
        `A 1.1x US-geo multiplier is documented for Claude Platform on AWS (${AWS_CLAUDE_RESIDENCY}); whether and how ` +
          'it applies on the first-party API is not stated in the sources.',
        CLAUDE_RESIDENCY,
      ),
      priceOutputPer1M: notKnown('See input price.', CLAUDE_RESIDENCY),
      currency: 'USD',
    });
  }
  for (const [suffix, host] of [
    ['bedrock', 'Amazon Bedrock'],
    ['vertex', 'Google Cloud Vertex AI'],
  ] as const) {
    offerings.push({
      key: `${modelKey}-${suffix}`,
      name: `${modelId} on ${host}`,
      mode: 'cloud_marketplace',
      host,
      // The customer contracts with the cloud provider, not with an Anthropic entity.
      contractingEntityKey: null,
      storageRegions: notKnown(
        `Region is set by the ${host} endpoint the customer selects (market-and-regulation §6); availability of this ` +
          'model per region is not in the sources.',
        CLAUDE_RESIDENCY,
      ),
      inferenceRegions: notKnown(
        `Region is set by the ${host} endpoint the customer selects.`,
        CLAUDE_RESIDENCY,
      ),
      priceInputPer1M: notKnown(`${host} price not in the sources.`),
      priceOutputPer1M: notKnown(`${host} price not in the sources.`),
      currency: 'USD',
      // Anthropic's docs: on Amazon Bedrock and Google-managed Vertex "the cloud provider is the data processor".
      dataHandling: suffix === 'bedrock' ? bedrockClaudeDataHandling() : vertexClaudeDataHandling(),
    });
  }
  return offerings;
};

/** Facts shared by all Claude models (fresh objects per model). */
const claudeCommon = (pageUrl: string) => ({
  openWeights: notKnown<boolean>(CLAUDE_NO_WEIGHTS, pageUrl),
  license: notKnown<string>('Hosted API; terms not in the sources.'),
  paramsTotalB: notKnown<number>('Not disclosed.', pageUrl),
  paramsActiveB: notKnown<number>('Not disclosed.', pageUrl),
  modalities: ['text'],
  trainingHardware: notKnown<string>(NOT_IN_SOURCES),
});

const ANTHROPIC: SeedVendor = {
  key: 'anthropic',
  name: 'Anthropic',
  aliases: ['Claude', 'Anthropic PBC'],
  officialDomains: ['anthropic.com', 'www.anthropic.com', 'platform.claude.com', 'docs.anthropic.com'],
  // Not stated in the reference pack; Anthropic PBC is a US public-benefit corporation (type requires a country).
  hqCountry: 'US',
  // No Anthropic-domain certification page was retrieved (trust.anthropic.com not in the stored copies): all secondary.
  certifications: [
    {
      name: 'SOC 2 Type II',
      scope:
        'Not stated by the source beyond "Compliance certifications" for Anthropic (Claude API / commercial products).',
      status: 'secondary',
      source: src(GETCLAUSE_ANTHROPIC, {
        quote:
          'Compliance certifications include SOC 2 Type II, ISO 27001/42001, FedRAMP High, and HIPAA eligibility with BAA.',
        note: 'Third-party summary; trust.anthropic.com not retrieved.',
      }),
    },
    {
      name: 'ISO/IEC 27001',
      scope: 'Not stated by the source.',
      status: 'secondary',
      source: src(GETCLAUSE_ANTHROPIC, {
        quote: 'Compliance certifications include SOC 2 Type II, ISO 27001/42001',
        note: 'Third-party summary; trust.anthropic.com not retrieved.',
      }),
    },
    {
      name: 'ISO/IEC 42001',
      scope: 'AI management system (scope not stated).',
      status: 'secondary',
      source: src(OXEBRIDGE_ANTHROPIC_42001, {
        quote: 'We’re proud to be one of the first frontier AI labs to achieve this certification',
        note:
          'Oxebridge quoting an Anthropic press release; certificate issued by Schellman Compliance, LLC (ANAB-accredited). ' +
          `Undated in the stored copy. CONFLICT: ${EFROS_ANTHROPIC} [secondary] says "No ISO/IEC 42001 attestation as of May 2026".`,
      }),
    },
  ],
  // Vendor-level values describe the first-party Claude API (commercial terms). The Bedrock / Vertex offerings carry
  // the cloud provider's terms.
  dataHandling: {
    trainsOnCustomerData: official(false, ANTHROPIC_TRAINING, {
      quote:
        'By default, we will not use your inputs or outputs from our commercial products (e.g. Claude for Work, Anthropic API, Claude Gov, etc.) to train our models.',
      note: `Unless the customer explicitly reports feedback or bugs or opts in. ${STORED_COPY_NOTE}`,
    }),
    retentionDays: official(30, ANTHROPIC_RETENTION, {
      quote:
        'For Anthropic API users, we automatically delete inputs and outputs on our backend within 30 days of receipt or generation',
      note:
        'Upper bound; longer for Usage Policy enforcement (flagged inputs/outputs up to 2 years, classification scores up to 7 ' +
        `years) or legal holds. ${STORED_COPY_NOTE} CONFLICT: ${COMPANYSCOPE_ANTHROPIC} and ${GETCLAUSE_ANTHROPIC} ` +
        '[secondary] report API log retention dropped to 7 days on 2025-09-14; the official page read here says 30.',
    }),
    zeroDataRetentionAvailable: official(true, ANTHROPIC_ZDR, {
      quote:
        'Some enterprise API customers, subject to Anthropic approval, may have arrangements under which Anthropic does not store their inputs or outputs except where needed to comply with law or combat misuse.',
      note:
        'Applies to the Anthropic API only (not beta products, Console Workbench, Claude for Work); User Safety classifier ' +
        `results are still retained. ${COVERED_MODELS_NOTE} ${STORED_COPY_NOTE}`,
    }),
    dpaAvailable: official(true, ANTHROPIC_RETENTION, {
      quote:
        'For more information about our privacy practices, please see our Trust Center and Data Processing Addendum.',
      note:
        `${AI_VENDORS_SNAPSHOT} [secondary] reports the DPA is auto-incorporated into the Commercial Terms; the DPA text ` +
        'itself was not retrieved.',
    }),
    sccsOffered: secondary(true, AI_VENDORS_SNAPSHOT, {
      quote: 'SCC Modules 2 and 3 by reference, Irish governing law, UK and Swiss addenda',
      note: `${SNAPSHOT_NOTE} Also reported by ${CODING_CLOUD_ANTHROPIC_DPA} [secondary]. The DPA text itself was not retrieved.`,
    }),
    subProcessorsPublished: secondary(true, AI_VENDORS_SNAPSHOT, {
      quote: 'Google Cloud, AWS and Microsoft Azure, all listed "worldwide"',
      note: `${SNAPSHOT_NOTE} Cites trust.anthropic.com/subprocessors (not retrieved here).`,
    }),
  },
  designations: [],
  publicBans: [],
  // Anthropic is the accuser in the Feb 2026 distillation post; the allegation is stored on the accused vendors.
  allegations: [],
  gpaiCodeSignatory: secondary(true, GPAI_SIGNATORIES, { note: GPAI_NOTE_SIGNED }),
  entities: [
    {
      key: 'anthropic-pbc',
      name: 'Anthropic PBC',
      // Country not stated in the sources (see hqCountry).
      country: 'US',
      roles: ['contracting'],
      owners: [],
      status: 'secondary',
      source: src(CLAUDE_RESIDENCY, {
        note: 'Contracting entity per market-and-regulation §6. Country not stated in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'claude-opus-4-6',
      name: 'Claude Opus 4.6',
      version: 'claude-opus-4-6',
      releaseDate: official('2026-02-05', CLAUDE_OPUS46, { note: 'Now a Legacy model.' }),
      ...claudeCommon(CLAUDE_OPUS46),
      contextWindow: official(1000000, CLAUDE_OPUS46, { note: 'Stated as "1M"; max output 128K.' }),
      benchmarks: [
        bench(
          'SWE-Bench Verified',
          '80.8%',
          'secondary',
          DEVTO_MINIMAX_M25,
          'Comparison figure in a MiniMax M2.5 article.',
        ),
        bench(
          'SWE-bench Verified (Droid scaffold)',
          '78.9',
          'secondary',
          MINIMAX_M25_README,
          "Run by MiniMax for its M2.5 comparison (MiniMax's page, third party for Anthropic).",
        ),
        bench(
          'SWE-bench Verified (OpenCode scaffold)',
          '75.9',
          'secondary',
          MINIMAX_M25_README,
          "Run by MiniMax for its M2.5 comparison (MiniMax's page, third party for Anthropic).",
        ),
      ],
      offerings: claudeOfferings(
        'claude-opus-4-6',
        'claude-opus-4-6',
        () =>
          official(5, CLAUDE_OPUS46, {
            note: `Cache read $0.50; 5-min cache write $6.25; 1-h write $10 (${ARTKA_CLAUDE} [secondary]).`,
          }),
        () => official(25, CLAUDE_OPUS46),
        true,
      ),
    },
    {
      key: 'claude-sonnet-4-6',
      name: 'Claude Sonnet 4.6',
      version: 'claude-sonnet-4-6',
      releaseDate: official('2026-02-17', CLAUDE_SONNET46, { note: 'Now a Legacy model.' }),
      ...claudeCommon(CLAUDE_OPUS46),
      contextWindow: official(1000000, CLAUDE_SONNET46, {
        note: 'Stated as "1M"; max output 128K (some providers list 64K).',
      }),
      benchmarks: [],
      // inference_geo "us" is documented for "Claude Opus 4.6 and all subsequent models"; Sonnet 4.6 (released after
      // Opus 4.6) is also named explicitly by AWS's Claude Platform docs, so the US-geo offering is seeded.
      offerings: claudeOfferings(
        'claude-sonnet-4-6',
        'claude-sonnet-4-6',
        () => official(3, CLAUDE_SONNET46),
        () => official(15, CLAUDE_SONNET46),
        true,
        `Sonnet 4.6 is named explicitly in ${AWS_CLAUDE_RESIDENCY} [secondary]: "The inference_geo parameter is supported ` +
          'on Claude Opus 4.6, Claude Sonnet 4.6, and later models."',
      ),
    },
    {
      key: 'claude-haiku-4-5',
      name: 'Claude Haiku 4.5',
      version: 'claude-haiku-4-5-20251001',
      releaseDate: notKnown('Release date not given in the sources.'),
      ...claudeCommon(CLAUDE_OPUS46),
      contextWindow: official(200000, CLAUDE_OPUS5_OVERVIEW, {
        note: 'Stated as "200K"; max output 64K; knowledge cutoff Feb 2025.',
      }),
      benchmarks: [],
      offerings: claudeOfferings(
        'claude-haiku-4-5',
        'claude-haiku-4-5',
        () => official(1, CLAUDE_OPUS5_OVERVIEW, { note: `Cache read $0.10 (${ARTKA_CLAUDE} [secondary]).` }),
        () => official(5, CLAUDE_OPUS5_OVERVIEW),
        false,
      ),
    },
    {
      key: 'claude-opus-5',
      name: 'Claude Opus 5',
      version: 'claude-opus-5',
      releaseDate: official('2026-07-24', CLAUDE_OPUS5_NEW),
      ...claudeCommon(CLAUDE_OPUS46),
      contextWindow: official(1000000, CLAUDE_OPUS5_NEW, { note: 'Stated as "1M"; max output 128K.' }),
      benchmarks: [],
      offerings: claudeOfferings(
        'claude-opus-5',
        'claude-opus-5',
        () =>
          official(5, CLAUDE_OPUS5_NEW, {
            note: 'Newer models on the same page: Opus 5.5 $4/$20, Sonnet 5.5 $2/$10, Haiku 5.5 from $0.10/$0.50 (not seeded).',
          }),
        () => official(25, CLAUDE_OPUS5_NEW),
        true,
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Google (Gemini Developer API and Vertex AI)
// ---------------------------------------------------------------------------------------------------------

const GEMINI3PRO_MODEL = 'https://ai.google.dev/gemini-api/docs/models/gemini-3-pro-preview?hl=zh-cn';
const GEMINI3PRO_MODEL_EN = 'https://ai.google.dev/gemini-api/docs/models/gemini-3-pro-preview';
const GEMINI31PRO_MODEL = 'https://ai.google.dev/gemini-api/docs/models/gemini-3.1-pro-preview.md.txt';
const AIFREEAPI_GEMINI = 'https://www.aifreeapi.com/en/posts/gemini-3-api-pricing-quota';
const GEOTOOLBOX_GEMINI = 'https://geotoolbox.ai/blog/gemini-api-pricing';
const FIREBASE_LOCATIONS = 'https://firebase.google.com/docs/ai-logic/locations';
const VERTEX_LOCATIONS = 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations';
const GEMINI_ZDR = 'https://ai.google.dev/gemini-api/docs/zdr';
const GEMINI_ENTERPRISE_LOCATIONS = 'https://docs.cloud.google.com/gemini/enterprise/docs/locations';
const GEMINI_ZDR_MD = 'https://ai.google.dev/gemini-api/docs/zdr.md.txt';
const GEMINI_USAGE_POLICIES = 'https://ai.google.dev/gemini-api/docs/usage-policies';
const AIPROVIDERTRUST_GEMINI_VERTEX = 'https://aiprovidertrust.com/offerings/gemini-vertex/';

const GEMINI_NO_WEIGHTS = 'Reference: "no open weights; parameters not disclosed" (row marked unknown).';
const VERTEX_AVAILABILITY_NOTE =
  'Availability of this model per Vertex location is not confirmed in the sources.';

/** Gemini Developer API data use (paid tier) — overrides the unknown vendor-level data handling. */
const geminiApiDataHandling = (): DataHandling => ({
  trainsOnCustomerData: official(false, GEMINI_ZDR, {
    note: 'Paid services: prompts/responses not used to improve products. Free tier: content IS used to improve products.',
  }),
  retentionDays: official(55, GEMINI_USAGE_POLICIES, {
    quote: 'To help with abuse monitoring, Google retains the following data for fifty-five (55) days',
    note:
      'Prompts, contextual information and outputs; the policy page covers "Gemini API and AI Studio usage". The ZDR page ' +
      `(${GEMINI_ZDR}) only says "for a limited period of time"; Grounding with Google Search / Maps stores ` +
      `prompts and outputs for 30 days. ${STORED_COPY_NOTE}`,
  }),
  zeroDataRetentionAvailable: official(true, GEMINI_ZDR, {
    quote:
      'When your request for ZDR for a particular project is approved, all user content (prompts and responses) and identifiable metadata … are cleared prior to logging.',
    note:
      `Approval-gated per project. CONFLICT: another stored copy of the same page (${GEMINI_ZDR_MD}) instead says "If your ` +
      'workload requires guaranteed zero data retention or enterprise data processing agreements, use Vertex AI." ' +
      `Which version is newer is unknown. ${STORED_COPY_NOTE}`,
  }),
  dpaAvailable: notKnown(
    `No DPA for the Gemini Developer API was found; one copy of the ZDR page (${GEMINI_ZDR_MD}) points to Vertex AI for ` +
      '"enterprise data processing agreements".',
    GEMINI_ZDR_MD,
  ),
});

/** Gemini on Vertex AI: Google Cloud terms (official for Google). */
const geminiVertexDataHandling = (): DataHandling =>
  vertexPlatformDataHandling('official', VERTEX_ZDR, {
    retentionNote:
      'Google retains customer data "for limited periods of time" in listed scenarios (abuse-monitoring prompt logging, ' +
      'caching, grounding); no single day count was read on an official page.',
  });

const geminiOfferings = (
  modelKey: string,
  modelId: string,
  priceIn: () => Fact<number>,
  priceOut: () => Fact<number>,
): SeedOffering[] => {
  const pIn = priceIn();
  const pOut = priceOut();
  const vertexPrice = () => notKnown<number>('Vertex AI price not in the sources.');
  return [
    {
      key: `${modelKey}-gemini-api`,
      name: `Gemini Developer API (paid tier) — ${modelId}`,
      mode: 'vendor_api',
      contractingEntityKey: 'google',
      storageRegions: notKnown(
        'Requests are served from a global pool with no location selection (use Vertex AI for residency).',
        FIREBASE_LOCATIONS,
      ),
      inferenceRegions: notKnown(
        'Requests are served from a global pool with no location selection (use Vertex AI for residency).',
        FIREBASE_LOCATIONS,
      ),
      priceInputPer1M: pIn,
      priceOutputPer1M: pOut,
      currency: 'USD',
      ...(pIn.value !== null || pOut.value !== null ? { priceAsOf: PRICE_AS_OF } : {}),
      dataHandling: geminiApiDataHandling(),
    },
    {
      key: `${modelKey}-vertex-us`,
      name: `Vertex AI (US multi-region) — ${modelId}`,
      mode: 'vendor_api',
      host: 'Google Cloud Vertex AI',
      contractingEntityKey: 'google',
      storageRegions: official(['US'], VERTEX_LOCATIONS, {
        note: `Data at rest stored only in the selected region or multi-region. ${VERTEX_AVAILABILITY_NOTE}`,
      }),
      inferenceRegions: official(['US'], VERTEX_LOCATIONS, {
        note: `ML-processing residency commitment exists only for US and EU locations. ${VERTEX_AVAILABILITY_NOTE}`,
      }),
      priceInputPer1M: vertexPrice(),
      priceOutputPer1M: vertexPrice(),
      currency: 'USD',
      dataHandling: geminiVertexDataHandling(),
    },
    {
      key: `${modelKey}-vertex-eu`,
      name: `Vertex AI (EU multi-region) — ${modelId}`,
      mode: 'vendor_api',
      host: 'Google Cloud Vertex AI',
      contractingEntityKey: 'google',
      storageRegions: notKnown(
        'EU multi-region: data at rest stays in the EU multi-region, but the member states are not listed. ' +
          VERTEX_AVAILABILITY_NOTE,
        VERTEX_LOCATIONS,
      ),
      inferenceRegions: notKnown(
        'EU multi-region: ML-processing residency commitment for EU locations, member states not listed. ' +
          VERTEX_AVAILABILITY_NOTE,
        VERTEX_LOCATIONS,
      ),
      priceInputPer1M: vertexPrice(),
      priceOutputPer1M: vertexPrice(),
      currency: 'USD',
      dataHandling: geminiVertexDataHandling(),
    },
  ];
};

/** Facts shared by all Gemini models (fresh objects per model). */
const geminiCommon = () => ({
  openWeights: notKnown<boolean>(GEMINI_NO_WEIGHTS, GEMINI3PRO_MODEL_EN),
  license: notKnown<string>('Hosted API; terms not in the sources.'),
  paramsTotalB: notKnown<number>('Not disclosed.', GEMINI3PRO_MODEL_EN),
  paramsActiveB: notKnown<number>('Not disclosed.', GEMINI3PRO_MODEL_EN),
  modalities: ['text'],
  trainingHardware: notKnown<string>(NOT_IN_SOURCES),
  benchmarks: [] as SeedBenchmark[],
});

const GOOGLE: SeedVendor = {
  key: 'google',
  name: 'Google',
  aliases: ['Gemini', 'Vertex AI', 'Google Cloud', 'Google AI Studio'],
  officialDomains: ['ai.google.dev', 'cloud.google.com', 'docs.cloud.google.com', 'firebase.google.com'],
  // Not stated in the reference pack (type requires a country).
  hqCountry: 'US',
  // Read on a third-party registry; scoped to Vertex AI — nothing was found for the Gemini Developer API.
  certifications: (
    [
      ['SOC 2 Type II', '"Vertex AI Platform" and "Generative AI on Vertex AI" listed under SOC 1/2/3'],
      [
        'ISO/IEC 27001',
        '"Vertex AI Platform" and "Generative AI on Vertex AI" are in scope for ISO/IEC 27001',
      ],
      [
        'ISO/IEC 42001:2023',
        'Google Cloud Platform, Google Workspace, and Gemini (App) are certified ISO/IEC 42001:2023',
      ],
    ] as const
  ).map(([name, quote]): Certification => ({
    name,
    scope:
      'Google Cloud — Vertex AI (renamed Gemini Enterprise Agent Platform); not stated for the Gemini Developer API.',
    status: 'secondary',
    source: src(AIPROVIDERTRUST_GEMINI_VERTEX, {
      quote,
      note: 'AI Provider Trust Registry, "verified 2026-07-05", citing Google Cloud compliance pages not retrieved here.',
    }),
  })),
  // Gemini Developer API and Vertex AI have different terms, so data handling is attached to each offering.
  dataHandling: allUnknownDataHandling(
    'Not stated at vendor level: the Gemini Developer API and Vertex AI offerings carry their own data-handling facts.',
  ),
  designations: [],
  publicBans: [],
  allegations: [],
  gpaiCodeSignatory: secondary(true, GPAI_SIGNATORIES, { note: GPAI_NOTE_SIGNED }),
  entities: [
    {
      key: 'google',
      name: 'Google',
      country: 'US',
      roles: ['contracting'],
      owners: [],
      status: 'secondary',
      source: src(GEMINI_ENTERPRISE_LOCATIONS, {
        note:
          'market-and-regulation §6 lists the contracting entity as "Google"; the legal entity name and its country ' +
          'are not given in the sources.',
      }),
    },
  ],
  models: [
    {
      key: 'gemini-3-pro-preview',
      name: 'Gemini 3 Pro (preview)',
      version: 'gemini-3-pro-preview',
      releaseDate: notKnown(
        'Release date not given ("latest update Nov 2025"). Lifecycle: reported shut down 2026-03-09 and replaced by ' +
          `gemini-3.1-pro-preview (${GEMINI31PRO_MODEL} [secondary]).`,
        GEMINI3PRO_MODEL,
      ),
      ...geminiCommon(),
      contextWindow: official(1048576, GEMINI3PRO_MODEL, {
        note: 'Input 1,048,576; output 65,536; knowledge cutoff Jan 2025.',
      }),
      offerings: geminiOfferings(
        'gemini-3-pro-preview',
        'gemini-3-pro-preview',
        () =>
          secondary(2.0, AIFREEAPI_GEMINI, {
            note: '≤200K prompt; $4.00 above 200K. Model reportedly shut down 2026-03-09 [secondary].',
          }),
        () => secondary(12.0, AIFREEAPI_GEMINI, { note: '≤200K prompt; $18.00 above 200K.' }),
      ),
    },
    {
      key: 'gemini-3-1-pro-preview',
      name: 'Gemini 3.1 Pro (preview)',
      version: 'gemini-3.1-pro-preview',
      releaseDate: notKnown('February 2026 (month only) [secondary].', GEMINI31PRO_MODEL),
      ...geminiCommon(),
      contextWindow: secondary(1048576, GEMINI31PRO_MODEL, {
        note: 'Same 1,048,576 input / 65,536 output limits as gemini-3-pro-preview (reference marks this row secondary).',
      }),
      offerings: geminiOfferings(
        'gemini-3-1-pro-preview',
        'gemini-3.1-pro-preview',
        () => notKnown('Price not in the sources.'),
        () => notKnown('Price not in the sources.'),
      ),
    },
    {
      key: 'gemini-3-flash',
      name: 'Gemini 3 Flash',
      version: 'gemini-3-flash',
      releaseDate: notKnown(NOT_IN_SOURCES),
      ...geminiCommon(),
      contextWindow: notKnown(NOT_IN_SOURCES),
      offerings: geminiOfferings(
        'gemini-3-flash',
        'gemini-3-flash',
        () => secondary(0.5, AIFREEAPI_GEMINI, { note: 'A free tier also exists.' }),
        () => secondary(3.0, AIFREEAPI_GEMINI),
      ),
    },
    {
      key: 'gemini-2-5-pro',
      name: 'Gemini 2.5 Pro',
      version: 'gemini-2.5-pro',
      releaseDate: notKnown(NOT_IN_SOURCES),
      ...geminiCommon(),
      contextWindow: notKnown(NOT_IN_SOURCES),
      offerings: geminiOfferings(
        'gemini-2-5-pro',
        'gemini-2.5-pro',
        () => secondary(1.25, GEOTOOLBOX_GEMINI, { note: '≤200K prompt; $2.50 above 200K.' }),
        () => secondary(10.0, GEOTOOLBOX_GEMINI, { note: '≤200K prompt; $15.00 above 200K.' }),
      ),
    },
    {
      key: 'gemini-2-5-flash',
      name: 'Gemini 2.5 Flash',
      version: 'gemini-2.5-flash',
      releaseDate: notKnown(NOT_IN_SOURCES),
      ...geminiCommon(),
      contextWindow: notKnown(NOT_IN_SOURCES),
      offerings: geminiOfferings(
        'gemini-2-5-flash',
        'gemini-2.5-flash',
        () => secondary(0.3, GEOTOOLBOX_GEMINI),
        () => secondary(2.5, GEOTOOLBOX_GEMINI),
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------

export const SEED_VENDORS: SeedVendor[] = [
  MINIMAX,
  BYTEDANCE,
  ALIBABA,
  ZHIPU,
  DEEPSEEK,
  MOONSHOT,
  OPENAI,
  ANTHROPIC,
  GOOGLE,
];
