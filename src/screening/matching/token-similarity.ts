import { jaroWinkler } from './jaro-winkler';

// Math is read once: under Jest's vm context every global lookup is ~100x slower than in Node, and these
// functions run a few hundred thousand times per brute-force query in the specs.
const { min, floor } = Math;

/** Token pairs below this similarity count as unmatched: the token adds nothing and is penalised as missing. */
export const TOKEN_MATCH_MIN = 0.8;

/**
 * Shortest length ratio r = shorter / longer two tokens can have and still reach TOKEN_MATCH_MIN. Jaro is at
 * most (2 + r) / 3 (every character of the shorter token matched, no transposition), so JW ≤ 0.8 + 0.2·r;
 * the edit distance is at least the length difference, so the edit similarity is ≤ r; their mean is then
 * ≤ 0.4 + 0.6·r, which reaches 0.8 only for r ≥ 2/3.
 */
export const MIN_LENGTH_RATIO = 2 / 3;

const DIGIT = /\p{N}/u;

/**
 * Similarity of two normalised tokens in [0, 1], 0 when they should not count as the same word. The mean of
 * Jaro-Winkler and the edit similarity (1 − optimal-string-alignment distance / longer length):
 * - JW alone is too lenient on short words and shared prefixes: "interpall"/"integral" 0.93,
 *   "megacom"/"megafon" 0.89, "inspire"/"inspur" 0.91, "tech"/"technology" 0.88; the edit term (0.67, 0.71,
 *   0.71, 0.40) pulls these below the cut;
 * - edit distance alone is too strict on transliteration ("hussein"/"husain" 0.71), where JW (0.89) keeps
 *   the pair above it;
 * - a one-letter slip in a 6+ letter word stays ≥ 0.88 (huawey/huawei 0.88, exchnage/exchange 0.92).
 * Tokens with digits match only exactly (watchman #483: "11420" is an identifier, not a spelling), and so do
 * tokens under 3 code units (initials, "al", CJK bigrams), where any edit changes the word.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la < 3 || lb < 3) return 0;
  const longer = la > lb ? la : lb;
  if ((la < lb ? la : lb) < MIN_LENGTH_RATIO * longer) return 0;
  if (DIGIT.test(a) || DIGIT.test(b)) return 0;
  const jw = jaroWinkler(a, b);
  // The edit distance that still reaches the cut: (jw + 1 − d / longer) / 2 ≥ TOKEN_MATCH_MIN.
  const maxEdits = floor((jw + 1 - 2 * TOKEN_MATCH_MIN) * longer + 1e-9);
  if (maxEdits < 0) return 0;
  const d = osaDistance(a, b, maxEdits);
  if (d > maxEdits) return 0;
  const sim = (jw + 1 - d / longer) / 2;
  return sim >= TOKEN_MATCH_MIN ? sim : 0;
}

// Three rows of the dynamic programme, reused between calls.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transposition ("exchnage" is one edit). With a
 * bound `max`, only the diagonal band |i − j| ≤ max is computed (a cell outside it is more than max edits
 * away) and the result is max + 1 whenever the distance exceeds max; it also stops once two consecutive rows
 * exceed it, since no later row can come back under (a cell depends on the row above, and on the one above
 * that plus one). Exact whenever the distance is ≤ max.
 */
export function osaDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  const la = a.length;
  const lb = b.length;
  const k = min(max, la > lb ? la : lb);
  const cap = k + 1;
  if ((la > lb ? la - lb : lb - la) > k) return cap;
  if (rows[0].length <= lb + 1) rows = [0, 1, 2].map(() => new Int32Array(lb * 2 + 2));
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= lb; j++) prev[j] = j < cap ? j : cap;
  let prevMin = 0;
  for (let i = 1; i <= la; i++) {
    const lo = i - k > 1 ? i - k : 1;
    const hi = i + k < lb ? i + k : lb;
    cur[lo - 1] = lo === 1 && i < cap ? i : cap;
    const ca = a.charCodeAt(i - 1);
    let rowMin = cur[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = min(d, prev2[j - 2] + 1);
      cur[j] = d < cap ? d : cap;
      if (d < rowMin) rowMin = d;
    }
    if (hi < lb) cur[hi + 1] = cap; // read as "the row above" by the next row's last band cell
    if (rowMin > k && prevMin > k) return cap;
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb];
}
