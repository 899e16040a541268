// The server's cache over a chain of edits, as a user types: every version's diagnostics
// must be those a fresh analysis and conversion give, although the cache analyses most
// versions incrementally and reuses the diagnostics of findings carried over unchanged.
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateTopology } from '../../bench/generate';
import { analyse, applySeverities } from '../../core/src/index';
import { random, randomEdit } from '../../core/test/edits';
import { AnalysisCache } from '../src/analysisCache';
import { toDiagnostic } from '../src/convert';

const URI = 'file:///typing.dwnet.json';

describe('analysis cache', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('gives, after every edit, the diagnostics of a fresh analysis (%s)', (_name, eol) => {
    const cache = new AnalysisCache(getLanguageService({}));
    const text = generateTopology(60, 5).replace(/\n/g, eol);
    let document = TextDocument.create(URI, 'dwnet', 0, text);
    let lastGood = document.getText();
    const next = random(11);
    for (let i = 0; i < 120; i++) {
      const edited = randomEdit(document.getText(), cache.analysis(document), next);
      document = TextDocument.create(URI, 'dwnet', document.version + 1, edited);
      const actual = cache.diagnostics(
        document,
        applySeverities(cache.analysis(document).rawFindings, {}),
      );
      const fresh = analyse(edited);
      const expected = applySeverities(fresh.rawFindings, {}).map((f) => toDiagnostic(document, f));
      expect(actual, `edit ${i}`).toEqual(expected);
      if (fresh.document.syntaxProblems.length === 0) {
        lastGood = edited;
      } else {
        // The user mends the syntax error.
        document = TextDocument.create(URI, 'dwnet', document.version + 1, lastGood);
      }
    }
  });

  it('converts again only the findings at or after a keystroke', () => {
    const cache = new AnalysisCache(getLanguageService({}));
    const text = generateTopology(200, 3);
    const before = TextDocument.create(URI, 'dwnet', 1, text);
    const first = cache.diagnostics(before, cache.analysis(before).rawFindings);
    const at = text.indexOf('"address": "', text.length >> 1) + '"address": "'.length;
    const after = TextDocument.create(URI, 'dwnet', 2, `${text.slice(0, at)}1${text.slice(at)}`);
    const second = cache.diagnostics(after, cache.analysis(after).rawFindings);
    const line = after.positionAt(at).line;
    // Rules that read every pair run again and make new findings; the others' carry over,
    // before the keystroke and after its line alike.
    const reused = second.filter((d) => first.includes(d));
    expect(reused.length).toBeGreaterThan(second.length / 2);
    expect(reused.some((d) => d.range.start.line > line)).toBe(true);
    for (const diagnostic of reused) {
      const lines = [
        diagnostic.range,
        ...(diagnostic.relatedInformation ?? []).map((r) => r.location.range),
      ];
      for (const range of lines) expect([range.start.line, range.end.line]).not.toContain(line);
    }
  });
});
