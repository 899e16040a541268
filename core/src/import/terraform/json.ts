// Terraform's JSON: `terraform show -json` of a state or a plan, and a raw terraform.tfstate
// (version 4), read into the resources every Terraform source yields. A plan's values not
// known until apply become `Unknown`s whose origin is the reference the configuration
// makes (`alicloud_vswitch.default.id`), followed through module inputs and outputs, so
// the mapper can still link a SNAT entry to its vSwitch before anything exists.
// Attributes Terraform marks sensitive are never copied.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import {
  Unknown,
  type ImportNote,
  type TerraformReadResult,
  type TerraformResource,
  type TfValue,
} from './resources';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Attribute names that hold secrets whatever Terraform says about them. */
const SECRET_NAME =
  /(password|passwd|secret|access_?key|token|credential|private_key|kms_encrypted)/i;

class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

/** A plain JSON value from a parse tree node, with the node kept for positions. */
function valueOf(node: Node): Json {
  switch (node.type) {
    case 'object': {
      const result: JsonObject = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode && valueNode) result[String(keyNode.value)] = valueOf(valueNode);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value as Json;
  }
}

function child(node: Node | undefined, key: string): Node | undefined {
  for (const property of node?.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode?.value === key) return valueNode;
  }
  return undefined;
}

/** A state's or plan's values as TfValues, without sensitive or secret attributes. */
function toTfValues(
  values: Json | undefined,
  sensitive: Json | undefined,
): { [key: string]: TfValue } {
  const result: { [key: string]: TfValue } = {};
  if (!isObject(values)) return result;
  const marks = isObject(sensitive) ? sensitive : {};
  for (const [name, value] of Object.entries(values)) {
    if (SECRET_NAME.test(name) || marks[name] === true) continue;
    result[name] = stripSensitive(value, marks[name]);
  }
  return result;
}

function stripSensitive(value: Json, marks: Json | undefined): TfValue {
  if (Array.isArray(value)) {
    const list = Array.isArray(marks) ? marks : [];
    return value.map((item, i) => (list[i] === true ? null : stripSensitive(item, list[i])));
  }
  if (isObject(value)) {
    const inner = isObject(marks) ? marks : {};
    const result: { [key: string]: TfValue } = {};
    for (const [name, item] of Object.entries(value)) {
      if (SECRET_NAME.test(name) || inner[name] === true) continue;
      result[name] = stripSensitive(item, inner[name]);
    }
    return result;
  }
  return value;
}

interface ModuleConfig {
  /** `module.a.module.b.` (empty for the root). */
  prefix: string;
  config: JsonObject | undefined;
  /** The module call in the parent (its `expressions` give the module's variables). */
  call?: JsonObject;
  parent?: ModuleConfig;
}

/** The configuration of the module an address belongs to (`module.a["x"].module.b.…`). */
function moduleConfigOf(root: ModuleConfig, address: string): ModuleConfig {
  let current = root;
  const pattern = /^module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?\./;
  let rest = address;
  let prefix = '';
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    const name = match[1] ?? '';
    prefix += match[0];
    rest = rest.slice(match[0].length);
    const calls = current.config?.['module_calls'];
    const call = isObject(calls) ? calls[name] : undefined;
    const module = isObject(call) ? call['module'] : undefined;
    current = {
      prefix,
      config: isObject(module) ? module : undefined,
      ...(isObject(call) ? { call } : {}),
      parent: current,
    };
  }
  return current;
}

/** The first reference of an expression (`{ references: [...] }`). */
function firstReference(expression: Json | undefined): string | undefined {
  if (!isObject(expression)) return undefined;
  const references = asArray(expression['references']).map(asString);
  // The most precise reference comes first (`a.b.id` before `a.b`); skip count/each.
  return references.find(
    (r): r is string => r !== undefined && !/^(count|each|path|terraform)\./.test(r),
  );
}

/**
 * A module-local reference made absolute: `var.x` follows the module call's argument in
 * the parent, `module.m.out` follows module m's output, anything else gets the prefix.
 */
function absoluteReference(module: ModuleConfig, reference: string, depth = 0): string {
  if (depth > 20) return module.prefix + reference;
  const variable = /^var\.([A-Za-z0-9_-]+)/.exec(reference);
  if (variable && module.parent && module.call) {
    const expressions = module.call['expressions'];
    const argument = isObject(expressions) ? expressions[variable[1] ?? ''] : undefined;
    const next = firstReference(argument);
    if (next !== undefined) return absoluteReference(module.parent, next, depth + 1);
    return module.prefix + reference;
  }
  const output = /^module\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)/.exec(reference);
  if (output) {
    const calls = module.config?.['module_calls'];
    const call = isObject(calls) ? calls[output[1] ?? ''] : undefined;
    const inner = isObject(call) && isObject(call['module']) ? call['module'] : undefined;
    const outputs = inner?.['outputs'];
    const definition = isObject(outputs) ? outputs[output[2] ?? ''] : undefined;
    const next = isObject(definition) ? firstReference(definition['expression']) : undefined;
    if (next !== undefined && isObject(call) && inner) {
      const innerModule: ModuleConfig = {
        prefix: `${module.prefix}module.${output[1]}.`,
        config: inner,
        call,
        parent: module,
      };
      return absoluteReference(innerModule, next, depth + 1);
    }
  }
  return module.prefix + reference;
}

