// Which files make up a module, where a module's source lives, and the files a
// configuration may read. Paths are relative to the imported directory, with `/`.
// Local sources (`./net`, `../shared`) are directories next to the calling module;
// registry and git sources are read where `terraform init` put them, as listed in
// `.terraform/modules/modules.json` (`{"Modules": [{"Key": "net.vpc", "Source": …, "Dir": …}]}`,
// keys are module call names joined with dots).
import { importText } from '../text';
import type { ImportNote } from './resources';
import { parseHcl, type Block, type Body, type Expr } from './hcl';

export interface ModuleSource {
  /** The module's directory, relative to the imported directory; undefined when not on disk. */
  dir: string | undefined;
}

const MANIFEST = '.terraform/modules/modules.json';

/** Data files `file()` and `templatefile()` commonly read. */
const DATA_FILE = /\.(json|ya?ml|tpl|tftpl|txt|csv|cfg|conf|ini|sh|ps1|pub|pem|crt)$/i;

/**
 * The files `dwnet import terraform <dir>` must pass to `readTerraformConfiguration`
 * (path relative to the imported directory, `/`-separated): configuration (`.tf`,
 * `.tf.json`), variables (`.tfvars`, `.tfvars.json`), modules fetched by `terraform init`
 * (`.terraform/modules/**` and its `modules.json`) and the data files `file()` may read.
 * State files are never wanted: they hold secrets and are imported on their own.
 */
export function terraformFilesWanted(path: string): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const segments = normalized.split('/');
  const name = segments[segments.length - 1] ?? '';
  if (segments.some((segment) => segment === '.git' || segment === 'node_modules')) return false;
  if (/\.tfstate(\.backup)?$|\.tfplan$|^terraform\.tfstate/.test(name)) return false;
  // `.terraform/` (where `terraform init` ran, at any depth): only the downloaded modules.
  const dotTerraform = segments.indexOf('.terraform');
  const hidden = (segment: string): boolean =>
    segment.startsWith('.') && segment !== '.' && segment !== '..';
  if (dotTerraform >= 0) {
    if (segments[dotTerraform + 1] !== 'modules') return false;
    if (segments.slice(dotTerraform + 2).join('/') === 'modules.json') return true;
    if (segments.slice(dotTerraform + 2).some(hidden)) return false;
    if (segments.slice(0, dotTerraform).some(hidden)) return false;
  } else if (segments.some(hidden)) {
    return false;
  }
  return /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(name) || DATA_FILE.test(name);
}

