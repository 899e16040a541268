// Hover, navigation, rename, outline, code lens and id completion: thin adapters over
// core/src/language, which computes them from the document version's analysis.
import {
  CompletionItemKind,
  SymbolKind,
  type CodeLens,
  type CompletionItem,
  type DocumentSymbol as LspSymbol,
  type Hover,
  type Location,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  codeLenses,
  definitionAt,
  documentSymbols,
  hoverAt,
  idCompletions,
  prepareRename,
  referencesAt,
  rename,
  t,
  type DocumentSymbol,
  type EntityKind,
} from '../../../core/src/index';
import { EXPLAIN_TASK_COMMAND } from '../../../protocol/index';
import type { ServerContext } from '../context';
import { rangeOf, toTextEdits } from '../convert';

function located(context: ServerContext, uri: string, position: Position) {
  const document = context.documents.get(uri);
  if (!document) return undefined;
  return {
    document,
    analysis: context.cache.analysis(document),
    offset: document.offsetAt(position),
  };
}

export function hover(context: ServerContext, uri: string, position: Position): Hover | null {
  const at = located(context, uri, position);
  const result = at && hoverAt(at.analysis, at.offset);
  if (!at || !result) return null;
  return {
    contents: { kind: 'markdown', value: result.contents },
    range: rangeOf(at.document, result.offset, result.length),
  };
}

export function definition(context: ServerContext, uri: string, position: Position): Location[] {
  const at = located(context, uri, position);
  if (!at) return [];
  return definitionAt(at.analysis, at.offset).map((span) => ({
    uri,
    range: rangeOf(at.document, span.offset, span.length),
  }));
}

export function references(
  context: ServerContext,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const at = located(context, uri, position);
  if (!at) return [];
  return referencesAt(at.analysis, at.offset, includeDeclaration).map((span) => ({
    uri,
    range: rangeOf(at.document, span.offset, span.length),
  }));
}

export function prepareRenameAt(
  context: ServerContext,
  uri: string,
  position: Position,
): { range: Range; placeholder: string } | null {
  const at = located(context, uri, position);
  const result = at && prepareRename(at.analysis, at.offset);
  if (!at || !result) return null;
  return {
    range: rangeOf(at.document, result.offset, result.length),
    placeholder: result.placeholder,
  };
}

export function renameAt(
  context: ServerContext,
  uri: string,
  position: Position,
  newName: string,
): WorkspaceEdit {
  const at = located(context, uri, position);
  if (!at) return {};
  const result = rename(at.analysis, at.offset, newName);
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
  return { changes: { [uri]: toTextEdits(at.document, result.edits) } };
}

const SYMBOL_KINDS: Record<DocumentSymbol['kind'], SymbolKind> = {
  collection: SymbolKind.Namespace,
  property: SymbolKind.Property,
  account: SymbolKind.Object,
  vpc: SymbolKind.Module,
  vSwitch: SymbolKind.Interface,
  natGateway: SymbolKind.Event,
  dataCenter: SymbolKind.Module,
  connection: SymbolKind.Operator,
  securityGroup: SymbolKind.Struct,
  resourceGroup: SymbolKind.Class,
  dataSource: SymbolKind.Constant,
  task: SymbolKind.Function,
};

function toLspSymbol(document: TextDocument, symbol: DocumentSymbol): LspSymbol {
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: rangeOf(document, symbol.offset, symbol.length),
    selectionRange: rangeOf(document, symbol.selection.offset, symbol.selection.length),
    children: symbol.children.map((child) => toLspSymbol(document, child)),
  };
}

export function symbols(context: ServerContext, uri: string): LspSymbol[] {
  const document = context.documents.get(uri);
  if (!document) return [];
  return documentSymbols(context.cache.analysis(document)).map((symbol) =>
    toLspSymbol(document, symbol),
  );
}

/**
 * Each task's lens (its state, running Explain Task); with `showPathCommand` (a client that
 * draws the topology diagram) a second lens, "Show path", opens the diagram on that task.
 */
export function lenses(context: ServerContext, uri: string, showPathCommand?: string): CodeLens[] {
  const document = context.documents.get(uri);
  if (!document) return [];
  return codeLenses(context.cache.analysis(document)).flatMap((lens) => {
    const range = rangeOf(document, lens.offset, lens.length);
    const explain: CodeLens = {
      range,
      command: { title: lens.title, command: EXPLAIN_TASK_COMMAND, arguments: [uri, lens.task] },
    };
    if (!showPathCommand) return [explain];
    const showPath = {
      range,
      command: {
        title: t(context.cache.locale, 'lens.showPath'),
        command: showPathCommand,
        arguments: [uri, lens.task],
      },
    };
    return [explain, showPath];
  });
}

const COMPLETION_KINDS: Record<EntityKind, CompletionItemKind> = {
  account: CompletionItemKind.Value,
  vpc: CompletionItemKind.Module,
  vSwitch: CompletionItemKind.Interface,
  natGateway: CompletionItemKind.Event,
  dataCenter: CompletionItemKind.Module,
  connection: CompletionItemKind.Operator,
  securityGroup: CompletionItemKind.Struct,
  resourceGroup: CompletionItemKind.Class,
  dataSource: CompletionItemKind.Constant,
  task: CompletionItemKind.Function,
};

/** Ids of the right kind at a reference; undefined when the position is no reference. */
export function referenceCompletions(
  context: ServerContext,
  document: TextDocument,
  position: Position,
): CompletionItem[] | undefined {
  const completions = idCompletions(context.cache.analysis(document), document.offsetAt(position));
  return completions?.map((completion, index) => ({
    label: completion.label,
    kind: COMPLETION_KINDS[completion.kind],
    detail: completion.detail,
    sortText: String(index).padStart(5, '0'),
    // The edit lands inside a JSON string: quotes and backslashes in an id are escaped.
    textEdit: {
      range: rangeOf(document, completion.replace.offset, completion.replace.length),
      newText: JSON.stringify(completion.label).slice(1, -1),
    },
  }));
}
