// Terraform's JSON: `terraform show -json` of a state or a plan, and a raw terraform.tfstate
// (version 4), read into the resources every Terraform source yields. A plan's values not
// known until apply become `Unknown`s whose origin is the reference the configuration
// makes (`alicloud_vswitch.default.id`), followed through module inputs and outputs, so
// the mapper can still link a SNAT entry to its vSwitch before anything exists.
// Attributes Terraform marks sensitive are never copied.
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import {
  type JsonObject,
  Lines,
  type PlanContext,
  absoluteReference,
  asArray,
  asString,
  child,
  configResource,
  firstReference,
  isObject,
  moduleConfigOf,
  regionOf,
  toTfValues,
  valueOf,
  withUnknowns,
} from './json-values';
import { importText, parseProblem, type ImportText } from '../text';
import {
  type ImportNote,
  type TerraformReadResult,
  type TerraformResource,
  type TfValue,
  REASON,
  Unknown,
} from './resources';

class Reader {
  private readonly resources: TerraformResource[] = [];
  private readonly notes: ImportNote[] = [];
  private readonly lines: Lines;

  constructor(
    private readonly text: string,
    private readonly fileName: string,
  ) {
    this.lines = new Lines(text);
  }

  error(message: ImportText, offset?: number): TerraformReadResult {
    return {
      resources: [],
      notes: [
        {
          level: 'error',
          message,
          file: this.fileName,
          ...(offset !== undefined ? { line: this.lines.lineOf(offset) } : {}),
        },
      ],
    };
  }

  read(): TerraformReadResult {
    const errors: ParseError[] = [];
    const root = parseTree(this.text, errors, {
      allowTrailingComma: false,
      disallowComments: true,
    });
    if (errors.length > 0 || !root) {
      const first = errors[0];
      return this.error(
        first
          ? importText('importText.json.invalid', {
              problem: parseProblem(printParseErrorCode(first.error)),
            })
          : importText('importText.json.invalidEmpty'),
        first?.offset ?? 0,
      );
    }
    if (root.type !== 'object')
      return this.error(importText('importText.json.notObject'), root.offset);
    const value = valueOf(root) as JsonObject;
    if (
      typeof value['format_version'] === 'string' &&
      ('values' in value || 'planned_values' in value || 'prior_state' in value)
    ) {
      if ('planned_values' in value || 'resource_changes' in value) this.readPlan(root, value);
      else this.readValues(child(root, 'values'), undefined);
    } else if (value['version'] === 4 && Array.isArray(value['resources'])) {
      this.readTfstate(root);
    } else if (typeof value['version'] === 'number' && 'modules' in value) {
      return this.error(
        importText('importText.json.oldState', { version: value['version'] }),
        root.offset,
      );
    } else if (typeof value['format_version'] === 'string') {
      return this.error(importText('importText.json.noValues'), root.offset);
    } else {
      return this.error(importText('importText.json.notTerraform'), root.offset);
    }
    const managed = this.resources.filter((r) => r.mode === 'managed');
    if (managed.length > 0 && !managed.some((r) => r.type.startsWith('alicloud_'))) {
      const types = [...new Set(managed.map((r) => r.type.split('_')[0]))].sort().join(', ');
      this.notes.push({
        level: 'warning',
        message: importText('importText.json.noAlicloud', { types }),
        file: this.fileName,
      });
    }
    return { resources: this.resources, notes: this.notes };
  }

  private add(
    node: Node,
    fields: { address: string; type: string; name: string; mode: string },
    values: { [key: string]: TfValue },
    region?: string,
  ): void {
    this.resources.push({
      address: fields.address,
      type: fields.type,
      name: fields.name,
      mode: fields.mode === 'data' ? 'data' : 'managed',
      values,
      ...(region !== undefined ? { region } : {}),
      file: this.fileName,
      line: this.lines.lineOf(node.offset),
    });
  }

