// Test helpers for the Terraform reader: the HCL parser loaded from node_modules, a folder
// read the way the CLI reads it, and values printed with their unknowns visible.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  HCL_WASM_MODULES,
  Unknown,
  loadHclParser,
  readTerraformConfiguration,
  terraformFilesWanted,
  type ReadTerraformOptions,
  type TerraformReadResult,
  type TerraformResource,
  type TfValue,
} from '../../src/import/terraform';

export function loadParserFromNodeModules(): Promise<void> {
  return loadHclParser((name) => readFileSync(require.resolve(HCL_WASM_MODULES[name] ?? name)));
}

export const FIXTURES = join(__dirname, '../../../test/fixtures/import/terraform');

/** Every file of a folder that `terraformFilesWanted` accepts, keyed by relative path. */
export function folderFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const key = relative(dir, path).split('\\').join('/');
        if (terraformFilesWanted(key)) files.set(key, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return files;
}

export function read(
  files: Record<string, string>,
  options: ReadTerraformOptions = {},
): TerraformReadResult {
  return readTerraformConfiguration(new Map(Object.entries(files)), options);
}

/** A value with each unknown written `?origin`, for exact comparisons. */
export function plain(value: TfValue | undefined): unknown {
  if (value instanceof Unknown) return `?${value.origin}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = plain(item);
    return result;
  }
  return value;
}

export function resource(result: TerraformReadResult, address: string): TerraformResource {
  const found = result.resources.find((r) => r.address === address);
  if (!found)
    throw new Error(
      `no resource ${address}; there are ${result.resources.map((r) => r.address).join(', ')}`,
    );
  return found;
}

export function valuesOf(result: TerraformReadResult, address: string): unknown {
  return plain(resource(result, address).values);
}

/** The value of `output`-like local `x` computed through a throwaway resource. */
export function evaluateExpression(expression: string, extra = ''): unknown {
  const result = read({
    'main.tf': `${extra}\nresource "test_value" "x" {\n  value = ${expression}\n}\n`,
  });
  return plain(resource(result, 'test_value.x').values['value']);
}
