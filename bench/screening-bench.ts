/**
 * Screening benchmark (issue 4): the name index against a brute-force scan, side by side in one run, over the
 * full 2024 SDN list (14,965 primaries) plus the 2021 alt names.
 *
 *   npx ts-node --transpile-only bench/screening-bench.ts          (or: npm run build && node dist/bench/screening-bench.js)
 *
 * Reports the index build time, per-query median and p99 for "one vendor with 5 names" screened repeatedly
 * and for the labelled query set, recall@10 of the index against brute force, and writes
 * bench/results/screening-<date>.md. Results are written, not asserted: the machine is shared and noisy.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { projectRoot } from '../src/common/paths';
import type { NameMatch, SearchOptions } from '../src/screening/matching/match-types';
import { bruteForceSearch, DEFAULT_MIN_SCORE, NameIndex } from '../src/screening/matching/name-index';
import { LABELLED_PAIRS } from '../src/screening/matching/testing/labelled-pairs';
import { LIST_FILES, listsDir, loadScreeningEntries } from '../src/screening/matching/testing/list-files';

/**
 * One registry vendor (Zhipu AI, src/seed/data/vendors.ts): vendor name, its Beijing entity in Latin and
 * native script, the Singapore contracting entity and a listed subsidiary (press names, 90 FR 4617).
 */
const VENDOR_NAMES = [
  'Zhipu AI',
  'Beijing Zhipu Huazhang Technology Co., Ltd.',
  '北京智谱华章科技有限公司',
  'JINGSHENG HENGXING TECHNOLOGY PTE. LTD.',
  'Hangzhou Zhipu Huazhang Technology',
];
/** SDN-like names that do hit (a misspelling and a re-ordered person's name), so re-ranking work is measured. */
const SDN_LIKE = ['Roshan Money Exchnage', 'Saddam Hussein al-Tikriti'];

const INDEX_ROUNDS = 300;
const SCAN_ROUNDS = 10;

type Search = (q: string, o?: SearchOptions) => NameMatch[];

function collectGarbage(): void {
  // ts-node gives no way to pass --expose-gc; this makes gc() reachable for the memory figure.
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

function ms(ns: bigint): number {
  return Number(ns) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function timeQueries(search: Search, queries: readonly string[], rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      search(q);
      samples.push(ms(process.hrtime.bigint() - t0));
    }
  }
  return samples.sort((a, b) => a - b);
}

function stats(samples: number[]): { n: number; median: number; p99: number; max: number; mean: number } {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: samples.at(-1) ?? 0,
    mean,
  };
}

/** Recall@10 of the index against brute force: shared keys in the top 10 / keys in brute force's top 10. */
function recallAt10(index: NameIndex, queries: readonly string[], minScore: number) {
  let shared = 0;
  let expected = 0;
  let identical = 0;
  for (const q of queries) {
    const fromIndex = index.search(q, { minScore, limit: 10 });
    const fromScan = bruteForceSearch(index, q, { minScore, limit: 10 });
    const keys = new Set(fromIndex.map((m) => m.key));
    shared += fromScan.filter((m) => keys.has(m.key)).length;
    expected += fromScan.length;
    if (JSON.stringify(fromIndex) === JSON.stringify(fromScan)) identical++;
  }
  return {
    minScore,
    recall: expected === 0 ? 1 : shared / expected,
    shared,
    expected,
    identical,
    queries: queries.length,
  };
}

