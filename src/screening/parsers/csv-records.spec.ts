import { csvRecords, CsvTokenizer } from './csv-records';
import { ListParseError } from './list-entry';
import { collect, rejection, textStream } from './testing/real-files';

const read = (text: string, chunk = 3) => collect(csvRecords(textStream(text, chunk), 'f.csv'));

describe('csvRecords', () => {
  it('reads quoted fields, escaped quotes and line breaks inside quotes, with the line each record starts on', async () => {
    const text = 'a,"b, c"\r\n"multi\r\nline ""quoted""",2\r\n\r\nlast,"x"';
    for (const chunk of [1, 2, 3, 5, 64]) {
      expect(await read(text, chunk)).toEqual([
        { fields: ['a', 'b, c'], line: 1 },
        { fields: ['multi\r\nline "quoted"', '2'], line: 2 },
        { fields: ['last', 'x'], line: 5 },
      ]);
    }
  });

  it('drops a UTF-8 BOM, blank lines and the DOS end-of-file byte OFAC appends', async () => {
    expect(await read('\uFEFF1,"é"\n\n2,ü\r\n\u001a', 1)).toEqual([
      { fields: ['1', 'é'], line: 1 },
      { fields: ['2', 'ü'], line: 3 },
    ]);
    expect(await read('1,2\u001a')).toEqual([{ fields: ['1', '2'], line: 1 }]);
  });

  it('keeps empty fields and a trailing empty field', async () => {
    expect(await read(',a,\n""\n')).toEqual([
      { fields: ['', 'a', ''], line: 1 },
      { fields: [''], line: 2 },
    ]);
  });

  it('names the line where an unterminated quote opened, not the end of the file', async () => {
    const e = await rejection(read('1,"ok"\n2,"never closed\n3,x\n4,y\n'));
    expect(e).toBeInstanceOf(ListParseError);
    expect(e).toMatchObject({
      file: 'f.csv',
      line: 2,
      reason: expect.stringContaining('unterminated quoted field'),
    });
  });

  it('rejects a quote inside an unquoted field and text after a closing quote, on their line', async () => {
    expect(await rejection(read('a,b\nc,d"e\n'))).toMatchObject({
      line: 2,
      reason: expect.stringContaining('quote inside the unquoted field 2'),
    });
    expect(await rejection(read('a,b\r\n"c"d,e\r\n'))).toMatchObject({
      line: 2,
      reason: expect.stringContaining('after the closing quote'),
    });
  });

  it('hands back only the records each chunk completed', () => {
    const t = new CsvTokenizer('f.csv');
    expect(t.push('a,b\nc,')).toEqual([{ fields: ['a', 'b'], line: 1 }]);
    expect(t.push('d')).toEqual([]);
    expect(t.end()).toEqual([{ fields: ['c', 'd'], line: 2 }]);
  });
});
