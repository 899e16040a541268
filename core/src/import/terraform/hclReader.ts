// The seam between `dwnet import terraform <dir>` and the HCL evaluation (the hcl
// engineer's evaluate.ts). Until that reader is merged, an HCL directory gets one clear
// error note instead of a topology; `terraformFilesWanted` says which files the CLI reads.
import type { ImportNote, TerraformReadResult } from './resources';

export interface HclReadOptions {
  vars?: readonly (readonly [string, string])[];
  varFiles?: readonly string[];
}

/** Whether the CLI should read a file (path relative to the imported directory). */
export function terraformFilesWanted(relativePath: string): boolean {
  const path = relativePath.replace(/\\/g, '/');
  if (/(^|\/)\.terraform\//.test(path) && !/(^|\/)\.terraform\/modules\//.test(path)) return false;
  if (/(^|\/)(node_modules|\.git)\//.test(path)) return false;
  return (
    /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(path) ||
    /(^|\/)\.terraform\/modules\/modules\.json$/.test(path)
  );
}

export function readTerraformHcl(
  files: ReadonlyMap<string, string>,
  _options: HclReadOptions,
): TerraformReadResult {
  const first = [...files.keys()].sort()[0];
  const note: ImportNote = {
    level: 'error',
    message:
      'reading Terraform HCL directories is not available in this build; give `terraform show -json` output or a terraform.tfstate',
    ...(first !== undefined ? { file: first } : {}),
  };
  return { resources: [], notes: [note] };
}
