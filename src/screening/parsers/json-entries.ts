import { StringDecoder } from 'node:string_decoder';
import { jsonErrorOffset } from './json-position';
import { ListParseError } from './list-entry';

/**
 * Streams the entries of a list published as JSON: a top-level array of entry objects, or an object whose
 * "results" member is that array (trade.gov's layout, beside "total", "sources_used", ...). Only one entry's
 * text is held at a time and handed to JSON.parse, so memory stays bounded by the largest entry and each
 * entry is validated by JSON.parse itself (json-position then finds the line it failed on). Outside the
 * entries the scanner checks the structure itself: brackets, strings, literals, commas and colons of the
 * top level. This avoids a streaming-JSON dependency whose errors carry no line numbers.
 */

export interface JsonEntry {
  value: unknown;
  /** 1-based line on which the entry's opening brace stands. */
  line: number;
}

type Role = 'root' | 'entries' | 'element' | 'aside';
interface Frame {
  kind: '{' | '[';
  role: Role;
  /** What the root object / entries array expects next; unused for nested frames. */
  expect: 'key' | 'colon' | 'value' | 'comma';
}

const LITERAL = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;

export class JsonEntryScanner {
  private line = 1;
  private stack: Frame[] = [];
  private inString = false;
  private escaped = false;
  private stringLine = 1;
  private key: string | null = null; // the root-object key being read, or null
  private lastKey: string | null = null;
  private literal = '';
  private literalLine = 1;
  private started = false;
  private finished = false;
  private foundEntries = false;
  private element: { text: string; from: number; line: number } | null = null;
  private out: JsonEntry[] = [];
  count = 0;

  /** With capture off, entries are counted but neither kept nor parsed (for progress totals). */
  constructor(
    private readonly file: string,
    private readonly capture: boolean,
  ) {}

