// Editor features computed from one analysis of a document version. Offsets are UTF-16
// offsets into the analysed text, as everywhere in the core; the server converts them.
import type { EntityKind } from '../model';
import type { TextEdit } from '../types';

export interface Span {
  offset: number;
  length: number;
}

export interface HoverResult extends Span {
  /** Markdown. */
  contents: string;
}

/** The entity kinds that ids name (the model's). */
export type { EntityKind };

export interface DocumentSymbol extends Span {
  name: string;
  detail: string;
  kind: EntityKind | 'collection' | 'property';
  /** The key of the entity (what an editor selects when the symbol is picked). */
  selection: Span;
  children: DocumentSymbol[];
}

export interface CodeLensResult extends Span {
  task: string;
  /** "Scenario 2 · 1 step missing", "Scenario 1 · connected", … */
  title: string;
}

export interface IdCompletion {
  label: string;
  kind: EntityKind;
  /** One line: what the entity is (e.g. "VPC · cn-hangzhou · 10.0.0.0/16"). */
  detail: string;
  /** The span the completion replaces (the string's content, without its quotes). */
  replace: Span;
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

export interface PrepareRenameResult extends Span {
  placeholder: string;
}
