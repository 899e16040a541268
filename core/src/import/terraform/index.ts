// Reading a Terraform HCL directory (hcl part of `dwnet import terraform`): the CLI reads
// the files `terraformFilesWanted` accepts into a map and passes it here; core does no IO.
import type { TerraformReadResult } from './resources';
import { TerraformEvaluator, type ReadTerraformOptions } from './evaluate';

export { terraformFilesWanted } from './modules';
export type { ReadTerraformOptions } from './evaluate';
export * from './resources';

/**
 * Every resource and data source of the configuration in `files` (paths relative to the
 * imported directory), statically evaluated; never throws on bad input (notes instead).
 */
export function readTerraformConfiguration(
  files: Map<string, string>,
  options: ReadTerraformOptions = {},
): TerraformReadResult {
  const normalized = new Map<string, string>();
  for (const [path, text] of files)
    normalized.set(path.replace(/\\/g, '/').replace(/^\.\//, ''), text);
  try {
    return new TerraformEvaluator(normalized, options).read();
  } catch (error) {
    // A defect of the evaluator must not become a stack trace for the user.
    return {
      resources: [],
      notes: [
        {
          level: 'error',
          message: `the Terraform configuration could not be evaluated (${error instanceof Error ? error.message : String(error)}); please report this`,
        },
      ],
    };
  }
}
