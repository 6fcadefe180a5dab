import type { NameCorpus } from './corpus';
import type { MatchedToken, NameMatch, SearchOptions } from './match-types';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from './match-types';
import { normalizeName } from './normalize';

// Math is read once: under Jest's vm context every global lookup is ~100x slower than in Node, and these
// functions run a few hundred thousand times per brute-force query in the specs.
const { max, min, round } = Math;

/** A normalised query with the corpus weight of each token. */
export interface PreparedQuery {
  tokens: string[];
  weights: number[];
  weightSum: number;
}

/**
 * Normalises a query (unless given its tokens) and weighs its tokens. A token the corpus has never seen is most often a misspelling,
 * so it weighs what the most similar vocabulary token weighs ("huawey" as much as "huawei"); only a token
 * similar to nothing gets the weight of the rarest word. `nearest` finds that token (vocabulary id).
 */
export function prepareQuery(
  corpus: NameCorpus,
  query: string | readonly string[],
  nearest: (token: string, position: number) => number | undefined,
): PreparedQuery {
  const tokens = typeof query === 'string' ? normalizeName(query).tokens : [...query];
  const weights = tokens.map((t, i) => {
    const id = corpus.vocab.get(t) ?? nearest(t, i);
    return id === undefined ? corpus.weightOf(t) : corpus.vocabWeights[id];
  });
  return { tokens, weights, weightSum: weights.reduce((a, b) => a + b, 0) };
}

/** The most similar token of a similarity map (highest similarity, then lowest id: deterministic). */
export function mostSimilar(similarities: Iterable<[number, number]>): number | undefined {
  let best: number | undefined;
  let bestSim = 0;
  for (const [id, s] of similarities) {
    if (s > bestSim || (s === bestSim && best !== undefined && id < best)) {
      best = id;
      bestSim = s;
    }
  }
  return best;
}

/** Similarity of query token i and the name's token at position j (0 = no match). */
export type PairSimilarity = (queryToken: number, nameTokenPosition: number) => number;

export interface NameScore {
  score: number;
  /** Matched pairs as [query token index, name token position, similarity]. */
  pairs: [number, number, number][];
}

const NO_MATCH: NameScore = { score: 0, pairs: [] };

// Similarity matrix of the name being scored, reused: scoring is synchronous, and brute force scores every
// name of the list per query.
let matrix = new Float64Array(256);

/**
 * Token-level soft Dice with IDF weights:
 *
 *   score = Σ_matched sim(q, c) · pairWeight(w(q), w(c))  /  (Σ_query w + Σ_name w)
 *
 * with pairWeight = w(q) + w(c), capped at PAIR_WEIGHT_CAP × the lighter weight. Each query token is paired
 * with at most one name token (greedy, best similarity first), so a repeated word cannot be counted twice.
 * Unmatched tokens on either side stay in the denominator: that is the penalty for a missing or extra word,
 * proportional to how informative the word is. The cap stops a generic word from borrowing the weight of a
 * rare word it happens to resemble (query "Trading" against the listed "RADIN" would score 0.81 without it,
 * 0.34 with it). A generic token weighs ≤ 2 against ~9–10 for a distinctive one, so a query sharing only
 * generic words with a name stays well under the threshold, and legal forms never reach the scorer. The
 * score is 1 exactly when every token of both sides is matched identically.
 *
 * Names that cannot reach minScore even if every query token got its best partner (an upper bound of the
 * assignment) are returned as score 0 without running the assignment: the same rule for index and brute
 * force, so it cannot make them differ.
 */
