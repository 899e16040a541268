// What the import tests share: reading a fixture folder the way the CLI does, every text a
// topology holds for a person to read, and the English words none of them may hold.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CATALOGUES,
  formatImportWords,
  loadHclParser,
  type ImportedTopology,
  type ImportWords,
  type Locale,
} from '../../src/index';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
export const CJK = /[\u4e00-\u9fff]/;

export function loadParser(): Promise<void> {
  return loadHclParser((name) =>
    fs.readFileSync(
      name === 'web-tree-sitter.wasm'
        ? path.join(ROOT, 'node_modules', 'web-tree-sitter', name)
        : path.join(ROOT, 'node_modules', '@tree-sitter-grammars', 'tree-sitter-hcl', name),
    ),
  );
}

/** Every file the CLI would read below `dir`, keyed by its path relative to `dir`. */
export function filesOf(dir: string, wanted: (relative: string) => boolean): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (wanted(child)) files.set(child, fs.readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  visit('');
  return files;
}

/** Every text a topology holds for a person to read: notes, skipped records, comments' prose. */
export function wordsOf(topology: ImportedTopology): ImportWords[] {
  return [
    ...topology.notes.map((note) => note.message),
    ...Object.values(topology.summary.skippedWords ?? {}),
    ...Object.values(topology.collections).flatMap((entities) =>
      [...(entities?.values() ?? [])].flatMap((entity) =>
        entity.comments.flatMap((comment) =>
          comment.kind === 'unresolved' || comment.kind === 'note' ? [comment.text] : [],
        ),
      ),
    ),
  ];
}

/** `wordsOf` as the user reads them in `locale`. */
export function proseOf(topology: ImportedTopology, locale: Locale): string[] {
  return wordsOf(topology).map((words) => formatImportWords(words, locale));
}

/** The plain words (parameters that are no text of the catalogue) at any depth of `words`. */
export function plainWords(words: ImportWords): string[] {
  return Object.values(words.params ?? {}).flatMap((param) =>
    typeof param === 'number' ? [] : typeof param === 'string' ? [param] : plainWords(param),
  );
}

/**
 * The English `importText.*` templates that plain words must not match: one with no
 * parameter, or with enough letters of its own to be a sentence of the catalogue (not
 * `{address}: {message}`, which any `x: y` matches).
 */
export function recognisers(): { key: string; regex: RegExp }[] {
  return Object.entries(CATALOGUES.en)
    .filter(([key]) => key.startsWith('importText.'))
    .flatMap(([key, template]) => {
      const parts = template.split(/(\{\w+\})/);
      const own = parts.filter((part) => !/^\{\w+\}$/.test(part)).join('');
      if (own.length < 8 && parts.length > 1) return [];
      const source = parts
        .map((part) =>
          /^\{\w+\}$/.test(part) ? '(.+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      return [{ key, regex: new RegExp(`^${source}$`, 's') }];
    });
}

/**
 * Why plain words are English a catalogue should have said instead: a template of it, or
 * a sentence (three lowercase words in a row; a source's own words are addresses, ids and
 * origins, and a parser's or the cloud's message starts with a capital or is shorter).
 */
export function englishInPlainWords(
  words: ImportWords,
  templates: readonly { key: string; regex: RegExp }[],
): string[] {
  return plainWords(words).flatMap((text) => {
    const match = templates.find(({ regex }) => regex.test(text));
    if (match) return [`${match.key}: ${text}`];
    return /(^|[\s(])[a-z]+( [a-z]+){2}\b/.test(text) ? [`a sentence: ${text}`] : [];
  });
}

/**
 * Plain words, in any topology of `named`, that are English a catalogue should have said
 * (`name: why: words`), and how many texts were looked at.
 */
export function plainEnglish(named: readonly [string, ImportedTopology][]): {
  texts: number;
  plain: string[];
} {
  const templates = recognisers();
  const plain: string[] = [];
  let texts = 0;
  for (const [name, topology] of named) {
    for (const words of wordsOf(topology)) {
      texts++;
      plain.push(...englishInPlainWords(words, templates).map((why) => `${name}: ${why}`));
    }
  }
  return { texts, plain };
}
