// ICU-like message templates: `{name}` inserts a parameter; `{count, plural, one {…} other {…}}`
// and `{kind, select, a {…} other {…}}` choose a branch (`#` in a plural branch is the
// count); `\{` and `\}` are literal braces. A template is compiled once, the first time it is used; formatting a compiled
// template is a join, so messages can be made for every finding of a large file.

export type MessageParams = Readonly<Record<string, string | number>>;

type Part =
  | string
  | { kind: 'param'; name: string }
  | { kind: 'plural' | 'select'; name: string; branches: ReadonlyMap<string, Part[]> };

export type CompiledTemplate = readonly Part[];

/** Compiles a template; throws on unbalanced braces (the catalogue test compiles every one). */
export function compileTemplate(template: string): CompiledTemplate {
  const [parts, end] = parseParts(template, 0, false);
  if (end !== template.length) throw new Error(`unbalanced '}' in message: ${template}`);
  return parts;
}

function parseParts(text: string, start: number, nested: boolean): [Part[], number] {
  const parts: Part[] = [];
  let literal = '';
  let i = start;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && (text[i + 1] === '{' || text[i + 1] === '}')) {
      // `\{` and `\}` are literal braces.
      literal += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '}') {
      if (!nested) throw new Error(`unbalanced '}' in message: ${text}`);
      break;
    }
    if (char !== '{') {
      literal += char;
      i++;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    const close = text.indexOf('}', i);
    const comma = text.indexOf(',', i);
    if (close < 0) throw new Error(`unclosed '{' in message: ${text}`);
    if (comma < 0 || close < comma) {
      parts.push({ kind: 'param', name: text.slice(i + 1, close).trim() });
      i = close + 1;
      continue;
    }
    const name = text.slice(i + 1, comma).trim();
    const secondComma = text.indexOf(',', comma + 1);
    const kind = text.slice(comma + 1, secondComma).trim();
    if (kind !== 'plural' && kind !== 'select') throw new Error(`unknown '${kind}' in: ${text}`);
    const branches = new Map<string, Part[]>();
    i = secondComma + 1;
    for (;;) {
      while (text[i] === ' ') i++;
      if (text[i] === '}') break;
      const open = text.indexOf('{', i);
      if (open < 0) throw new Error(`unclosed branch in message: ${text}`);
      const key = text.slice(i, open).trim();
      const [branch, end] = parseParts(text, open + 1, true);
      branches.set(key, branch);
      i = end + 1;
    }
    if (!branches.has('other')) throw new Error(`no 'other' branch in message: ${text}`);
    parts.push({ kind, name, branches });
    i++;
  }
  if (literal) parts.push(literal);
  return [parts, i];
}

export function formatTemplate(
  parts: CompiledTemplate,
  params: MessageParams,
  pluralCategory: (count: number) => string,
  count?: number,
): string {
  // Pieces joined once, not `+=`: an appended string is a rope (a node per piece, 32 bytes
  // each) that findings keep for as long as the check's result lives; a join is one flat
  // string. Messages and fix titles were most of the ropes a 10 000 check kept.
  const pieces: string[] = [];
  appendTemplate(pieces, parts, params, pluralCategory, count);
  return pieces.join('');
}

function appendTemplate(
  pieces: string[],
  parts: CompiledTemplate,
  params: MessageParams,
  pluralCategory: (count: number) => string,
  count: number | undefined,
): void {
  // An index, not `for … of`: every message of every finding passes here, before V8 optimises.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as CompiledTemplate[number];
    if (typeof part === 'string') {
      pieces.push(
        count !== undefined && part.includes('#') ? part.replaceAll('#', String(count)) : part,
      );
    } else if (part.kind === 'param') {
      const value = params[part.name] ?? `{${part.name}}`;
      // Nearly every parameter is a string: appended as it is, without a call of `String`
      // (the engine's generic conversion, about half a millisecond of a large check's rules).
      pieces.push(typeof value === 'string' ? value : String(value));
    } else {
      const value = params[part.name];
      if (part.kind === 'plural') {
        const n = Number(value);
        const branch =
          part.branches.get(`=${n}`) ??
          part.branches.get(pluralCategory(n)) ??
          part.branches.get('other')!;
        appendTemplate(pieces, branch, params, pluralCategory, n);
      } else {
        const branch = part.branches.get(String(value)) ?? part.branches.get('other')!;
        appendTemplate(pieces, branch, params, pluralCategory, count);
      }
    }
  }
}

/** The names a template uses (parameters, plural and select names), for the catalogue test. */
export function templateParameters(parts: CompiledTemplate): Set<string> {
  const names = new Set<string>();
  const visit = (list: readonly Part[]): void => {
    for (const part of list) {
      if (typeof part === 'string') continue;
      names.add(part.name);
      if (part.kind !== 'param') for (const branch of part.branches.values()) visit(branch);
    }
  };
  visit(parts);
  return names;
}
