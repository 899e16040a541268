// The pieces the Terraform JSON reader is made of: JSON values from the syntax tree, sensitive
// values dropped, the configuration's module tree, and a plan's references made absolute
// through module inputs and outputs (the origins of its unknowns).
import type { Node } from 'jsonc-parser';
import { type TfValue, Unknown } from './resources';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Attribute names that hold secrets whatever Terraform says about them. */
const SECRET_NAME =
  /(password|passwd|secret|access_?key|token|credential|private_key|kms_encrypted)/i;

export class Lines {
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
export function valueOf(node: Node): Json {
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

export function child(node: Node | undefined, key: string): Node | undefined {
  for (const property of node?.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode?.value === key) return valueNode;
  }
  return undefined;
}

/** A state's or plan's values as TfValues, without sensitive or secret attributes. */
export function toTfValues(
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
export function moduleConfigOf(root: ModuleConfig, address: string): ModuleConfig {
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
export function firstReference(expression: Json | undefined): string | undefined {
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
export function absoluteReference(module: ModuleConfig, reference: string, depth = 0): string {
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

export interface PlanContext {
  root: ModuleConfig;
  providers: JsonObject;
}

export function configResource(module: ModuleConfig, localAddress: string): JsonObject | undefined {
  const plain = localAddress.replace(/\[[^\]]*\]$/, '');
  for (const resource of asArray(module.config?.['resources'])) {
    if (isObject(resource) && resource['address'] === plain) return resource;
  }
  return undefined;
}

/** The region of a resource's provider configuration, when the plan says it literally. */
export function regionOf(
  context: PlanContext,
  resource: JsonObject | undefined,
): string | undefined {
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
export function withUnknowns(
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
