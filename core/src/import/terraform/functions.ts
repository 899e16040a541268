// Terraform's built-in functions that network configurations use, on evaluated values.
// `try` and `can` need their arguments unevaluated and live in evaluate.ts. An unknown
// argument gives an unknown result (UnknownInput, caught by the evaluator), never a throw
// to the user; a wrong argument raises EvaluationError (which `try` catches). The functions
// are grouped by family in functions-network.ts, -strings.ts and -collections.ts; the
// encodings, files and values known only when Terraform runs are here.
import { COLLECTION_FUNCTIONS } from './functions-collections';
import { type FunctionContext, type TfFunction, arg } from './functions-common';
import { NETWORK_FUNCTIONS } from './functions-network';
import { STRING_FUNCTIONS } from './functions-strings';
import { importText } from '../text';
import { REASON, type TfValue, Unknown } from './resources';
import {
  EvaluationError,
  type TfObject,
  UnknownInput,
  asString,
  isObject,
  known,
  sortedKeys,
} from './values';

export type { FunctionContext } from './functions-common';

// ---- JSON ----

function toJson(value: TfValue): unknown {
  const v = known(value);
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) {
    const result: Record<string, unknown> = {};
    for (const key of sortedKeys(v)) result[key] = toJson(v[key] ?? null);
    return result;
  }
  return v;
}

function fromJson(value: unknown): TfValue {
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object' && value !== null) {
    const result: TfObject = {};
    for (const [key, item] of Object.entries(value)) result[key] = fromJson(item);
    return result;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

const FUNCTIONS: Record<string, TfFunction> = {
  ...NETWORK_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  // ---- encodings ----
  jsonencode: (a) => JSON.stringify(toJson(arg(a, 0))),
  jsondecode: (a) => {
    try {
      return fromJson(JSON.parse(asString(arg(a, 0))));
    } catch (error) {
      if (error instanceof UnknownInput) throw error;
      throw new EvaluationError(importText('importText.eval.notJson'));
    }
  },
  // ---- files: the CLI passes the files a configuration may read; an absent one is unknown ----
  file: (a, context) => {
    const path = asString(arg(a, 0));
    const text = context.readFile(path);
    if (text === undefined)
      throw new UnknownInput(new Unknown(`file("${path}")`, REASON.fileMissing));
    return text;
  },
  fileexists: (a, context) => context.readFile(asString(arg(a, 0))) !== undefined,
  // ---- values only known when Terraform runs ----
  timestamp: () => {
    throw new UnknownInput(new Unknown('timestamp()', REASON.terraformRuns));
  },
  uuid: () => {
    throw new UnknownInput(new Unknown('uuid()', REASON.terraformRuns));
  },
};

export function hasFunction(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}

export function callFunction(name: string, args: TfValue[], context: FunctionContext): TfValue {
  const implementation = FUNCTIONS[name];
  if (!implementation)
    throw new UnknownInput(
      new Unknown(`${name}(…)`, importText('importText.reason.function', { name })),
    );
  return implementation(args, context);
}