/** `a/./b/../c` → `a/c`; leading `..` are kept (a caller may pass files above the root). */
export function normalizePath(path: string): string | undefined {
  const result: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && result.length > 0 && result[result.length - 1] !== '..') result.pop();
    else result.push(segment);
  }
  return result.join('/');
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class ModuleFiles {
  private manifest: Map<string, string> | undefined;

  constructor(
    private readonly files: Map<string, string>,
    private readonly note: (note: ImportNote) => void,
    /** The root module's directory: where `terraform init` wrote `.terraform/`. */
    private readonly rootDir: string,
  ) {}

  /** The `.tf` and `.tf.json` files of a directory, in name order (Terraform's). */
  configurationFiles(dir: string): string[] {
    return [...this.files.keys()]
      .filter((path) => directoryOf(path) === dir && /\.tf(\.json)?$/.test(path))
      .sort(byName);
  }

  /** `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)` by name. */
  automaticVariableFiles(rootDir: string): string[] {
    const root = [...this.files.keys()].filter((path) => directoryOf(path) === rootDir);
    const inRoot = (name: string): string => (rootDir === '' ? name : `${rootDir}/${name}`);
    const fixed = ['terraform.tfvars', 'terraform.tfvars.json']
      .map(inRoot)
      .filter((path) => this.files.has(path));
    const automatic = root.filter((path) => /\.auto\.tfvars(\.json)?$/.test(path)).sort(byName);
    return [...fixed, ...automatic];
  }

  readFile(path: string): string | undefined {
    const normalized = normalizePath(path);
    return normalized === undefined ? undefined : this.files.get(normalized);
  }

  resolveModule(parentDir: string, source: string, manifestKey: string): ModuleSource {
    if (source.startsWith('./') || source.startsWith('../')) {
      return { dir: normalizePath(`${parentDir}/${source}`) };
    }
    const dir = this.manifestEntries().get(manifestKey);
    return { dir: dir === undefined ? undefined : normalizePath(`${this.rootDir}/${dir}`) };
  }

  private manifestEntries(): Map<string, string> {
    if (this.manifest) return this.manifest;
    this.manifest = new Map();
    const manifest = normalizePath(`${this.rootDir}/${MANIFEST}`) ?? MANIFEST;
    const text = this.files.get(manifest);
    if (text === undefined) return this.manifest;
    try {
      const parsed = JSON.parse(text) as { Modules?: { Key?: unknown; Dir?: unknown }[] };
      for (const entry of parsed.Modules ?? [])
        if (typeof entry.Key === 'string' && typeof entry.Dir === 'string')
          this.manifest.set(entry.Key, entry.Dir);
    } catch {
      this.note({
        level: 'warning',
        message: importText('importText.read.manifestInvalid', { manifest }),
        file: manifest,
      });
    }
    return this.manifest;
  }

  /**
   * A `.tf.json` file as the same blocks an `.tf` file gives (Terraform's JSON syntax):
   * strings are templates, objects are attributes (maps) and arrays of objects are blocks.
   */
  jsonConfiguration(path: string, text: string): Body {
    const body: Body = { attributes: [], blocks: [] };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.note({
        level: 'error',
        message: importText('importText.read.tfJsonInvalid', {
          error:
            error instanceof Error ? error.message : importText('importText.read.cannotBeParsed'),
        }),
        file: path,
      });
      return body;
    }
    if (!isRecord(parsed)) return body;
    const lineOf = (name: string): number => {
      const at = text.indexOf(JSON.stringify(name));
      return at < 0 ? 1 : text.slice(0, at).split('\n').length;
    };
    for (const [type, content] of Object.entries(parsed)) {
      if (!isRecord(content) && !Array.isArray(content)) continue;
      const contents = Array.isArray(content) ? content : [content];
      for (const item of contents) {
        if (!isRecord(item)) continue;
        switch (type) {
          case 'locals':
            body.blocks.push({ type, labels: [], body: jsonBody(item, path), line: lineOf(type) });
            break;
          case 'resource':
          case 'data':
            for (const [resourceType, named] of Object.entries(item))
              if (isRecord(named))
                for (const [name, block] of Object.entries(named))
                  for (const one of Array.isArray(block) ? block : [block])
                    if (isRecord(one))
                      body.blocks.push({
                        type,
                        labels: [resourceType, name],
                        body: jsonBody(one, path),
                        line: lineOf(name),
                      });
            break;
          case 'variable':
          case 'output':
          case 'module':
          case 'provider':
            for (const [name, block] of Object.entries(item))
              for (const one of Array.isArray(block) ? block : [block])
                if (isRecord(one))
                  body.blocks.push({
                    type,
                    labels: [name],
                    body: jsonBody(one, path),
                    line: lineOf(name),
                  });
            break;
        }
      }
    }
    return body;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonBody(object: Record<string, unknown>, path: string): Body {
  const body: Body = { attributes: [], blocks: [] };
  for (const [name, value] of Object.entries(object)) {
    if (name === '//') continue;
    if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
      for (const item of value) body.blocks.push(jsonBlock(name, item, path));
      continue;
    }
    if (name === 'dynamic' && isRecord(value)) {
      for (const [label, content] of Object.entries(value))
        if (isRecord(content))
          body.blocks.push({ ...jsonBlock('dynamic', content, path), labels: [label] });
      continue;
    }
    if (['lifecycle', 'provisioner', 'connection', 'content'].includes(name) && isRecord(value)) {
      body.blocks.push(jsonBlock(name, value, path));
      continue;
    }
    body.attributes.push({ name, expr: jsonExpression(value), line: 1 });
  }
  return body;
}

function jsonBlock(type: string, object: Record<string, unknown>, path: string): Block {
  return { type, labels: [], body: jsonBody(object, path), line: 1 };
}

function jsonExpression(value: unknown): Expr {
  if (typeof value === 'string') {
    const parsed = parseHcl(`value = ${JSON.stringify(value)}`);
    const expr = parsed.body.attributes[0]?.expr;
    return expr && !parsed.error ? expr : { kind: 'literal', value, from: 0 };
  }
  if (typeof value === 'number' || typeof value === 'boolean')
    return { kind: 'literal', value, from: 0 };
  if (Array.isArray(value)) return { kind: 'tuple', items: value.map(jsonExpression), from: 0 };
  if (isRecord(value))
    return {
      kind: 'object',
      items: Object.entries(value).map(([key, item]) => ({
        key: { kind: 'literal', value: key, from: 0 },
        value: jsonExpression(item),
      })),
      from: 0,
    };
  return { kind: 'literal', value: null, from: 0 };
}
