import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { JsonEntryScanner } from './json-entries';

/**
 * How many entries a list file holds, for an import's progress total, read as a stream before parsing.
 * The format is sniffed: a file that starts with '{' or '[' is JSON and its entries are counted by the
 * same scanner the JSON parser uses (without parsing them); anything else is CSV, whose records are
 * counted on the bytes, honouring quotes (a quoted line break does not end a record), skipping blank lines
 * and OFAC's trailing Ctrl-Z, and not counting a CSL header line (one starting with `_id` or `source`).
 * So the total equals the number of entries the parser yields for a well-formed file.
 */
export async function countRows(input: Readable, file = 'input'): Promise<number> {
  let json: { scanner: JsonEntryScanner; decoder: StringDecoder } | null = null;
  let sniffed = false;
  let inQuotes = false;
  let lineHasContent = false;
  let records = 0;
  let firstLine = '';
  let firstLineDone = false;

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!sniffed) {
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      const first = /\S/.exec(text)?.[0];
      if (first === undefined) continue; // only whitespace so far: look at the next chunk
      sniffed = true;
      if (first === '{' || first === '[')
        json = { scanner: new JsonEntryScanner(file, false), decoder: new StringDecoder('utf8') };
    }
    if (json) {
      json.scanner.push(json.decoder.write(bytes));
      continue;
    }
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (!firstLineDone) {
        if (b === 0x0a || firstLine.length >= 64) firstLineDone = true;
        else firstLine += String.fromCharCode(b);
      }
      if (b === 0x22) {
        inQuotes = !inQuotes; // an escaped "" toggles twice
        lineHasContent = true;
      } else if (b === 0x0a) {
        if (!inQuotes && lineHasContent) {
          records++;
          lineHasContent = false;
        }
      } else if (b !== 0x0d && b !== 0x1a) {
        lineHasContent = true;
      }
    }
  }
  if (json) {
    json.scanner.push(json.decoder.end());
    json.scanner.end();
    return json.scanner.count;
  }
  if (lineHasContent) records++;
  const header = /^(?:\u00ef\u00bb\u00bf)?"?(?:_id|source)"?,/i.test(firstLine);
  return Math.max(0, records - (header ? 1 : 0));
}