  /** A values representation (`root_module` with `child_modules`), state or planned. */
  private readValues(
    valuesNode: Node | undefined,
    plan: { changes: Map<string, JsonObject>; context: PlanContext } | undefined,
  ): void {
    const rootModule = child(valuesNode, 'root_module');
    const visit = (moduleNode: Node | undefined, depth: number) => {
      if (!moduleNode || depth > 50) return;
      for (const resourceNode of child(moduleNode, 'resources')?.children ?? []) {
        const resource = valueOf(resourceNode);
        if (!isObject(resource)) continue;
        const address = asString(resource['address']);
        const type = asString(resource['type']);
        if (address === undefined || type === undefined) continue;
        const values = toTfValues(resource['values'], resource['sensitive_values']);
        let region: string | undefined;
        if (plan) {
          const module = moduleConfigOf(plan.context.root, address);
          const local = address.slice(module.prefix.length);
          const config = configResource(module, local);
          region = regionOf(plan.context, config);
          const change = plan.changes.get(address);
          const after = isObject(change?.['change']) ? (change['change'] as JsonObject) : undefined;
          const index = resource['index'];
          withUnknowns(
            values,
            after?.['after_unknown'],
            config?.['expressions'],
            (path, expression) => {
              const reference = firstReference(expression);
              if (reference === undefined)
                return new Unknown(`${address}.${path.join('.')}`, REASON.afterApply);
              let absolute = absoluteReference(module, reference);
              // `alicloud_vswitch.this[count.index].id` lists `alicloud_vswitch.this`: same index.
              const refs = isObject(expression)
                ? asArray(expression['references']).map(asString)
                : [];
              if (
                index !== undefined &&
                index !== null &&
                refs.some((r) => r === 'count.index' || r === 'each.key') &&
                !/\]/.test(absolute)
              ) {
                const key = typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`;
                absolute = absolute.replace(
                  /^((?:module\.[^.]+\.)*(?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)/,
                  `$1${key}`,
                );
              }
              return new Unknown(absolute, REASON.afterApply);
            },
          );
        }
        this.add(
          resourceNode,
          {
            address,
            type,
            name: asString(resource['name']) ?? '',
            mode: asString(resource['mode']) ?? 'managed',
          },
          values,
          region,
        );
      }
      for (const childNode of child(moduleNode, 'child_modules')?.children ?? [])
        visit(childNode, depth + 1);
    };
    visit(rootModule, 0);
  }

  private readPlan(root: Node, value: JsonObject): void {
    const changes = new Map<string, JsonObject>();
    for (const change of asArray(value['resource_changes'])) {
      if (isObject(change) && typeof change['address'] === 'string')
        changes.set(change['address'], change);
    }
    const configuration = isObject(value['configuration']) ? value['configuration'] : {};
    const context: PlanContext = {
      root: {
        prefix: '',
        config: isObject(configuration['root_module']) ? configuration['root_module'] : undefined,
      },
      providers: isObject(configuration['provider_config']) ? configuration['provider_config'] : {},
    };
    const planned = child(root, 'planned_values');
    if (planned) {
      this.readValues(planned, { changes, context });
      // A resource to be destroyed is not in planned_values; one that is only read stays.
    } else {
      const prior = child(child(root, 'prior_state'), 'values');
      this.readValues(prior, undefined);
    }
  }

  private readTfstate(root: Node): void {
    for (const resourceNode of child(root, 'resources')?.children ?? []) {
      const resource = valueOf(resourceNode);
      if (!isObject(resource)) continue;
      const type = asString(resource['type']);
      const name = asString(resource['name']);
      if (type === undefined || name === undefined) continue;
      const mode = asString(resource['mode']) ?? 'managed';
      const module = asString(resource['module']);
      const base = `${module !== undefined ? `${module}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
      const instanceNodes = child(resourceNode, 'instances')?.children ?? [];
      for (const instanceNode of instanceNodes) {
        const instance = valueOf(instanceNode);
        if (!isObject(instance)) continue;
        const key = instance['index_key'];
        const address =
          typeof key === 'number'
            ? `${base}[${key}]`
            : typeof key === 'string'
              ? `${base}[${JSON.stringify(key)}]`
              : base;
        const sensitive: JsonObject = {};
        for (const pathValue of asArray(instance['sensitive_attributes'])) {
          const first = asArray(pathValue)[0];
          const attribute = isObject(first) ? asString(first['value']) : undefined;
          if (attribute !== undefined) sensitive[attribute] = true;
        }
        this.add(
          instanceNode,
          { address, type, name, mode },
          toTfValues(instance['attributes'], sensitive),
        );
      }
    }
  }
}

/**
 * Reads `terraform show -json` (state or plan) or a raw terraform.tfstate v4. Never throws:
 * anything else, or a half-written file, is one error note naming the file and line.
 */
export function readTerraformJson(text: string, fileName: string): TerraformReadResult {
  try {
    return new Reader(text.replace(/^\uFEFF/, ''), fileName).read();
  } catch (error) {
    return {
      resources: [],
      notes: [
        {
          level: 'error',
          message: importText('importText.json.cannotRead', {
            error: error instanceof Error ? error.message : String(error),
          }),
          file: fileName,
        },
      ],
    };
  }
}

/** Whether a file is Terraform JSON (a plan, a state) rather than a `.tf.json` configuration. */
export function isTerraformJsonFile(fileName: string): boolean {
  return (
    /\.tfstate(\.backup)?$/.test(fileName) ||
    (/\.json$/.test(fileName) && !/\.tf\.json$/.test(fileName) && !/\.tfvars\.json$/.test(fileName))
  );
}
