// The server's cache along chains of whole-entity and unusual edits of data sources and tasks
// (core/test/entityEdits.ts: entities pasted, deleted, moved, renamed, of the wrong type,
// escaped and Chinese names, odd references), with nothing but diagnostics asked on the way:
// every version's diagnostics, and at the end hovers, definitions and the outline, are those
// of a fresh analysis of the same text.
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateTopology } from '../../bench/generate';
import { analyse, applySeverities } from '../../core/src/index';
import { random } from '../../core/test/edits';
import { keystroke, networkEdit, workloadEdit } from '../../core/test/entityEdits';
import { featuresAt, offsetsOf, wholeSurface } from '../../core/test/surface';
import { AnalysisCache } from '../src/analysisCache';
import { toDiagnostic } from '../src/convert';

const URI = 'file:///entities.dwnet.json';

describe('analysis cache, whole-entity edits', () => {
  it.each([
    ['LF', '\n', 3],
    ['CRLF', '\r\n', 4],
  ])('gives what a fresh analysis gives after every edit (%s)', (_name, eol, seed) => {
    const cache = new AnalysisCache(getLanguageService({}));
    let document = TextDocument.create(
      URI,
      'dwnet',
      0,
      generateTopology(30, seed).replace(/\n/g, eol),
    );
    const next = random(seed * 101);
    for (let i = 0; i < 60; i++) {
      const text = document.getText();
      const choice = next();
      const edited =
        (choice < 0.45
          ? keystroke(text, next)
          : choice < 0.6
            ? networkEdit(text, next)
            : workloadEdit(text, next)) ?? text;
      document = TextDocument.create(URI, 'dwnet', document.version + 1, edited);
      const actual = cache.diagnostics(
        document,
        applySeverities(cache.analysis(document).rawFindings, {}),
      );
      const fresh = analyse(edited);
      const expected = applySeverities(fresh.rawFindings, {}).map((f) => toDiagnostic(document, f));
      expect(actual, `edit ${i}`).toEqual(expected);
    }
    const analysis = cache.analysis(document);
    const fresh = analyse(document.getText());
    const offsets = offsetsOf(document.getText());
    expect(featuresAt(analysis, offsets)).toEqual(featuresAt(fresh, offsets));
    expect(wholeSurface(analysis)).toEqual(wholeSurface(fresh));
  });
});
