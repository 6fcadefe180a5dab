import { createHash } from 'node:crypto';

/**
 * JSON with sorted object keys and undefined dropped, so equal content always serialises to equal bytes:
 * request hashes, snapshot hashes and the audit chain depend on it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, x: unknown) => {
    if (x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date)) {
      return Object.fromEntries(
        Object.entries(x as Record<string, unknown>)
          .filter(([, y]) => y !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return x;
  });
}

export const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
export const hashOf = (value: unknown) => sha256(canonicalJson(value));
