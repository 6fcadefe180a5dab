/**
 * Where the first syntax error in a JSON text is, as an offset, or null if there is none. V8's JSON.parse
 * messages on Node 20 give no position ("Unexpected token 'o', ..."nope" is not valid JSON"), yet an import
 * must name the line; this small recursive-descent check runs only on an entry JSON.parse rejected.
 */
class SyntaxErrorAt extends Error {
  constructor(readonly at: number) {
    super(`JSON syntax error at offset ${at}`);
  }
}

export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (at: number): never => {
    throw new SyntaxErrorAt(at);
  };
  const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail(i);
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') fail(i); // raw control characters (a line break) must be escaped
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(i);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail(i);
      }
      i++;
    }
    fail(i);
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{')
      return members('}', () => {
        space();
        string();
        space();
        expect(':');
        value();
      });
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    if (!LITERAL.exec(text)) fail(i);
    i = LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (i < text.length) fail(i);
    return null;
  } catch (e) {
    if (e instanceof SyntaxErrorAt) return e.at;
    throw e;
  }
}
