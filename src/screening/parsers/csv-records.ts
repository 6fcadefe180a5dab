import { StringDecoder } from 'node:string_decoder';
import { ListParseError } from './list-entry';

/**
 * A streaming RFC 4180 reader that knows which line each record starts on. csv-parse (installed) was the
 * first choice, but it miscounts lines when a quoted field holds CRLF line breaks (each CRLF counts twice)
 * and reports an unterminated quote at the end of the file rather than where it opened; an import must
 * name the right line, so the few states of CSV are handled here. Strict like csv-parse's defaults: a
 * quote inside an unquoted field, or text after a closing quote, is an error.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
}

/** OFAC ends its CSV files with a DOS end-of-file byte (Ctrl-Z) after the last CRLF. */
const DOS_EOF = '\u001a';

type Mode = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted' | 'afterQuoted' | 'afterCr';
const SPECIAL = /[,\r\n"]/g;

export class CsvTokenizer {
  private mode: Mode = 'fieldStart';
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private fields: string[] = [];
  private field = '';
  private started = false;
  private out: CsvRecord[] = [];

  constructor(private readonly file: string) {}

  /** Consumes a piece of text and returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      switch (this.mode) {
        case 'quoted': {
          const q = text.indexOf('"', i);
          const end = q < 0 ? text.length : q;
          this.field += text.slice(i, end);
          this.line += countNewlines(text, i, end);
          if (q >= 0) this.mode = 'quoteInQuoted';
          i = end + 1;
          continue;
        }
        case 'quoteInQuoted':
          if (c === '"') {
            this.field += '"'; // an escaped quote ("")
            this.mode = 'quoted';
            i++;
          } else {
            this.mode = 'afterQuoted'; // the quote closed the field; c is looked at again
          }
          continue;
        case 'afterCr':
          this.mode = 'fieldStart';
          if (c === '\n') i++; // CRLF is one line break
          continue;
        case 'fieldStart':
        case 'unquoted':
        case 'afterQuoted':
          i = this.plain(text, i, c);
          continue;
      }
    }
    const done = this.out;
    this.out = [];
    return done;
  }

  /** Ends the input: the last record, or an error if a quoted field never closed. */
  end(): CsvRecord[] {
    if (this.mode === 'quoted') {
      throw new ListParseError(
        this.file,
        this.quoteLine,
        `unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`,
      );
    }
    if (this.mode === 'unquoted' && this.field.endsWith(DOS_EOF)) this.field = this.field.slice(0, -1);
    const closedQuote = this.mode === 'quoteInQuoted' || this.mode === 'afterQuoted';
    if (this.fields.length > 0 || this.field !== '' || closedQuote) {
      this.mode = closedQuote ? 'afterQuoted' : this.mode;
      this.endRecord();
    }
    const done = this.out;
    this.out = [];
    return done;
  }

  /** Outside quotes: separators, line breaks, the opening quote, or a run of plain text. */
  private plain(text: string, i: number, c: string): number {
    if (c === ',') {
      this.endField();
      return i + 1;
    }
    if (c === '\n' || c === '\r') {
      this.endRecord();
      this.line++;
      this.recordLine = this.line;
      if (c === '\r') this.mode = 'afterCr';
      return i + 1;
    }
    if (this.mode === 'afterQuoted') {
      throw new ListParseError(
        this.file,
        this.line,
        `unexpected ${JSON.stringify(c)} after the closing quote of field ${this.fields.length + 1}`,
      );
    }
    if (c === '"') {
      if (this.mode === 'unquoted') {
        throw new ListParseError(
          this.file,
          this.line,
          `quote inside the unquoted field ${this.fields.length + 1}`,
        );
      }
      this.mode = 'quoted';
      this.quoteLine = this.line;
      return i + 1;
    }
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(text);
    const end = next ? next.index : text.length;
    this.field += text.slice(i, end);
    this.mode = 'unquoted';
    return end;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.mode = 'fieldStart';
  }

  private endRecord(): void {
    const blank = this.fields.length === 0 && this.mode === 'fieldStart' && this.field === '';
    this.endField();
    const fields = this.fields;
    this.fields = [];
    if (blank) return; // an empty line is not a record
    if (fields.length === 1 && fields[0]!.trim() === DOS_EOF) return;
    this.out.push({ fields, line: this.recordLine });
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const SLICE = 64 * 1024;

/** Records of a CSV stream, decoded as UTF-8, read chunk by chunk. */
export async function* csvRecords(
  input: AsyncIterable<Buffer | string>,
  file: string,
): AsyncGenerator<CsvRecord> {
  const tokenizer = new CsvTokenizer(file);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    // A stream made from one big buffer arrives as one chunk; slicing it keeps the records completed per
    // step, and so memory, bounded whatever the chunk size.
    for (let i = 0; i < text.length; i += SLICE) yield* tokenizer.push(text.slice(i, i + SLICE));
  }
  yield* tokenizer.push(decoder.end());
  yield* tokenizer.end();
}
