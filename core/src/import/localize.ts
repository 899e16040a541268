// The importers' comments and notes in the user's language. The mappers write English text
// (the catalogue's `importText.*` templates, filled in), so that they stay free of any
// language; this module recognises each text by its English template and writes the same
// parameters into the template of the locale, the parameters themselves recognised in
// turn ("zone", "known after apply"). Addresses, ids and origins match no template and
// are kept as they are; a text no template matches stays English. The markers a file
// holds (`// from`, `// unresolved:`, `// note:`) never change: `--merge` reads them.
import { CATALOGUES, t, type Locale, type MessageKey } from '../l10n/index';
import type { ImportNote } from './terraform/resources';
import type { ImportedTopology } from './topology';

interface Pattern {
  key: MessageKey;
  regex: RegExp;
  names: string[];
  /** Letters outside parameters: the more, the more specific (tried first). */
  weight: number;
  /** A part of a sentence (`importText.what.*`, `importText.reason.*`): a parameter only. */
  fragment: boolean;
}

let patterns: Pattern[] | undefined;

/** Below this many letters of its own, a template must recognise a parameter too. */
const MIN_WEIGHT = 8;

function compile(): Pattern[] {
  const english = CATALOGUES.en;
  const list: Pattern[] = [];
  for (const key of Object.keys(english) as MessageKey[]) {
    if (!key.startsWith('importText.')) continue;
    const template = english[key];
    const names: string[] = [];
    let source = '';
    let weight = 0;
    for (const part of template.split(/(\{\w+\})/)) {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name !== undefined) {
        names.push(name);
        source += '(.+?)';
      } else {
        source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        weight += part.length;
      }
    }
    const fragment = /^importText\.(what|reason)\./.test(key);
    list.push({ key, regex: new RegExp(`^${source}$`, 's'), names, weight, fragment });
  }
  return list.sort((a, b) => b.weight - a.weight);
}

/** One text in `locale`: recognised by its English template, else unchanged. */
export function localizeImportText(text: string, locale: Locale, depth = 0): string {
  if (locale === 'en' || depth > 3) return text;
  patterns ??= compile();
  for (const pattern of patterns) {
    if (pattern.fragment && depth === 0) continue;
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const params: Record<string, string> = {};
    let changed = false;
    pattern.names.forEach((name, index) => {
      const given = match[index + 1] ?? '';
      params[name] = localizeImportText(given, locale, depth + 1);
      changed ||= params[name] !== given;
    });
    // A template that is little more than its parameters ("{address}: {message}") is only
    // this text's if a parameter is one of ours: an English sentence stays whole.
    if (!pattern.fragment && pattern.names.length > 0 && pattern.weight < MIN_WEIGHT && !changed)
      continue;
    return t(locale, pattern.key, params);
  }
  return text;
}

function localizeNote(note: ImportNote, locale: Locale): ImportNote {
  return { ...note, message: localizeImportText(note.message, locale) };
}

/**
 * The topology with its comments' prose and its notes in `locale`: `from` lines and
 * `dwnet-ignore` comments stay as they are (a source address; a comment dwnet reads).
 */
export function localizeTopology(topology: ImportedTopology, locale: Locale): ImportedTopology {
  if (locale === 'en') return topology;
  const collections: ImportedTopology['collections'] = {};
  for (const [name, entities] of Object.entries(topology.collections) as [
    keyof ImportedTopology['collections'],
    NonNullable<ImportedTopology['collections'][keyof ImportedTopology['collections']]>,
  ][]) {
    collections[name] = new Map(
      [...entities].map(([id, entity]) => [
        id,
        {
          ...entity,
          comments: entity.comments.map((comment) =>
            comment.kind === 'unresolved' || comment.kind === 'note'
              ? { ...comment, text: localizeImportText(comment.text, locale) }
              : comment,
          ),
        },
      ]),
    );
  }
  return {
    ...topology,
    collections,
    notes: topology.notes.map((note) => localizeNote(note, locale)),
  };
}
