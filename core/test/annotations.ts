// Reads the expectations a fixture carries in its comments (test/fixtures/README.md)
// and renders findings the same way, so a failing test shows a readable diff.
import { parseTree, type Node } from 'jsonc-parser';
import { LineIndex, type Finding } from '../src/index';

export interface Expectation {
  line?: number;
  start?: number;
  end?: number;
  severity: string;
  code: string;
  scenario?: number;
  pointer: string;
}

const CARETS = /^(\s*\/\/)(\s*)(\^+)\s+(.*)$/;
const POSITIONLESS = /^\s*\/\/!\s+(.*)$/;

function parseTail(tail: string): Omit<Expectation, 'line' | 'start' | 'end'> {
  const tokens = tail.trim().split(/\s+/);
  const [severity = '', code = '', ...rest] = tokens;
  let scenario: number | undefined;
  let pointer = '';
  for (const token of rest) {
    if (token.startsWith('scenario=')) scenario = Number(token.slice('scenario='.length));
    else if (token.startsWith('@')) pointer = token.slice(1);
  }
  return { severity, code, scenario, pointer };
}

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  let lastCodeLine = -1;
  lines.forEach((line, index) => {
    const caret = CARETS.exec(line);
    if (caret) {
      const start = caret[1]!.length + caret[2]!.length;
      expectations.push({
        ...parseTail(caret[4]!),
        line: lastCodeLine,
        start,
        end: start + caret[3]!.length,
      });
      return;
    }
    const positionless = POSITIONLESS.exec(line);
    if (positionless) {
      expectations.push(parseTail(positionless[1]!));
      return;
    }
    lastCodeLine = index;
  });
  return expectations;
}

/** The expectation a finding satisfies, in the same shape (positions per the caret rules). */
export function describeFinding(
  text: string,
  finding: Finding,
  index = new LineIndex(text),
): Required<Omit<Expectation, 'scenario'>> & { scenario?: number } {
  const start = index.positionAt(finding.offset);
  const end = index.positionAt(finding.offset + finding.length);
  const lineLength = index.lineText(start.line).length;
  return {
    line: start.line,
    start: start.character,
    end: end.line === start.line ? end.character : lineLength,
    severity: finding.severity,
    code: finding.code,
    scenario: finding.scenario,
    pointer: finding.pointer,
  };
}

function key(e: { severity: string; code: string; scenario?: number; pointer: string }): string {
  return `${e.severity} ${e.code}${e.scenario !== undefined ? ` scenario=${e.scenario}` : ''} @${e.pointer}`;
}

/**
 * Matches findings against expectations; returns the unmatched ones on both sides
 * as readable lines (empty arrays when the fixture holds).
 */
export function compare(
  text: string,
  findings: Finding[],
): { missing: string[]; unexpected: string[] } {
  const index = new LineIndex(text);
  const expectations = parseExpectations(text);
  const actual = findings.map((f) => describeFinding(text, f, index));
  const unmatched = [...actual];
  const missing: string[] = [];
  for (const expectation of expectations) {
    const at = unmatched.findIndex(
      (a) =>
        key(a) === key(expectation) &&
        (expectation.line === undefined ||
          (a.line === expectation.line &&
            a.start === expectation.start &&
            a.end === expectation.end)),
    );
    if (at >= 0) unmatched.splice(at, 1);
    else {
      const at =
        expectation.line !== undefined
          ? `${expectation.line + 1}:${(expectation.start ?? 0) + 1}-${(expectation.end ?? 0) + 1} `
          : '';
      missing.push(`${at}${key(expectation)}`);
    }
  }
  return {
    missing,
    unexpected: unmatched.map((a) => `${a.line + 1}:${a.start + 1}-${a.end + 1} ${key(a)}`),
  };
}

/**
 * The nodes a JSON pointer names: with repeated keys a pointer is ambiguous, so every
 * property of that name counts. An absent anchor falls back to its nearest ancestors.
 */
function anchorNodes(root: Node, pointer: string): Node[] {
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let nodes: Node[] = [root];
  for (const segment of segments) {
    const next: Node[] = [];
    for (const node of nodes) {
      if (node.type === 'array') {
        const child = node.children?.[Number(segment)];
        if (child) next.push(child);
      } else if (node.type === 'object') {
        for (const property of node.children ?? []) {
          const value = property.children?.[1];
          if (property.children?.[0]?.value === segment && value) next.push(value);
        }
      }
    }
    if (next.length === 0) return nodes;
    nodes = next;
  }
  return nodes;
}

/** SPEC §4: the range covers the anchor element or a child of it (keys for unused and duplicate-id). */
export function rangeSitsOnAnchor(text: string, finding: Finding): boolean {
  if (finding.code === 'json-syntax' || finding.code.startsWith('suppression-')) return true;
  const root = parseTree(text);
  if (!root) return false;
  const start = finding.offset;
  const end = finding.offset + finding.length;
  return anchorNodes(root, finding.pointer).some((node) => {
    if (finding.code === 'unused' || finding.code === 'duplicate-id') {
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return key !== undefined && key.offset === start && key.length === finding.length;
    }
    return node.offset <= start && end <= node.offset + node.length;
  });
}