  push(chunk: string): JsonEntry[] {
    let text = chunk;
    if (!this.started && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (this.element) this.element.from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\n') this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.endString();
        if (this.key !== null && this.inString) this.key += c;
        continue;
      }
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
        this.endLiteral();
        continue;
      }
      if (c !== '"' && c !== '{' && c !== '[' && c !== '}' && c !== ']' && c !== ',' && c !== ':') {
        if (this.literal === '') {
          this.literalLine = this.line;
          this.valueStart(c, i);
        }
        this.literal += c;
        if (this.literal.length > 64) this.fail(`invalid literal ${this.literal.slice(0, 20)}…`);
        continue;
      }
      this.endLiteral();
      if (c === ',' || c === ':') this.separator(c);
      else if (c === '}' || c === ']') this.close(c, i, text);
      else {
        this.valueStart(c, i);
        if (c === '"') {
          this.inString = true;
          this.stringLine = this.line;
        } else {
          const role = this.roleOf(c);
          if (role === 'entries') this.foundEntries = true;
          this.stack.push({ kind: c, role, expect: role === 'root' ? 'key' : 'value' });
        }
      }
    }
    if (this.element && this.capture) this.element.text += text.slice(this.element.from);
    const done = this.out;
    this.out = [];
    return done;
  }

  /** The part a container opening now plays: the document, the entries array, an entry, or other data. */
  private roleOf(c: '{' | '['): Role {
    const top = this.stack.at(-1);
    if (!top) return c === '[' ? 'entries' : 'root';
    if (top.role === 'root') return this.lastKey === 'results' ? 'entries' : 'aside';
    return top.role === 'entries' ? 'element' : top.role;
  }

  end(): JsonEntry[] {
    this.endLiteral();
    if (this.inString) this.fail('unterminated string', this.stringLine);
    if (!this.started)
      this.fail('empty file: expected a JSON array of entries or an object with a "results" array', 1);
    const open = this.element ?? null;
    if (this.stack.length > 0)
      this.fail(
        `unexpected end of file: ${open ? `the entry that starts on line ${open.line} is` : 'the document is'} not closed`,
      );
    if (!this.foundEntries)
      this.fail(
        'no "results" array: expected a JSON array of entries or an object with a "results" array',
        1,
      );
    return [];
  }

  private fail(reason: string, line = this.line): never {
    throw new ListParseError(this.file, line, reason);
  }

  /** A value (string, container or literal) starts at text[i]: check the grammar of the frame it is in. */
  private valueStart(c: string, i: number): void {
    const top = this.stack.at(-1);
    if (!top) {
      if (this.finished) this.fail('unexpected content after the end of the JSON document');
      if (c !== '{' && c !== '[')
        this.fail('expected a JSON array of entries or an object with a "results" array');
      this.started = true;
      return;
    }
    if (top.role === 'root') {
      if (top.expect === 'key') {
        if (c !== '"') this.fail('expected a property name in double quotes');
        this.key = '';
        top.expect = 'colon';
        return;
      }
      if (top.expect !== 'value')
        this.fail(top.expect === 'colon' ? "expected ':' after a property name" : "expected ',' or '}'");
      if (this.lastKey === 'results' && c !== '[') this.fail('"results" must be an array of entries');
      top.expect = 'comma';
      return;
    }
    if (top.role === 'entries') {
      if (top.expect !== 'value') this.fail("expected ',' or ']' after an entry");
      if (c !== '{') this.fail(`entry ${this.count + 1} is not an object`);
      top.expect = 'comma';
      this.element = { text: '', from: i, line: this.line };
    }
  }

  private endString(): void {
    this.inString = false;
    if (this.key === null) return;
    try {
      this.lastKey = JSON.parse(`"${this.key}"`) as string;
    } catch {
      this.fail('invalid property name');
    }
    this.key = null;
  }

  private endLiteral(): void {
    if (this.literal === '') return;
    const inside = this.stack.at(-1)?.role;
    // Inside an entry JSON.parse judges literals; elsewhere they are checked here.
    if (inside !== 'element' && !LITERAL.test(this.literal))
      this.fail(`invalid literal ${JSON.stringify(this.literal)}`, this.literalLine);
    this.literal = '';
  }

  private separator(c: ',' | ':'): void {
    const top = this.stack.at(-1);
    if (!top) return this.fail(`unexpected '${c}'`);
    if (top.role === 'root') {
      if (c === ':' && top.expect === 'colon') top.expect = 'value';
      else if (c === ',' && top.expect === 'comma') top.expect = 'key';
      else this.fail(`unexpected '${c}'`);
    } else if (top.role === 'entries') {
      if (c === ',' && top.expect === 'comma') top.expect = 'value';
      else this.fail(`unexpected '${c}' between entries`);
    }
  }

  private close(c: '}' | ']', i: number, text: string): void {
    const frame = this.stack.pop();
    if (!frame || (frame.kind === '{') !== (c === '}')) return this.fail(`unexpected '${c}'`);
    if (frame.role === 'root' && frame.expect !== 'comma' && frame.expect !== 'key')
      this.fail(`unexpected '${c}'`);
    if (this.stack.length === 0) this.finished = true;
    if (frame.role !== 'element' || this.stack.at(-1)?.role !== 'entries') return;
    const element = this.element!;
    this.element = null;
    this.count++;
    if (!this.capture) return;
    const body = element.text + text.slice(element.from, i + 1);
    try {
      this.out.push({ value: JSON.parse(body) as unknown, line: element.line });
    } catch {
      const at = jsonErrorOffset(body) ?? 0;
      const found = at < body.length ? JSON.stringify(body[at]) : 'the end of the entry';
      this.fail(
        `invalid JSON in entry ${this.count}: unexpected ${found}`,
        element.line + countNewlines(body.slice(0, at)),
      );
    }
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const SLICE = 64 * 1024;

/** Entries of a JSON list stream, decoded as UTF-8, read chunk by chunk. */
export async function* jsonEntries(
  input: AsyncIterable<Buffer | string>,
  file: string,
): AsyncGenerator<JsonEntry> {
  const scanner = new JsonEntryScanner(file, true);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    // A stream made from one big buffer arrives as one chunk; slicing it keeps the records completed per
    // step, and so memory, bounded whatever the chunk size.
    for (let i = 0; i < text.length; i += SLICE) yield* scanner.push(text.slice(i, i + SLICE));
  }
  yield* scanner.push(decoder.end());
  yield* scanner.end();
}
