import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must never reach: loopback, private, link-local (cloud metadata lives at
 * 169.254.169.254), carrier-grade NAT, unique-local, multicast and unspecified ranges.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return true;
}

export class RefusedTargetError extends Error {
  constructor(
    readonly target: string,
    reason: string,
  ) {
    super(`webhook target ${target} refused: ${reason}`);
  }
}

export interface GuardOptions {
  /** Development and tests only: deliver to loopback/private addresses. */
  allowPrivate: boolean;
}

/**
 * A `lookup` for http.request that checks every resolved address at connect time, so a name that resolves to
 * a public address during validation and a private one later (DNS rebinding) is still refused.
 */
export function guardedLookup(opts: GuardOptions) {
  return (
    hostname: string,
    options: object,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses;
      const bad = list.find((a) => isBlockedAddress(a.address));
      if (bad && !opts.allowPrivate) {
        return callback(
          new RefusedTargetError(hostname, `resolves to a private or reserved address (${bad.address})`),
          [],
        );
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Checks a target before it is stored: scheme, no credentials, and every address it resolves to. */
export async function assertAllowedTarget(url: string, opts: GuardOptions): Promise<void> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RefusedTargetError(url, 'not a URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new RefusedTargetError(url, 'only http and https');
  if (u.username || u.password) throw new RefusedTargetError(url, 'credentials in the URL');
  const host = u.hostname.replace(/^\[|\]$/g, '');
  await new Promise<void>((resolve, reject) => {
    guardedLookup(opts)(host, {}, (err) =>
      err
        ? reject(
            err instanceof RefusedTargetError
              ? err
              : new RefusedTargetError(url, `cannot resolve (${err.code ?? err.message})`),
          )
        : resolve(),
    );
  });
}
