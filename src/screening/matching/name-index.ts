import { NameCorpus } from './corpus';
import { FuzzyVocabulary } from './fuzzy-vocabulary';
import { tokenSimilarity } from './token-similarity';
import type { NameEntry, NameMatch, SearchOptions } from './match-types';
import { normalizeName } from './normalize';
import {
  MatchCollector,
  mostSimilar,
  PAIR_WEIGHT_CAP,
  pairWeight,
  prepareQuery,
  resolveOptions,
  scoreCorpusName,
} from './scorer';
import type { PreparedQuery } from './scorer';

export type { NameEntry, NameKind, NameMatch, SearchOptions, MatchedToken } from './match-types';
export { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from './match-types';

/**
 * In-memory name index over one list version. Immutable after build and free of I/O, so one instance can
 * serve every request until the next import replaces it. search() reuses per-index scratch arrays; it is
 * synchronous, so that is safe on Node's one thread.
 *
 * search(): candidate generation, then exact re-rank with the same formula and weights as bruteForceSearch().
 * 1. The query's tokens are weighed; unknown ones (misspellings) are looked up fuzzily through a trigram
 *    index of the ~23k distinct tokens (FuzzyVocabulary) to take the weight of their closest word.
 * 2. The lightest tokens that cannot lift a name to minScore on their own are set aside (generatingTokens);
 *    the others are looked up (exactly and fuzzily) and their postings give the candidates, each with an
 *    upper bound of its score. Names whose whole normalised form equals the query's are always candidates.
 * 3. Candidates whose bound reaches minScore are scored; set-aside tokens are compared with each scored
 *    name's tokens on demand.
 * Every pruning step drops only names that cannot reach minScore, so the index can differ from brute force
 * only where the trigram filter of step 2 misses a similar token (recall@10 measured in the bench).
 */
export class NameIndex {
  /** Per-name stamp: a name is a candidate of query q when seen[name] === q (no clearing between queries). */
  private readonly seen: Uint32Array;
  /** Per-name upper bound of the score numerator for the current query (valid where seen === stamp). */
  private readonly bound: Float64Array;
  /** Per-vocabulary-token slot in the current query's similarity table (valid where slotStamp === stamp). */
  private readonly slotStamp: Uint32Array;
  private readonly slotOf: Int32Array;
  private stamp = 0;

  private constructor(
    readonly corpus: NameCorpus,
    private readonly fuzzy: FuzzyVocabulary,
  ) {
    this.seen = new Uint32Array(corpus.names.length);
    this.bound = new Float64Array(corpus.names.length);
    this.slotStamp = new Uint32Array(corpus.vocabTokens.length);
    this.slotOf = new Int32Array(corpus.vocabTokens.length);
  }

  static build(entries: readonly NameEntry[]): NameIndex {
    const corpus = NameCorpus.build(entries);
    return new NameIndex(corpus, FuzzyVocabulary.build(corpus));
  }

  get size(): { entries: number; names: number; tokens: number } {
    const c = this.corpus;
    return { entries: c.keys.length, names: c.names.length, tokens: c.vocabTokens.length };
  }

  search(query: string, opts?: SearchOptions): NameMatch[] {
    const { minScore, limit } = resolveOptions(opts);
    const corpus = this.corpus;
    const { tokens } = normalizeName(query);
    if (tokens.length === 0) return [];
    // Fuzzy lookups are most of a query's cost. An unknown token needs one now, for its weight (prepareQuery);
    // a known token only if it generates candidates. The others are compared lazily, and only with the
    // tokens of the few names that get scored.
    const sims: (Map<number, number> | undefined)[] = tokens.map((t) =>
      corpus.vocab.has(t) ? undefined : this.fuzzy.lookup(t),
    );
    const q = prepareQuery(corpus, tokens, (_t, i) => mostSimilar(sims[i] ?? []));
    const { generating, skippedBound } = this.generatingTokens(q, minScore);
    for (const i of generating) sims[i] ??= this.fuzzy.lookup(tokens[i]);

    // Walk the postings once, summing for each name an upper bound of the score's numerator: every matching
    // (query token, name token) pair counted at its full value, plus whatever the skipped tokens could add.
    // Names whose bound cannot reach minScore (most names sharing one common word) are never scored.
    const stamp = this.nextStamp();
    const { seen, bound } = this;
    const weights = corpus.vocabWeights;
    const candidates: number[] = [];
    for (const i of generating) {
      for (const [vocabId, s] of sims[i] ?? []) {
        const value = s * pairWeight(q.weights[i], weights[vocabId]);
        for (const nameId of corpus.postings[vocabId]) {
          if (seen[nameId] !== stamp) {
            seen[nameId] = stamp;
            bound[nameId] = skippedBound;
            candidates.push(nameId);
          }
          bound[nameId] += value;
        }
      }
    }
    for (const nameId of corpus.exact.get(q.tokens.join(' ')) ?? []) {
      if (seen[nameId] !== stamp) candidates.push(nameId);
      seen[nameId] = stamp;
      bound[nameId] = Infinity;
    }

    const collector = new MatchCollector(corpus, q, minScore);
    const simByVocab = this.similarities(q.tokens, sims, stamp);
    for (const nameId of candidates) {
      if (bound[nameId] < minScore * (q.weightSum + corpus.names[nameId].weightSum)) continue;
      collector.offer(nameId, scoreCorpusName(corpus, q, nameId, simByVocab, minScore));
    }
    return collector.results(limit);
  }

  /**
   * Which query tokens must generate candidates. A pair adds at most min(w(q) + w(c), k·w(q)) to the
   * numerator (k = PAIR_WEIGHT_CAP), so a name reached only through a set L of query tokens, of total weight
   * A, scores at most min(A + X, k·A) / (W_query + X), X being the weight of its tokens they match: at most
   * k·A / (W_query + (k − 1)·A) whatever X is. The lightest tokens join L while that bound stays under
   * minScore: their postings ("al", "trading", "international": thousands of names) are skipped, and the
   * names they would add are exactly those that cannot reach minScore. Names reached through another token
   * are still scored on all their tokens; skippedBound (k·A) is the most L can add to their numerator.
   */
  private generatingTokens(
    q: PreparedQuery,
    minScore: number,
  ): { generating: number[]; skippedBound: number } {
    const k = PAIR_WEIGHT_CAP;
    const order = q.weights.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w || a.i - b.i);
    let skipped = 0;
    let skip = 0;
    for (const { w } of order) {
      const a = skipped + w;
      if ((k * a) / (q.weightSum + (k - 1) * a) >= minScore) break;
      skipped = a;
      skip++;
    }
    return { generating: order.slice(skip).map((o) => o.i), skippedBound: k * skipped };
  }

  /**
   * The query's token similarities. Tokens that were looked up go in a dense table: re-ranking reads one
   * value per (query token, name token) pair of every scored name, and typed-array loads are several times
   * cheaper than Map lookups there. The other tokens are compared on demand with tokenSimilarity, the same
   * function the lookups use, and memoised.
   */
  private similarities(
    tokens: readonly string[],
    sims: readonly (Map<number, number> | undefined)[],
    stamp: number,
  ): (i: number, vocabId: number) => number {
    const nq = sims.length;
    const { slotStamp, slotOf } = this;
    let slots = 0;
    for (const m of sims) {
      for (const vocabId of m?.keys() ?? []) {
        if (slotStamp[vocabId] !== stamp) {
          slotStamp[vocabId] = stamp;
          slotOf[vocabId] = slots++;
        }
      }
    }
    const table = new Float64Array(slots * nq);
    sims.forEach((m, i) => m?.forEach((s, vocabId) => (table[slotOf[vocabId] * nq + i] = s)));
    const vocab = this.corpus.vocabTokens;
    const memo = sims.map((m) => (m ? undefined : new Map<number, number>()));
    return (i, vocabId) => {
      const lazy = memo[i];
      if (!lazy) return slotStamp[vocabId] === stamp ? table[slotOf[vocabId] * nq + i] : 0;
      let s = lazy.get(vocabId);
      if (s === undefined) lazy.set(vocabId, (s = tokenSimilarity(tokens[i], vocab[vocabId])));
      return s;
    };
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.slotStamp.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/**
 * The oracle: scores every name of the index with tokenSimilarity computed afresh for every token pair, no
 * candidate generation, no cached similarities. Same weights, same formula, same ordering as search(); used by
 * the specs to check the index and by the bench as the baseline.
 */
export function bruteForceSearch(index: NameIndex, query: string, opts?: SearchOptions): NameMatch[] {
  const { minScore, limit } = resolveOptions(opts);
  const corpus = index.corpus;
  const vocab = corpus.vocabTokens;
  // Unknown query tokens weigh what their most similar vocabulary token weighs: found here by comparing
  // with every token of the vocabulary.
  const nearest = (t: string): number | undefined => {
    const all = function* (): Generator<[number, number]> {
      for (let id = 0; id < vocab.length; id++) yield [id, tokenSimilarity(t, vocab[id])];
    };
    return mostSimilar(all());
  };
  const q = prepareQuery(corpus, query, nearest);
  if (q.tokens.length === 0) return [];
  const collector = new MatchCollector(corpus, q, minScore);
  const simByVocab = (i: number, vocabId: number): number => tokenSimilarity(q.tokens[i], vocab[vocabId]);
  for (let nameId = 0; nameId < corpus.names.length; nameId++) {
    collector.offer(nameId, scoreCorpusName(corpus, q, nameId, simByVocab, minScore));
  }
  return collector.results(limit);
}