export function scoreName(
  query: PreparedQuery,
  nameTokenWeights: Float64Array,
  nameWeightSum: number,
  sim: PairSimilarity,
  minScore: number,
): NameScore {
  const nq = query.tokens.length;
  const nc = nameTokenWeights.length;
  if (matrix.length < nq * nc) matrix = new Float64Array(nq * nc * 2);
  const denominator = query.weightSum + nameWeightSum;
  let bound = 0;
  let pairsFound = 0;
  for (let i = 0; i < nq; i++) {
    let best = 0;
    for (let j = 0; j < nc; j++) {
      const s = sim(i, j);
      matrix[i * nc + j] = s;
      if (s > 0) {
        pairsFound++;
        best = max(best, s * pairWeight(query.weights[i], nameTokenWeights[j]));
      }
    }
    bound += best;
  }
  if (pairsFound === 0 || bound / denominator < minScore) return NO_MATCH;

  const candidates: [number, number, number][] = [];
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) if (matrix[i * nc + j] > 0) candidates.push([i, j, matrix[i * nc + j]]);
  }
  // Deterministic greedy assignment: similarity, then the heavier pair, then position.
  candidates.sort(
    (a, b) =>
      b[2] - a[2] ||
      pairWeight(query.weights[b[0]], nameTokenWeights[b[1]]) -
        pairWeight(query.weights[a[0]], nameTokenWeights[a[1]]) ||
      a[0] - b[0] ||
      a[1] - b[1],
  );
  const usedQ = new Uint8Array(nq);
  const usedN = new Uint8Array(nc);
  const pairs: [number, number, number][] = [];
  let numerator = 0;
  for (const c of candidates) {
    if (usedQ[c[0]] || usedN[c[1]]) continue;
    usedQ[c[0]] = 1;
    usedN[c[1]] = 1;
    pairs.push(c);
    numerator += c[2] * pairWeight(query.weights[c[0]], nameTokenWeights[c[1]]);
  }
  return { score: min(1, numerator / denominator), pairs };
}

/**
 * A matched pair counts at most this many times its lighter token's weight. Equal or similar weights (an
 * exact match, "haqani"/"haqqani") are unaffected; a generic word resembling a rare one ("trading"/"RADIN",
 * weights 2 and 10) counts 5 instead of 12.
 */
export const PAIR_WEIGHT_CAP = 2.5;

/** What a matched pair adds to the numerator at similarity 1 (the denominator holds both weights). */
export function pairWeight(queryWeight: number, nameWeight: number): number {
  return min(queryWeight + nameWeight, PAIR_WEIGHT_CAP * min(queryWeight, nameWeight));
}

/** Scores a corpus name given a similarity function over (query token, vocabulary id). */
export function scoreCorpusName(
  corpus: NameCorpus,
  query: PreparedQuery,
  nameId: number,
  simByVocab: (queryToken: number, vocabId: number) => number,
  minScore: number,
): NameScore {
  const name = corpus.names[nameId];
  const ids = name.tokens;
  return scoreName(query, name.weights, name.weightSum, (i, j) => simByVocab(i, ids[j]), minScore);
}

/**
 * Best name per entry, filtered, sorted by score then key (plain code-unit order, not locale order, so the
 * result is the same on every machine), limited. Ties within an entry keep the earlier name (primary first).
 * Scores are filtered unrounded and shown and ordered rounded to four decimals, so the order seen is the order
 * used and a last-bit floating-point difference cannot reorder two hits.
 */
export class MatchCollector {
  private readonly best = new Map<number, { nameId: number; result: NameScore }>();

  constructor(
    private readonly corpus: NameCorpus,
    private readonly query: PreparedQuery,
    readonly minScore: number,
  ) {}

  offer(nameId: number, result: NameScore): void {
    if (result.score === 0 || result.score < this.minScore) return;
    const entry = this.corpus.names[nameId].entry;
    const prev = this.best.get(entry);
    // Candidates arrive in any order from the index and in name order from brute force: break ties on the
    // name id so both pick the same name.
    if (
      !prev ||
      result.score > prev.result.score ||
      (result.score === prev.result.score && nameId < prev.nameId)
    ) {
      this.best.set(entry, { nameId, result });
    }
  }

  results(limit: number): NameMatch[] {
    const keys = this.corpus.keys;
    return [...this.best.entries()]
      .map(([entry, { nameId, result }]) => this.toMatch(keys[entry], nameId, result))
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, limit);
  }

  private toMatch(key: string, nameId: number, result: NameScore): NameMatch {
    const name = this.corpus.names[nameId];
    const matchedTokens: MatchedToken[] = result.pairs
      .slice()
      .sort((a, b) => a[0] - b[0])
      .map(([i, j, s]) => ({
        query: this.query.tokens[i],
        candidate: this.corpus.vocabTokens[name.tokens[j]],
        score: round4(s),
      }));
    return { key, matchedName: name.name, kind: name.kind, score: round4(result.score), matchedTokens };
  }
}

export function resolveOptions(opts: SearchOptions | undefined): { minScore: number; limit: number } {
  return { minScore: opts?.minScore ?? DEFAULT_MIN_SCORE, limit: opts?.limit ?? DEFAULT_LIMIT };
}

/** Four decimals: enough to rank, and stable in JSON and snapshots. */
function round4(x: number): number {
  return round(x * 10000) / 10000;
}
