import { createReadStream, type ReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/**
 * Test helpers: the real published files in shared/data (beside the repository, as in CI), and streams
 * built from text in small chunks so that every parser meets records, strings and multi-byte characters
 * split across chunk boundaries.
 */
export const LISTS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'lists');

export const realPath = (relative: string): string => join(LISTS, relative);

/** A real file as a stream; small chunks make chunk boundaries fall everywhere. */
export const realFile = (relative: string, highWaterMark = 16 * 1024): ReadStream =>
  createReadStream(realPath(relative), { highWaterMark });

/** Text as a byte stream cut into `size`-byte chunks (cutting through UTF-8 sequences on purpose). */
export function textStream(text: string, size = 7): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
