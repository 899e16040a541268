// The words of an importer's comments and notes, kept free of any language: a catalogue key
// (`importText.*`) with its parameters, a parameter being a source's own words (an address,
// an origin, a count) or another such text (a reason inside a sentence). Only the writer, the
// summary and the editor's import header make them words, in the user's language (localize.ts).
import { localizer, type Locale, type MessageKey } from '../l10n/index';

export interface ImportText {
  key: MessageKey;
  params?: Readonly<Record<string, ImportTextParam>>;
}

/** A parameter: the source's own words, a number, or a text of the catalogue in turn. */
export type ImportTextParam = string | number | ImportText;

/**
 * What a comment or note says: a text of the catalogue, or words no catalogue has (a
 * parser's message, a sentence not yet catalogued, or one already in the user's language),
 * which every language shows as they are.
 */
export type ImportWords = ImportText | string;

export function importText(key: MessageKey, params?: Record<string, ImportTextParam>): ImportText {
  return params === undefined ? { key } : { key, params };
}

/** `words` in `locale`, each nested text formatted before the sentence that holds it. */
export function formatImportWords(words: ImportWords, locale: Locale): string {
  if (typeof words === 'string') return words;
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(words.params ?? {}))
    params[name] = typeof param === 'object' ? formatImportWords(param, locale) : param;
  return localizer(locale).t(words.key, params);
}

/**
 * `<address>: <message>`: the catalogue's form when the message is a text of it, else the
 * words as they are (a sentence no catalogue has stays whole, in English).
 */
export function prefixedWords(address: string, message: ImportWords): ImportWords {
  return typeof message === 'string'
    ? `${address}: ${message}`
    : importText('importText.prefixed', { address, message });
}

/** `not imported: <why>`. */
export function notImported(why: ImportTextParam): ImportText {
  return importText('importText.notImported', { why });
}