const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg();

  let t0 = process.hrtime.bigint();
  const { entries, stats: listStats } = await loadScreeningEntries({ consolidated: false, native: false });
  const loadMs = ms(process.hrtime.bigint() - t0);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  let index = NameIndex.build(entries);
  for (let i = 0; i < 5; i++) {
    t0 = process.hrtime.bigint();
    index = NameIndex.build(entries);
    builds.push(ms(process.hrtime.bigint() - t0));
  }
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  builds.sort((a, b) => a - b);

  const vendor = [...VENDOR_NAMES, ...SDN_LIKE];
  const labelled = LABELLED_PAIRS.map((p) => p.query);
  const viaIndex: Search = (q, o) => index.search(q, o);
  const viaScan: Search = (q, o) => bruteForceSearch(index, q, o);
  timeQueries(viaIndex, [...vendor, ...labelled], 20); // warm-up: JIT and caches
  timeQueries(viaScan, vendor, 1);

  const rows = [
    ['vendor (7 names)', 'index', stats(timeQueries(viaIndex, vendor, INDEX_ROUNDS))],
    ['vendor (7 names)', 'brute force', stats(timeQueries(viaScan, vendor, SCAN_ROUNDS))],
    ['labelled set (161)', 'index', stats(timeQueries(viaIndex, labelled, 20))],
    ['labelled set (161)', 'brute force', stats(timeQueries(viaScan, labelled, 1))],
  ] as const;

  const recalls = [DEFAULT_MIN_SCORE, 0.7, 0.5, 0.3].map((m) =>
    recallAt10(index, [...vendor, ...labelled], m),
  );
  const hits = vendor.map((q) => {
    const top = index.search(q)[0];
    return `| ${q} | ${top ? `${top.key} ${top.matchedName} (${top.score})` : 'none'} |`;
  });
  const loadAfter = loadavg();
  const size = index.size;

  const cpu = cpus();
  const lines = [
    `# Screening benchmark — ${started.toISOString().slice(0, 10)}`,
    '',
    `Run \`npx ts-node --transpile-only bench/screening-bench.ts\` at ${started.toISOString()}.`,
    '',
    '## Machine',
    `- ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `- Node ${process.version}`,
    `- \`${execSync('uname -a').toString().trim()}\``,
    `- load average at start ${loadBefore.map(f2).join(' / ')}, at end ${loadAfter.map(f2).join(' / ')} ` +
      '(shared machine: other sessions were compiling and testing; compare ratios, not absolutes)',
    '',
    '## Data',
    `- ${listsDir()}/${LIST_FILES.sdn2024}: ${listStats.primaries} primaries; ${LIST_FILES.alt2021}: ` +
      `${listStats.alts} alt names attached, ${listStats.altsWithoutEntry} dropped (entity not on the 2024 list)`,
    `- index: ${size.entries} entries, ${size.names} distinct names after normalisation, ${size.tokens} distinct tokens`,
    `- CSV streaming + parsing: ${loadMs.toFixed(0)} ms`,
    '',
    '## Index build (5 builds after one warm-up)',
    `- median ${builds[2].toFixed(0)} ms (min ${builds[0].toFixed(0)}, max ${builds[4].toFixed(0)})`,
    `- retained heap ≈ ${heapMb.toFixed(1)} MiB (one index, after GC)`,
    '',
    '## Latency per query (ms)',
    `The vendor round is the 5 names of one registry vendor (${VENDOR_NAMES.join('; ')}) plus 2 SDN-like ` +
      `names (${SDN_LIKE.join('; ')}), searched with the default threshold ${DEFAULT_MIN_SCORE}, limit 10; ` +
      `index ${INDEX_ROUNDS} rounds, brute force ${SCAN_ROUNDS} rounds. The labelled set is the 161 queries of ` +
      'src/screening/matching/testing/labelled-pairs.ts (index 20 rounds, brute force 1).',
    '',
    '| workload | method | samples | median | p99 | max | mean |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ([w, m, s]) =>
        `| ${w} | ${m} | ${s.n} | ${f3(s.median)} | ${f3(s.p99)} | ${f3(s.max)} | ${f3(s.mean)} |`,
    ),
    '',
    `Speed-up (median): vendor ${(rows[1][2].median / rows[0][2].median).toFixed(0)}×, labelled set ` +
      `${(rows[3][2].median / rows[2][2].median).toFixed(0)}×.`,
    '',
    '## Recall@10 of the index against brute force (vendor + labelled queries)',
    '| minScore | recall@10 | keys shared / brute-force keys | queries with identical results |',
    '|---:|---:|---:|---:|',
    ...recalls.map(
      (r) =>
        `| ${r.minScore} | ${r.recall.toFixed(4)} | ${r.shared} / ${r.expected} | ${r.identical} / ${r.queries} |`,
    ),
    '',
    '## Top hit per vendor-round query (index, default threshold)',
    '| query | top hit |',
    '|---|---|',
    ...hits,
    '',
  ];
  const report = lines.join('\n');
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `screening-${started.toISOString().slice(0, 10)}.md`);
  writeFileSync(file, report);
  console.log(report);
  console.log(`written to ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
