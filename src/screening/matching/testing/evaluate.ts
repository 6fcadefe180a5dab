import type { NameMatch, SearchOptions } from '../match-types';
import type { LabelledPair, PairCategory } from './labelled-pairs';
import { isAcceptable } from './labelled-pairs';

export type SearchFn = (query: string, opts: SearchOptions) => NameMatch[];

export interface PairOutcome {
  pair: LabelledPair;
  hits: NameMatch[];
  found: boolean;
  wrongHits: NameMatch[];
}

/**
 * Precision and recall at one threshold, counted two ways:
 * - hit level (the asserted numbers): every hit at or above the threshold (up to 10 per query) is correct
 *   when its entry is the pair's expected one, wrong otherwise, whether the query is a positive or a
 *   negative. precision = correct hits / all hits; recall = positives whose expected entry is among the hits
 *   / positives. Sibling entries a positive also reaches (a relative sharing three of four names) count as
 *   wrong: that is what a compliance officer would have to dismiss.
 * - query level: a query is flagged when it has any hit; a negative flagged is a false alarm, a positive whose
 *   top hit is not the expected entry is a wrong top-1.
 */
export interface Evaluation {
  threshold: number;
  positives: number;
  negatives: number;
  found: number;
  correctHits: number;
  wrongHits: number;
  precision: number;
  recall: number;
  negativesFlagged: number;
  wrongTop1: number;
  byCategory: Record<PairCategory, { pairs: number; ok: number }>;
  outcomes: PairOutcome[];
}

export function evaluate(search: SearchFn, pairs: readonly LabelledPair[], threshold: number): Evaluation {
  const outcomes = pairs.map((pair): PairOutcome => {
    const hits = search(pair.query, { minScore: threshold, limit: 10 });
    const wrongHits = hits.filter((h) => !isAcceptable(pair, h.key));
    return { pair, hits, found: pair.expected !== null && hits.length > wrongHits.length, wrongHits };
  });
  const positives = outcomes.filter((o) => o.pair.expected !== null);
  const correctHits = outcomes.reduce((n, o) => n + o.hits.length - o.wrongHits.length, 0);
  const wrongHits = outcomes.reduce((n, o) => n + o.wrongHits.length, 0);
  const found = positives.filter((o) => o.found).length;
  const byCategory = {} as Evaluation['byCategory'];
  for (const o of outcomes) {
    const c = (byCategory[o.pair.category] ??= { pairs: 0, ok: 0 });
    c.pairs++;
    if (o.pair.expected === null ? o.hits.length === 0 : o.found) c.ok++;
  }
  return {
    threshold,
    positives: positives.length,
    negatives: outcomes.length - positives.length,
    found,
    correctHits,
    wrongHits,
    precision: correctHits + wrongHits === 0 ? 1 : correctHits / (correctHits + wrongHits),
    recall: positives.length === 0 ? 1 : found / positives.length,
    negativesFlagged: outcomes.filter((o) => o.pair.expected === null && o.hits.length > 0).length,
    wrongTop1: positives.filter((o) => o.hits.length > 0 && !isAcceptable(o.pair, o.hits[0].key)).length,
    byCategory,
    outcomes,
  };
}

/** One line per figure, for the spec's console output and the bench report. */
export function summarise(e: Evaluation): string {
  const pct = (x: number): string => (100 * x).toFixed(1) + '%';
  const cats = Object.entries(e.byCategory)
    .map(([c, v]) => `${c} ${v.ok}/${v.pairs}`)
    .join(', ');
  return [
    `threshold ${e.threshold}: ${e.positives} positives, ${e.negatives} negatives`,
    `precision ${pct(e.precision)} (${e.correctHits} correct hits, ${e.wrongHits} wrong)`,
    `recall ${pct(e.recall)} (${e.found}/${e.positives} positives found)`,
    `negatives flagged ${e.negativesFlagged}/${e.negatives}; positives with a wrong top-1 ${e.wrongTop1}`,
    `by category (ok/pairs): ${cats}`,
  ].join('\n');
}
