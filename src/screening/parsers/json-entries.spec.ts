import { jsonEntries } from './json-entries';
import { ListParseError } from './list-entry';
import { collect, rejection, textStream } from './testing/real-files';

const read = (text: string, chunk = 3) => collect(jsonEntries(textStream(text, chunk), 'f.json'));
const failure = async (text: string) => {
  const e = await rejection(read(text));
  expect(e).toBeInstanceOf(ListParseError);
  return e as ListParseError;
};

describe('jsonEntries', () => {
  const wrapped =
    '{\n  "total": 2,\n  "sources_used": [{"source": "x", "n": [1, 2.5e3]}],\n  "results": [\n    {"name": "A \\"Q\\" ]}"},\n    {\n      "name": "É"\n    }\n  ]\n}\n';

  it('streams the entries of a "results" array, with the line each starts on, whatever the chunking', async () => {
    for (const chunk of [1, 2, 5, 4096]) {
      expect(await read(wrapped, chunk)).toEqual([
        { value: { name: 'A "Q" ]}' }, line: 5 },
        { value: { name: 'É' }, line: 6 },
      ]);
    }
  });

  it('streams a top-level array, after a BOM', async () => {
    expect(await read('\uFEFF[{"a":1},\n{"a":2}]')).toEqual([
      { value: { a: 1 }, line: 1 },
      { value: { a: 2 }, line: 2 },
    ]);
    expect(await read('[]')).toEqual([]);
  });

  it('is lazy: entries are parsed as they are asked for', async () => {
    const it = jsonEntries(textStream('[{"a":1},{"a":2},{"a":', 4), 'f.json');
    expect((await it.next()).value).toEqual({ value: { a: 1 }, line: 1 });
    await it.return(undefined); // the truncated tail is never read, so no error
  });

  it('names the line of a syntax error inside an entry', async () => {
    const e = await failure(
      '{"results": [\n  {"name": "ok"},\n  {\n    "name": "x",\n    "type": nope\n  }\n]}',
    );
    expect(e.line).toBe(5);
    expect(e.reason).toBe('invalid JSON in entry 2: unexpected "n"');
    const broken = await failure('[\n  {"name": "line\nbreak"}\n]');
    expect(broken).toMatchObject({ line: 2, reason: 'invalid JSON in entry 1: unexpected "\\n"' });
  });

  it('rejects truncated files, unterminated strings and trailing content', async () => {
    expect(await failure('[\n  {"name": "a"},\n  {"name": "b"')).toMatchObject({
      line: 3,
      reason: expect.stringContaining('the entry that starts on line 3 is not closed'),
    });
    expect(await failure('[\n{"name": "a}]\n')).toMatchObject({ line: 2, reason: 'unterminated string' });
    expect(await failure('[{"a":1}]\n[')).toMatchObject({
      line: 2,
      reason: expect.stringContaining('after the end'),
    });
    expect(await failure('')).toMatchObject({ line: 1, reason: expect.stringContaining('empty file') });
  });

  it('checks the top level: shape, separators and literals', async () => {
    expect(await failure('{"total": 1}')).toMatchObject({
      reason: expect.stringContaining('no "results" array'),
    });
    expect(await failure('{"results": {"a": 1}}')).toMatchObject({
      reason: '"results" must be an array of entries',
    });
    expect(await failure('"text"')).toMatchObject({
      reason: expect.stringContaining('expected a JSON array'),
    });
    expect(await failure('[{"a":1}\n{"a":2}]')).toMatchObject({
      line: 2,
      reason: "expected ',' or ']' after an entry",
    });
    expect(await failure('[{"a":1}, 7]')).toMatchObject({ reason: 'entry 2 is not an object' });
    expect(await failure('{\n"total": 12x,\n"results": []}')).toMatchObject({
      line: 2,
      reason: 'invalid literal "12x"',
    });
    expect(await failure('{"total" 1, "results": []}')).toMatchObject({
      reason: "expected ':' after a property name",
    });
    expect(await failure('[{"a":1}}')).toMatchObject({ reason: "unexpected '}'" });
  });
});
