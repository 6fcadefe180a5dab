import type { NameEntry, NameKind } from './match-types';
import { normalizeName } from './normalize';
import { isGenericToken } from './vocabulary';

export interface IndexedName {
  /** Position of the entry in NameCorpus.keys. */
  entry: number;
  name: string;
  kind: NameKind;
  normalized: string;
  /** Vocabulary ids of the name's tokens, in reading order (duplicates kept). */
  tokens: Int32Array;
  /** Weight of each token (same order as tokens). */
  weights: Float64Array;
  /** Sum of the tokens' weights: the candidate side of the score's denominator. */
  weightSum: number;
}

/**
 * A generic token weighs at most this much: about what "al" weighs in the SDN list (in one name in ten,
 * idf ≈ 2.3), against ~10 for a token seen once. Low enough that sharing generic words alone scores under
 * 0.3; high enough that "AVIA IMPORT" and "AVIA GROUP" are not taken for the same name.
 */
export const GENERIC_WEIGHT = 2;
/** Floor, so a token present in nearly every name still counts for something when it is missing. */
const MIN_WEIGHT = 0.1;

/**
 * The normalised names of a set of entries, their vocabulary and the inverse document frequency of every
 * token (a document is one name). Shared by the index and by the brute-force scan so both score with exactly
 * the same weights.
 */
export class NameCorpus {
  readonly vocab = new Map<string, number>();
  readonly vocabTokens: string[] = [];
  /** Weight of each vocabulary token. */
  vocabWeights: Float64Array = new Float64Array(0);
  /** Vocabulary id → ids of the names holding the token, ascending. */
  postings: Int32Array[] = [];
  /** Normalised name → ids of the names that normalise to it. */
  readonly exact = new Map<string, number[]>();
  readonly names: IndexedName[] = [];

  private constructor(readonly keys: readonly string[]) {}

  static build(entries: readonly NameEntry[]): NameCorpus {
    const corpus = new NameCorpus(entries.map((e) => e.key));
    const docFreq: number[] = [];
    entries.forEach((entry, entryIdx) => {
      const seen = new Set<string>();
      for (const { name, kind } of entry.names) {
        const n = normalizeName(name);
        // The same name twice on one entry (an alt equal to the primary once suffixes are gone) adds nothing.
        if (n.tokens.length === 0 || seen.has(n.normalized)) continue;
        seen.add(n.normalized);
        const ids = new Int32Array(n.tokens.length);
        for (let k = 0; k < ids.length; k++) {
          ids[k] = corpus.internToken(n.tokens[k], docFreq);
          if (firstOccurrence(ids, k)) docFreq[ids[k]]++;
        }
        const nameId = corpus.names.length;
        corpus.names.push({
          entry: entryIdx,
          name,
          kind,
          normalized: n.normalized,
          tokens: ids,
          weights: new Float64Array(0),
          weightSum: 0,
        });
        const same = corpus.exact.get(n.normalized);
        if (same) same.push(nameId);
        else corpus.exact.set(n.normalized, [nameId]);
      }
    });
    corpus.finish(docFreq);
    return corpus;
  }

  /** Weight of any token, including one the corpus has never seen (weighted as the rarest there is). */
  weightOf(token: string): number {
    const id = this.vocab.get(token);
    return id === undefined ? this.tokenWeight(token, 0) : this.vocabWeights[id];
  }

  private internToken(token: string, docFreq: number[]): number {
    let id = this.vocab.get(token);
    if (id === undefined) {
      id = this.vocabTokens.length;
      this.vocab.set(token, id);
      this.vocabTokens.push(token);
      docFreq.push(0);
    }
    return id;
  }

  private tokenWeight(token: string, df: number): number {
    const idf = Math.max(MIN_WEIGHT, Math.log((this.names.length + 1) / (df + 0.5)));
    return isGenericToken(token) ? Math.min(idf, GENERIC_WEIGHT) : idf;
  }

  private finish(docFreq: readonly number[]): void {
    const v = this.vocabTokens.length;
    this.vocabWeights = new Float64Array(v);
    // Postings in two passes over exact-size typed arrays: ~1 MB for 40k names instead of 30k growing arrays.
    this.postings = new Array<Int32Array>(v);
    for (let id = 0; id < v; id++) {
      this.vocabWeights[id] = this.tokenWeight(this.vocabTokens[id], docFreq[id]);
      this.postings[id] = new Int32Array(docFreq[id]);
    }
    const fill = new Int32Array(v);
    this.names.forEach((n, nameId) => {
      const ids = n.tokens;
      n.weights = new Float64Array(ids.length);
      let sum = 0;
      for (let k = 0; k < ids.length; k++) {
        sum += n.weights[k] = this.vocabWeights[ids[k]];
        if (firstOccurrence(ids, k)) this.postings[ids[k]][fill[ids[k]]++] = nameId;
      }
      n.weightSum = sum;
    });
  }
}

/** True when ids[k] does not occur before position k (names have a handful of tokens: no Set needed). */
function firstOccurrence(ids: Int32Array, k: number): boolean {
  for (let j = 0; j < k; j++) if (ids[j] === ids[k]) return false;
  return true;
}
