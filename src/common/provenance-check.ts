import type { FieldError } from './errors';

interface FactLike {
  status: string;
  source?: { url?: string } | null;
  value?: unknown;
}

const isFactLike = (v: unknown): v is FactLike =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as FactLike).status === 'string';

/**
 * Is `url` on one of the vendor's official domains? Entries are hosts (subdomains count) or host + path
 * prefix (e.g. `github.com/MiniMax-AI`). Look-alike hosts such as `deepseek.chat` never match `deepseek.com`.
 */
export function isOnOfficialDomain(url: string, officialDomains: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  return officialDomains.some((entry) => {
    const [domain, ...rest] = entry
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .split('/');
    if (!domain) return false;
    const hostMatches = host === domain || host.endsWith(`.${domain}`);
    if (!hostMatches) return false;
    const prefix = rest.filter(Boolean).join('/');
    return prefix === '' || path === `/${prefix}` || path.startsWith(`/${prefix}/`);
  });
}

/**
 * Walks a document and reports every fact whose provenance does not hold: a known fact needs a source URL
 * unless it is marked unverified, an `unknown` fact must not pretend to a value, and an `official` fact's URL
 * must be on the vendor's official domains.
 */
export function provenanceErrors(doc: unknown, officialDomains: readonly string[], path = ''): FieldError[] {
  const errors: FieldError[] = [];
  const walk = (v: unknown, p: string, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${p}[${i}]`, depth + 1));
      return;
    }
    if (isFactLike(v)) {
      const url = v.source?.url;
      const messages: string[] = [];
      if (v.status === 'unknown' && 'value' in v && v.value !== null && v.value !== undefined) {
        messages.push('an unknown fact must have value null');
      }
      if ((v.status === 'official' || v.status === 'secondary') && !url) {
        messages.push(`a ${v.status} fact needs source.url (or mark it unverified/unknown)`);
      }
      if (v.status === 'official' && url && !isOnOfficialDomain(url, officialDomains)) {
        messages.push(
          `official evidence must be on the vendor's official domains (${officialDomains.join(', ') || 'none set'})`,
        );
      }
      if (messages.length) errors.push({ field: p || '(fact)', messages });
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k !== 'source') walk(x, p ? `${p}.${k}` : k, depth + 1);
    }
  };
  walk(doc, path, 0);
  return errors;
}
