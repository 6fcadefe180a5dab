import type { NameCorpus } from './corpus';
import { MIN_LENGTH_RATIO, tokenSimilarity } from './token-similarity';

/**
 * Finds the vocabulary tokens similar to a query token without comparing it to all of them: a padded-trigram
 * index over the distinct tokens (~23k for the SDN list with alt names, fewer than the ~26k names), then an exact
 * tokenSimilarity check on the tokens sharing enough trigrams. Fuzzy work is thus done once per distinct
 * token, and the per-name re-rank only looks similarities up.
 *
 * Filters, and why they are (nearly) lossless for tokenSimilarity ≥ 0.8:
 * - length: a length ratio under MIN_LENGTH_RATIO can never reach the token cut (see token-similarity.ts);
 * - shared trigrams: one shared trigram for short tokens, two once the query token has six or more. A 1–2
 *   character edit in a 6+ letter word leaves at least two of its padded trigrams intact; strings that share
 *   fewer and still reach the token cut are the rare cost of the index, measured as recall@10 against brute
 *   force in bench/screening-bench.ts (1.0 at minScore ≥ 0.5, 0.999 at 0.3).
 */
export class FuzzyVocabulary {
  private readonly grams = new Map<string, Int32Array>();
  private counts: Uint16Array;
  private readonly touched: number[] = [];

  private constructor(private readonly corpus: NameCorpus) {
    this.counts = new Uint16Array(corpus.vocabTokens.length);
  }

  static build(corpus: NameCorpus): FuzzyVocabulary {
    const fv = new FuzzyVocabulary(corpus);
    const lists = new Map<string, number[]>();
    const tokens = corpus.vocabTokens;
    for (let id = 0; id < tokens.length; id++) {
      if (!fuzzyEligible(tokens[id])) continue;
      for (const g of trigrams(tokens[id])) {
        const list = lists.get(g);
        if (list) list.push(id);
        else lists.set(g, [id]);
      }
    }
    for (const [g, ids] of lists) fv.grams.set(g, new Int32Array(ids));
    return fv;
  }

  /** Vocabulary id → similarity (> 0) for every token matching `token`, the exact token included. */
  lookup(token: string): Map<number, number> {
    const out = new Map<number, number>();
    const exact = this.corpus.vocab.get(token);
    if (exact !== undefined) out.set(exact, 1);
    if (!fuzzyEligible(token)) return out;
    const grams = trigrams(token);
    const minShared = grams.size >= 6 ? 2 : 1;
    const { counts, touched } = this;
    for (const g of grams) {
      const ids = this.grams.get(g);
      if (!ids) continue;
      for (const id of ids) {
        if (counts[id]++ === 0) touched.push(id);
      }
    }
    const lo = token.length * MIN_LENGTH_RATIO;
    const hi = token.length / MIN_LENGTH_RATIO;
    const vocab = this.corpus.vocabTokens;
    for (const id of touched) {
      const candidate = vocab[id];
      if (counts[id] >= minShared && id !== exact && candidate.length >= lo && candidate.length <= hi) {
        const s = tokenSimilarity(token, candidate);
        if (s > 0) out.set(id, s);
      }
      counts[id] = 0;
    }
    touched.length = 0;
    return out;
  }
}

/** Tokens that tokenSimilarity can match other than exactly: three or more code units and no digit. */
function fuzzyEligible(token: string): boolean {
  return token.length >= 3 && !DIGIT.test(token);
}
const DIGIT = /\p{N}/u;

function trigrams(token: string): Set<string> {
  const padded = `\u0002${token}\u0003`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}
