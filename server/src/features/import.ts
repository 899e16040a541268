// `dwnet/import`: the editor's *Import from Terraform…* and *Import from Alibaba Cloud API
// responses…*. The extension sends the contents of the files the user picked; the core
// imports them, as `dwnet import` does, and the text goes back to be opened in an editor.
import {
  DEFAULT_SCHEMA,
  formatImportWords,
  hclParserLoaded,
  importAliyun,
  importNoteText,
  importSummaryLines,
  importTerraform,
  loadHclParserFrom,
  localizeTopology,
  t,
  writeTopology,
} from '../../../core/src/index';
import type { ImportParams, ImportResult } from '../../../protocol/index';
import type { ServerContext } from '../context';

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
      // The WebAssembly next to the server bundle, loaded at the first import.
      const { runtime } = context;
      const problem = hclParserLoaded()
        ? undefined
        : await loadHclParserFrom(runtime.readBundledFile?.bind(runtime));
      if (problem !== undefined) {
        const reason = formatImportWords(problem, locale);
        const error = t(locale, 'import.hclNotLoaded', { reason });
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