interface PlanContext {
  root: ModuleConfig;
  providers: JsonObject;
}

function configResource(module: ModuleConfig, localAddress: string): JsonObject | undefined {
  const plain = localAddress.replace(/\[[^\]]*\]$/, '');
  for (const resource of asArray(module.config?.['resources'])) {
    if (isObject(resource) && resource['address'] === plain) return resource;
  }
  return undefined;
}

/** The region of a resource's provider configuration, when the plan says it literally. */
function regionOf(context: PlanContext, resource: JsonObject | undefined): string | undefined {
  const key = asString(resource?.['provider_config_key']);
  if (key === undefined) return undefined;
  const candidates = [key, key.replace(/^.*:/, '')];
  for (const candidate of candidates) {
    const provider = context.providers[candidate];
    const expressions = isObject(provider) ? provider['expressions'] : undefined;
    const region = isObject(expressions) ? expressions['region'] : undefined;
    const value = isObject(region) ? asString(region['constant_value']) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Replaces values unknown until apply (`after_unknown`) by Unknowns with their origin. */
function withUnknowns(
  values: { [key: string]: TfValue },
  unknown: Json | undefined,
  expressions: Json | undefined,
  origin: (path: (string | number)[], expression: Json | undefined) => Unknown,
  path: (string | number)[] = [],
): void {
  if (!isObject(unknown)) return;
  for (const [name, mark] of Object.entries(unknown)) {
    if (SECRET_NAME.test(name)) continue;
    const expression = isObject(expressions) ? expressions[name] : undefined;
    if (mark === true) {
      values[name] = origin([...path, name], expression);
    } else if (Array.isArray(mark)) {
      const current = values[name];
      const list: TfValue[] = Array.isArray(current) ? current : [];
      mark.forEach((itemMark, i) => {
        const itemExpression = Array.isArray(expression) ? expression[i] : undefined;
        if (itemMark === true) list[i] = origin([...path, name, i], itemExpression);
        else if (isObject(itemMark)) {
          const item = list[i];
          const object: { [key: string]: TfValue } =
            typeof item === 'object' &&
            item !== null &&
            !Array.isArray(item) &&
            !(item instanceof Unknown)
              ? item
              : {};
          withUnknowns(object, itemMark, itemExpression, origin, [...path, name, i]);
          list[i] = object;
        }
      });
      values[name] = list;
    }
  }
}

/** jsonc-parser's error code in words: `CloseBraceExpected` → `} expected`. */
function parseProblem(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: ': expected',
    CommaExpected: ', expected',
    CloseBraceExpected: '} expected',
    CloseBracketExpected: '] expected',
    EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unexpected end of comment',
    UnexpectedEndOfString: 'unexpected end of string',
    UnexpectedEndOfNumber: 'unexpected end of number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  };
  return words[code] ?? code;
}

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

  error(message: string, offset?: number): TerraformReadResult {
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
        `not valid JSON (${first ? parseProblem(printParseErrorCode(first.error)) : 'empty'}); is the file complete?`,
        first?.offset ?? 0,
      );
    }
    if (root.type !== 'object')
      return this.error('not Terraform JSON: expected an object', root.offset);
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
        `a terraform.tfstate of version ${value['version']} (Terraform before 0.12): run \`terraform show -json\` with a current Terraform instead`,
        root.offset,
      );
    } else if (typeof value['format_version'] === 'string') {
      return this.error(
        'Terraform JSON without values: expected `terraform show -json` of a state or a plan',
        root.offset,
      );
    } else {
      return this.error(
        'not Terraform JSON: expected `terraform show -json` output (format_version) or a terraform.tfstate (version 4)',
        root.offset,
      );
    }
    const managed = this.resources.filter((r) => r.mode === 'managed');
    if (managed.length > 0 && !managed.some((r) => r.type.startsWith('alicloud_'))) {
      const types = [...new Set(managed.map((r) => r.type.split('_')[0]))].sort().join(', ');
      this.notes.push({
        level: 'warning',
        message: `no Alibaba Cloud (alicloud) resources: only ${types} resources, which dwnet does not map`,
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
                return new Unknown(`${address}.${path.join('.')}`, 'known after apply');
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
              return new Unknown(absolute, 'known after apply');
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
          message: `cannot read Terraform JSON: ${error instanceof Error ? error.message : String(error)}`,
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
