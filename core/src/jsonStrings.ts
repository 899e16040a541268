// The values of JSON strings read straight from the text: escape sequences decoded, and
// slices detached from the text they were cut from. Shared by the fast parser
// (wellFormedParse.ts) and the compact tree it writes (compactTree.ts).

/** What each escape sequence other than `\u` stands for, by the character after the backslash. */
export const ESCAPES: Record<number, string | undefined> = {
  34: '"',
  92: '\\',
  47: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

/** The value of a JSON string whose escape sequences were checked by the parser. */
export function decodeEscaped(text: string, start: number, end: number): string {
  let result = '';
  let from = start;
  for (let pos = text.indexOf('\\', start); pos >= 0 && pos < end; pos = text.indexOf('\\', from)) {
    result += text.slice(from, pos);
    const escape = text.charCodeAt(pos + 1);
    if (escape === 117 /* u */) {
      result += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
      from = pos + 6;
    } else {
      result += ESCAPES[escape] ?? '';
      from = pos + 2;
    }
  }
  return result + text.slice(from, end);
}

/**
 * A copy of a string that shares no memory with the text it was cut from: V8 makes a
 * long slice a view into the whole text, which would keep every edited version of a
 * large file alive for as long as the model keeps one of its values.
 */
export function detached(slice: string): string {
  // V8 slices a concatenation by first copying it into a new flat string: what the result
  // points into is that copy, the size of the slice.
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}
