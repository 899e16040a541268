// What a dwnet file shares with any JSON file — schema completion, formatting, folding,
// selection ranges — delegated to vscode-json-languageservice with dwnet's schema.
import { getLanguageService, type LanguageService } from 'vscode-json-languageservice';
import type {
  CompletionList,
  FoldingRange,
  FormattingOptions,
  Position,
  Range,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localizedSchema, type Locale } from '../../../core/src/index';
import type { ServerContext } from '../context';

export const SCHEMA_URI = 'dwnet://schemas/dwnet.schema.json';
const SCHEMA_FILE = 'dwnet.schema.json';

/**
 * Whether a `$schema` value names dwnet's schema: any relative path or URL whose last
 * segment is dwnet.schema.json (the examples say `../schemas/dwnet.schema.json`).
 */
export function namesDwnetSchema(uri: string): boolean {
  const path = uri.replace(/[?#].*$/, '');
  return (
    path === SCHEMA_FILE || path.endsWith(`/${SCHEMA_FILE}`) || path.endsWith(`\\${SCHEMA_FILE}`)
  );
}

/** How each service answers in another language (`setJsonServiceLocale`). */
const localeSetters = new WeakMap<LanguageService, (locale: Locale) => void>();

export function createJsonService(): LanguageService {
  let bundled = '';
  const service = getLanguageService({
    // The schema ships inside the server: never fetch anything from the network. A
    // document's `$schema` takes precedence over the association below in the language
    // service, which then asks for that URI here: dwnet's own name gets the bundled copy
    // (a relative path could not be resolved anyway, as the server knows no base folder).
    schemaRequestService: (uri) =>
      namesDwnetSchema(uri)
        ? Promise.resolve(bundled)
        : Promise.reject(new Error(`dwnet does not load schemas from ${uri}`)),
  });
  const useLocale = (locale: Locale) => {
    // Completion's documentation and snippet labels come from the schema's own text.
    const schema = localizedSchema(locale) as object;
    bundled = JSON.stringify(schema);
    service.configure({
      allowComments: true,
      validate: false,
      schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema }],
    });
  };
  useLocale('en');
  localeSetters.set(service, useLocale);
  return service;
}

/** Completion from the schema in `locale` (the client's display language). */
export function setJsonServiceLocale(service: LanguageService, locale: Locale): void {
  localeSetters.get(service)?.(locale);
}

export function schemaCompletions(
  context: ServerContext,
  document: TextDocument,
  position: Position,
): Thenable<CompletionList> {
  const parsed = context.cache.jsonDocument(document);
  if (!parsed) return Promise.resolve({ isIncomplete: false, items: [] });
  return context.jsonService
    .doComplete(document, position, parsed)
    .then((list) => list ?? { isIncomplete: false, items: [] });
}

export function format(
  context: ServerContext,
  document: TextDocument,
  range: Range | undefined,
  options: FormattingOptions,
): TextEdit[] {
  return context.jsonService.format(document, range, options);
}

export function foldingRanges(context: ServerContext, document: TextDocument): FoldingRange[] {
  return context.jsonService.getFoldingRanges(document);
}

export function selectionRanges(
  context: ServerContext,
  document: TextDocument,
  positions: Position[],
): SelectionRange[] {
  const parsed = context.cache.jsonDocument(document);
  return parsed ? context.jsonService.getSelectionRanges(document, positions, parsed) : [];
}
