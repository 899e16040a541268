// `dwnet/import`: the editor's *Import from Terraform…* and *Import from Alibaba Cloud API
// responses…*. The extension sends the contents of the files the user picked; the core
// imports them, as `dwnet import` does, and the text goes back to be opened in an editor.
import {
  DEFAULT_SCHEMA,
  HCL_WASM_FILES,
  hclParserLoaded,
  importAliyun,
  importNoteText,
  importSummaryLines,
  importTerraform,
  loadHclParser,
  localizeTopology,
  t,
  writeTopology,
} from '../../../core/src/index';
import type { ImportParams, ImportResult } from '../../../protocol/index';
import type { ServerContext } from '../context';

/** Loads the HCL parser from the WebAssembly next to the server bundle; why not, when it cannot. */
async function ensureHclParser(context: ServerContext): Promise<string | undefined> {
  if (hclParserLoaded()) return undefined;
  const read = context.runtime.readBundledFile;
  if (!read) return 'this editor host cannot load the HCL parser';
  const bytes = new Map<string, Uint8Array>();
  for (const name of Object.values(HCL_WASM_FILES)) {
    const file = await read.call(context.runtime, name);
    if (!file) return `${name} is missing next to the language server`;
    bytes.set(name, file);
  }
  try {
    await loadHclParser((name) => bytes.get(name) ?? new Uint8Array());
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function importTopology(
  context: ServerContext,
  params: ImportParams,
): Promise<ImportResult> {
  const locale = context.cache.locale;
  const files = new Map(Object.entries(params.files ?? {}));
  if (files.size === 0) {
    return {
      text: '',
      summary: [],
      errors: [t(locale, 'import.noFiles', { label: params.label })],
    };
  }
  let topology;
  if (params.source === 'aliyun') {
    topology = importAliyun(files);
  } else {
    const hcl = [...files.keys()].some((name) => /\.tf(\.json)?$/.test(name));
    if (hcl) {
      const problem = await ensureHclParser(context);
      if (problem !== undefined) {
        const error = t(locale, 'import.hclNotLoaded', { reason: problem });
        return { text: '', summary: [], errors: [error] };
      }
    }
    topology = importTerraform(files, params.root ? { root: params.root } : {});
  }
  topology = localizeTopology(topology, locale);
  const errors = topology.notes.filter((note) => note.level === 'error').map(importNoteText);
  const summary = importSummaryLines(topology, params.label, params.source, locale);
  if (errors.length > 0) return { text: '', summary, errors };
  const text = writeTopology(topology, {
    schema: DEFAULT_SCHEMA,
    header: t(locale, 'import.editorHeader', {
      label: params.label,
      source: params.source === 'terraform' ? 'terraform' : 'aliyun',
    }).split('\n'),
  });
  return { text, summary, errors: [] };
}
