// The public entry points of `dwnet import` (SPEC §8). Importers take the contents of the
// files the user pointed at (a map of relative path → text; only the CLI and the server
// read disks) and return a topology; the writer turns it into text, merge.ts folds it
// into an existing file.
import { isTerraformJsonFile, readTerraformJson } from './terraform/json';
import { mapTerraform } from './terraform/map';
import { HCL_WASM_FILES, hclParserLoaded, loadHclParser } from './terraform/hcl';
import { readTerraformConfiguration } from './terraform/index';
import type { ImportNote, TerraformReadResult } from './terraform/resources';
import type { ImportedTopology } from './topology';
import { formattedWords, importText, type ImportWords } from './text';

export { mapTerraform, portsOf, type MapOptions } from './terraform/map';
export { readTerraformJson, isTerraformJsonFile } from './terraform/json';
export { REASON, Unknown } from './terraform/resources';
export type {
  ImportNote,
  TerraformReadResult,
  TerraformResource,
  TfValue,
} from './terraform/resources';
export type {
  CollectionName,
  ImportComment,
  ImportedEntity,
  ImportedTopology,
  ImportSummary,
  JsonValue,
} from './topology';
export {
  writeTopology,
  writeEntity,
  COLLECTION_ORDER,
  DEFAULT_SCHEMA,
  type WriteOptions,
} from './write';
export { mergeTopology, importedIds, MergeError, type MergeResult } from './merge';
export { slug, addressSlug } from './ids';
export { importSummaryLines, importNoteText } from './summary';
export { localizeTopology } from './localize';
export {
  formatImportWords,
  importText,
  type ImportText,
  type ImportTextParam,
  type ImportWords,
} from './text';
export {
  importAliyun,
  aliyunCollectionCommands,
  aliyunCollectionPolicy,
  type AliyunImportOptions,
} from './aliyun/index';
export { terraformFilesWanted } from './terraform/index';
export { loadHclParser, hclParserLoaded, HCL_WASM_FILES } from './terraform/hcl';

/**
 * Loads the HCL parser from the files an editor host bundles (`read`: the bytes of one of
 * HCL_WASM_FILES, or undefined when it is missing; undefined for a host that can read none).
 * What stops it, in the catalogue's words; the WebAssembly's own error is shown as it is.
 */
export async function loadHclParserFrom(
  read: ((fileName: string) => Promise<Uint8Array | undefined>) | undefined,
): Promise<ImportWords | undefined> {
  if (!read) return importText('importText.read.hostCannotLoadHcl');
  const bytes = new Map<string, Uint8Array>();
  for (const file of Object.values(HCL_WASM_FILES)) {
    const content = await read(file);
    if (!content) return importText('importText.read.hclFileMissing', { file });
    bytes.set(file, content);
  }
  try {
    await loadHclParser((name) => bytes.get(name) ?? new Uint8Array());
    return undefined;
  } catch (error) {
    return formattedWords(error instanceof Error ? error.message : String(error));
  }
}

export interface TerraformImportOptions {
  /** `--var name=value`, in order (a later one wins). */
  vars?: readonly (readonly [string, string])[];
  /** `--var-file` paths, keys of `files` (relative to the imported directory). */
  varFiles?: readonly string[];
  /** Ids already used by a file merged into (the import gives its entities other ids). */
  reservedIds?: Iterable<string>;
  /**
   * The imported directory among the keys of `files` (default `''`), when the files also
   * hold the folders its local modules live in (`source = "../.."`).
   */
  root?: string;
}

/**
 * Reads what `files` hold: Terraform JSON (a plan or a state) or an HCL directory (`.tf`,
 * `.tf.json`, `.tfvars`, local modules, `.terraform/modules`). An HCL directory needs the
 * parser loaded first (`await loadHclParser(readWasm)`; the CLI and the server do it).
 */
export function readTerraform(
  files: ReadonlyMap<string, string>,
  options: TerraformImportOptions = {},
): TerraformReadResult {
  const names = [...files.keys()];
  const json = names.filter(isTerraformJsonFile).filter((name) => !name.startsWith('.terraform/'));
  if (json.length > 0 && !names.some((name) => /\.tf(\.json)?$/.test(name))) {
    const resources: TerraformReadResult['resources'] = [];
    const notes: ImportNote[] = [];
    for (const name of json.sort()) {
      const result = readTerraformJson(files.get(name) ?? '', name);
      resources.push(...result.resources);
      notes.push(...result.notes);
    }
    return { resources, notes };
  }
  if (!hclParserLoaded()) {
    return {
      resources: [],
      notes: [{ level: 'error', message: importText('importText.read.hclNotLoaded') }],
    };
  }
  const vars: Record<string, string> = {};
  for (const [name, value] of options.vars ?? []) vars[name] = value;
  return readTerraformConfiguration(new Map(files), {
    vars,
    varFiles: [...(options.varFiles ?? [])],
    ...(options.root !== undefined ? { root: options.root } : {}),
  });
}

export function importTerraform(
  files: ReadonlyMap<string, string>,
  options: TerraformImportOptions = {},
): ImportedTopology {
  const result = readTerraform(files, options);
  return mapTerraform(result, options.reservedIds ? { reservedIds: options.reservedIds } : {});
}
