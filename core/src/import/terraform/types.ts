// A variable's `type` constraint and the conversion Terraform applies to its value: an
// object type fills its `optional(type, default)` attributes (modules rely on those
// defaults: `var.vpc_config.vpc_name` is null, not an error, when the caller left it out),
// lists and maps convert their elements, and a number or bool given as a string (tfvars,
// `--var`) becomes one.
import { Unknown, type TfValue } from './resources';
import type { Expr } from './hcl';
import { distinctValues, isObject, type TfObject } from './values';

export type TypeConstraint =
  | { kind: 'any' }
  | { kind: 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeConstraint }
  | { kind: 'tuple'; elements: TypeConstraint[] }
  | { kind: 'object'; attributes: Map<string, ObjectAttribute> };

export interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  /** The `optional(type, default)` default, still to be evaluated. */
  fallback?: Expr;
}

const ANY: TypeConstraint = { kind: 'any' };

export function typeConstraint(expr: Expr | undefined): TypeConstraint {
  if (!expr) return ANY;
  if (expr.kind === 'variable') {
    if (expr.name === 'string' || expr.name === 'number' || expr.name === 'bool')
      return { kind: expr.name };
    return ANY;
  }
  if (expr.kind !== 'call') return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: typeConstraint(first) };
    case 'tuple':
      return {
        kind: 'tuple',
        elements: first?.kind === 'tuple' ? first.items.map(typeConstraint) : [],
      };
    case 'object': {
      const attributes = new Map<string, ObjectAttribute>();
      if (first?.kind === 'object')
        for (const item of first.items) {
          if (item.key.kind !== 'literal' || typeof item.key.value !== 'string') continue;
          const value = item.value;
          if (value.kind === 'call' && value.name === 'optional') {
            const attribute: ObjectAttribute = {
              type: typeConstraint(value.args[0]),
              optional: true,
            };
            if (value.args[1]) attribute.fallback = value.args[1];
            attributes.set(item.key.value, attribute);
          } else attributes.set(item.key.value, { type: typeConstraint(value), optional: false });
        }
      return { kind: 'object', attributes };
    }
    default:
      return ANY;
  }
}

/** The value converted to the type as far as it is known; what does not fit is left as it is. */
export function convertValue(
  value: TfValue,
  type: TypeConstraint,
  evaluate: (expr: Expr) => TfValue,
): TfValue {
  if (value === null || value instanceof Unknown) return value;
  switch (type.kind) {
    case 'any':
      return value;
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
        ? Number(value)
        : value;
    case 'bool':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return value;
      const items = value.map((item) => convertValue(item, type.element, evaluate));
      return type.kind === 'set' ? distinctValues(items) : items;
    }
    case 'tuple':
      return Array.isArray(value)
        ? value.map((item, i) => convertValue(item, type.elements[i] ?? ANY, evaluate))
        : value;
    case 'map': {
      if (!isObject(value)) return value;
      const result: TfObject = {};
      for (const [key, item] of Object.entries(value))
        result[key] = convertValue(item, type.element, evaluate);
      return result;
    }
    case 'object': {
      if (!isObject(value)) return value;
      const result: TfObject = { ...value };
      for (const [name, attribute] of type.attributes) {
        if (value[name] !== undefined && value[name] !== null) {
          result[name] = convertValue(value[name] ?? null, attribute.type, evaluate);
        } else if (attribute.optional) {
          // A null or missing optional attribute takes its default (itself converted).
          result[name] = attribute.fallback
            ? convertValue(evaluate(attribute.fallback), attribute.type, evaluate)
            : null;
        }
      }
      return result;
    }
  }
}
