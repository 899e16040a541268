// Shared by the import tests: resources as a Terraform source yields them, and the
// findings `dwnet check` gives an imported text.
import {
  formatImportWords,
  REASON,
  Unknown,
  validate,
  type ImportNote,
  type ImportWords,
  type TerraformResource,
  type TfValue,
} from '../../src/index';

/** A managed resource at `address` (`type.name[index]`) with these values. */
export function resource(
  address: string,
  values: { [key: string]: TfValue },
  extra: Partial<TerraformResource> = {},
): TerraformResource {
  const plain = address.replace(/^(module\.[^.]+\.)+/, '').replace(/\[[^\]]*\]$/, '');
  const [type = '', name = ''] = plain.split('.');
  return { address, type, name, mode: 'managed', values, file: 'main.tf', line: 1, ...extra };
}

/** A value known after apply, referring to `origin` (as the HCL evaluation and plans give it). */
export function after(origin: string): Unknown {
  return new Unknown(origin, REASON.afterApply);
}

/** Notes with their words as the English output shows them. */
export function englishNotes(
  notes: readonly ImportNote[],
): (Omit<ImportNote, 'message'> & { message: string })[] {
  return notes.map((note) => ({ ...note, message: english(note.message) }));
}

/**
 * A comment's or note's words as the English output shows them (a `from` or `suppress`
 * comment's text is a source address or a line dwnet reads, the same in every language).
 */
export function english(words: ImportWords | string): string {
  return typeof words === 'string' ? words : formatImportWords(words, 'en');
}

/** The findings of a text, as `code@pointer`, without hints. */
export function problems(text: string): string[] {
  return validate(text)
    .findings.filter((f) => f.severity !== 'hint')
    .map((f) => `${f.code}@${f.pointer}`)
    .sort();
}

/** Findings the schema or the parser reports (an import must never produce them). */
export function formatProblems(text: string): string[] {
  return validate(text)
    .findings.filter((f) => f.code === 'json-syntax' || f.code === 'schema')
    .map((f) => `${f.code}@${f.pointer}: ${f.message}`);
}
