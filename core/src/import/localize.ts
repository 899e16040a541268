// The importers' comments and notes in the user's language. The mappers write catalogue
// keys with their parameters (text.ts), so that they stay free of any language; this module
// formats each in the locale, so that the writer (write.ts), `--merge` and the summary get
// plain text. The markers a file holds (`// from`, `// unresolved:`, `// note:`) never
// change: `--merge` reads them; `from` lines and `dwnet-ignore` comments are a source
// address and a comment dwnet reads, the same in every language.
import type { Locale } from '../l10n/index';
import { formatImportWords, formattedWords, type ImportWords } from './text';
import type { ImportNote } from './terraform/resources';
import type { ImportComment, ImportedTopology } from './topology';

function localizeComment(comment: ImportComment, locale: Locale): ImportComment {
  return comment.kind === 'unresolved' || comment.kind === 'note'
    ? { ...comment, text: formattedWords(formatImportWords(comment.text, locale)) }
    : comment;
}

function localizeNote(note: ImportNote, locale: Locale): ImportNote {
  return { ...note, message: formattedWords(formatImportWords(note.message, locale)) };
}

/** The topology with every comment's prose, note and skipped record as text in `locale`. */
export function localizeTopology(topology: ImportedTopology, locale: Locale): ImportedTopology {
  const collections: ImportedTopology['collections'] = {};
  for (const [name, entities] of Object.entries(topology.collections) as [
    keyof ImportedTopology['collections'],
    NonNullable<ImportedTopology['collections'][keyof ImportedTopology['collections']]>,
  ][]) {
    collections[name] = new Map(
      [...entities].map(([id, entity]) => [
        id,
        { ...entity, comments: entity.comments.map((comment) => localizeComment(comment, locale)) },
      ]),
    );
  }
  const skippedWords = topology.summary.skippedWords;
  return {
    ...topology,
    collections,
    notes: topology.notes.map((note) => localizeNote(note, locale)),
    summary:
      skippedWords === undefined
        ? topology.summary
        : {
            ...topology.summary,
            skippedWords: Object.fromEntries(
              Object.entries(skippedWords).map(([name, words]): [string, ImportWords] => [
                name,
                formattedWords(formatImportWords(words, locale)),
              ]),
            ),
          },
  };
}
