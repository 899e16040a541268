// Reading a Terraform HCL directory (hcl part of `dwnet import terraform`): the CLI reads
// the files `terraformFilesWanted` accepts into a map and passes it here; core does no IO.
import { importText } from '../text';
import type { TerraformReadResult } from './resources';
import { TerraformEvaluator, type ReadTerraformOptions } from './evaluate';
import { hclParserLoaded } from './hcl';

export { terraformFilesWanted } from './modules';
export { loadHclParser, hclParserLoaded, HCL_WASM_FILES, HCL_WASM_MODULES } from './hcl';
export type { ReadTerraformOptions } from './evaluate';
export * from './resources';

/**
 * Every resource and data source of the configuration in `files` (paths relative to the
 * imported directory, as `terraformFilesWanted` selects them), statically evaluated;
 * never throws on bad input (notes instead). `await loadHclParser(…)` once before.
 */
export function readTerraformConfiguration(
  files: Map<string, string>,
  options: ReadTerraformOptions = {},
): TerraformReadResult {
  const normalized = new Map<string, string>();
  for (const [path, text] of files)
    normalized.set(path.replace(/\\/g, '/').replace(/^\.\//, ''), text);
  if (!hclParserLoaded())
    return {
      resources: [],
      notes: [{ level: 'error', message: importText('importText.read.hclNotLoaded') }],
    };
  try {
    return new TerraformEvaluator(normalized, options).read();
  } catch (error) {
    // A defect of the evaluator must not become a stack trace for the user.
    return {
      resources: [],
      notes: [
        {
          level: 'error',
          message: importText('importText.read.evaluatorFailed', {
            error: error instanceof Error ? error.message : String(error),
          }),
        },
      ],
    };
  }
}
