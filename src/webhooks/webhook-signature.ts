import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Deliveries carry `X-AVR-Timestamp` and `X-AVR-Signature: sha256=<hex>`, the HMAC-SHA256 of
 * `${timestamp}.${body}` under the subscription's secret. Receivers recompute it and reject old timestamps.
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function verifySignature(secret: string, timestamp: number, body: string, signature: string): boolean {
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
