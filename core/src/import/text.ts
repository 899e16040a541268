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
 * What a comment or note says: always a text of the catalogue. Words no catalogue has (a
 * parser's message, an address, the cloud's error) are parameters inside one of its
 * sentences, and words already in the user's language are `importText.formatted`.
 */
export type ImportWords = ImportText;

export function importText(key: MessageKey, params?: Record<string, ImportTextParam>): ImportText {
  return params === undefined ? { key } : { key, params };
}

/** `words` in `locale`, each nested text formatted before the sentence that holds it. */
export function formatImportWords(words: ImportWords, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(words.params ?? {}))
    params[name] = typeof param === 'object' ? formatImportWords(param, locale) : param;
  return localizer(locale).t(words.key, params);
}

/** `<address>: <message>`. */
export function prefixedWords(address: string, message: ImportWords): ImportWords {
  return importText('importText.prefixed', { address, message });
}

/**
 * Words already formatted in the user's language (localize.ts), kept as a text of the
 * catalogue whose template is the words themselves, so that formatting them again in any
 * language changes nothing.
 */
export function formattedWords(text: string): ImportText {
  return importText('importText.formatted', { text });
}

/** `not imported: <why>`. */
export function notImported(why: ImportText): ImportText {
  return importText('importText.notImported', { why });
}

/** `a; b; c`: each text in turn, joined as the catalogue's `importText.list` says. */
export function listText(texts: readonly ImportText[]): ImportTextParam {
  return (
    texts.reduceRight<ImportTextParam | undefined>(
      (rest, first) =>
        rest === undefined ? first : importText('importText.list', { first, rest }),
      undefined,
    ) ?? ''
  );
}

/**
 * jsonc-parser's error code in words (`CloseBraceExpected` → `} expected`), for the importers
 * of Terraform JSON and of saved API responses; a code it does not know is shown as it is.
 */
export function parseProblem(code: string): ImportTextParam {
  const keys: Record<string, MessageKey> = {
    InvalidSymbol: 'importText.json.problem.InvalidSymbol',
    InvalidNumberFormat: 'importText.json.problem.InvalidNumberFormat',
    PropertyNameExpected: 'importText.json.problem.PropertyNameExpected',
    ValueExpected: 'importText.json.problem.ValueExpected',
    ColonExpected: 'importText.json.problem.ColonExpected',
    CommaExpected: 'importText.json.problem.CommaExpected',
    CloseBraceExpected: 'importText.json.problem.CloseBraceExpected',
    CloseBracketExpected: 'importText.json.problem.CloseBracketExpected',
    EndOfFileExpected: 'importText.json.problem.EndOfFileExpected',
    InvalidCommentToken: 'importText.json.problem.InvalidCommentToken',
    UnexpectedEndOfComment: 'importText.json.problem.UnexpectedEndOfComment',
    UnexpectedEndOfString: 'importText.json.problem.UnexpectedEndOfString',
    UnexpectedEndOfNumber: 'importText.json.problem.UnexpectedEndOfNumber',
    InvalidUnicode: 'importText.json.problem.InvalidUnicode',
    InvalidEscapeCharacter: 'importText.json.problem.InvalidEscapeCharacter',
    InvalidCharacter: 'importText.json.problem.InvalidCharacter',
  };
  const key = keys[code];
  return key === undefined ? code : importText(key);
}
