/**
 * Jaro-Winkler on UTF-16 code units. Names are NFKD-folded first, so astral characters (rare CJK extension B)
 * are the only ones split in two; both sides split them alike, which keeps the result symmetric and exact for
 * equal strings.
 */

// Math is read once: under Jest's vm context every global lookup is ~100x slower than in Node, and these
// functions run a few hundred thousand times per brute-force query in the specs.
const { max, min } = Math;

// Reused between calls: JW runs hundreds of thousands of times per brute-force query, and allocating two
// arrays per call doubles its cost.
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = max(0, (max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = max(0, i - window);
    const hi = min(lb - 1, i + window);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === ca) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Winkler's variant: up to 4 characters of common prefix add 0.1 each of the remaining distance. */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j; // Winkler's boost threshold: a shared prefix must not rescue unrelated strings
  let prefix = 0;
  const limit = min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * prefixScale * (1 - j);
}
