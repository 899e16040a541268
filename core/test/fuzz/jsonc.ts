// A JSON tree that keeps duplicate keys and raw tokens, and its JSONC rendering in any
// style: what the generators build and the fuzzer writes.

export type JValue = string | number | boolean | null | JObject | JArray | JRaw;
export interface JObject {
  kind: 'object';
  entries: [string, JValue][];
}
export interface JArray {
  kind: 'array';
  items: JValue[];
}
/** Text written as is (a number JSON.stringify would not write, a broken literal). */
export interface JRaw {
  kind: 'raw';
  text: string;
}

export const object = (entries: [string, JValue | undefined][]): JObject => ({
  kind: 'object',
  entries: entries.filter((e): e is [string, JValue] => e[1] !== undefined),
});
export const array = (items: JValue[]): JArray => ({ kind: 'array', items });

export interface CommentPlan {
  /** The entry (pre-order, wrapping) the comment goes before or after. */
  at: number;
  text: string;
  form: 'line' | 'block' | 'trailing';
}

export interface Style {
  indent: string;
  eol: '\n' | '\r\n';
  /** Containers at this depth or deeper are written on one line… */
  inlineDepth: number;
  /** …except where this list (indexed by container, wrapping) says otherwise. */
  flips: boolean[];
  trailingCommas: boolean;
  /** No spaces inside one-line containers, after colons or before trailing comments. */
  tight: boolean;
  comments: CommentPlan[];
}

function isContainer(value: JValue): value is JObject | JArray {
  return typeof value === 'object' && value !== null && value.kind !== 'raw';
}

function countEntries(value: JValue): number {
  if (!isContainer(value)) return 0;
  const members = value.kind === 'object' ? value.entries.map((e) => e[1]) : value.items;
  return members.reduce<number>((sum, member) => sum + 1 + countEntries(member), 0);
}

/** JSONC in the given style: indentation, one-line containers, comments, trailing commas. */
export function render(root: JValue, style: Style): string {
  const total = countEntries(root);
  const commentsAt = new Map<number, CommentPlan[]>();
  if (total > 0) {
    for (const comment of style.comments) {
      const list = commentsAt.get(comment.at % total) ?? [];
      list.push(comment);
      commentsAt.set(comment.at % total, list);
    }
  }
  let entry = 0;
  let container = 0;
  const out: string[] = [];
  const newline = (depth: number) => style.eol + style.indent.repeat(depth);
  const gap = style.tight ? '' : ' ';

  const write = (value: JValue, depth: number): void => {
    if (!isContainer(value)) {
      out.push(typeof value === 'object' && value !== null ? value.text : JSON.stringify(value));
      return;
    }
    const isObject = value.kind === 'object';
    const members: [string | undefined, JValue][] = isObject
      ? value.entries
      : value.items.map((item) => [undefined, item]);
    let inline = depth >= style.inlineDepth;
    if (style.flips.length > 0 && style.flips[container % style.flips.length]) inline = !inline;
    container++;
    const [open, close] = isObject ? ['{', '}'] : ['[', ']'];
    if (members.length === 0) {
      out.push(open + close);
      return;
    }
    out.push(open);
    members.forEach(([key, member], i) => {
      const comments = commentsAt.get(entry++) ?? [];
      const last = i === members.length - 1;
      const comma = !last || style.trailingCommas ? ',' : '';
      if (inline) {
        if (!style.tight) out.push(' ');
        for (const c of comments) if (c.form !== 'trailing') out.push(`/* ${c.text} */`, gap);
      } else {
        for (const c of comments) {
          if (c.form === 'line') out.push(newline(depth + 1), `// ${c.text}`);
          else if (c.form === 'block') out.push(newline(depth + 1), `/* ${c.text} */`);
        }
        out.push(newline(depth + 1));
      }
      if (key !== undefined) out.push(JSON.stringify(key), ':', gap);
      write(member, depth + 1);
      out.push(comma);
      for (const c of comments) {
        if (c.form !== 'trailing') continue;
        out.push(gap, inline ? `/* ${c.text} */` : `// ${c.text}`);
      }
    });
    out.push(inline ? gap : newline(depth), close);
  };
  write(root, 0);
  return out.join('') + style.eol;
}
