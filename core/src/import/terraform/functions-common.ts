// What every built-in function gets: its evaluated arguments and the context (files it may read).
import type { TfValue } from './resources';
import { importText } from '../text';
import { EvaluationError } from './values';

export interface FunctionContext {
  /** Text of a file, by path relative to the imported directory; undefined when absent. */
  readFile(path: string): string | undefined;
}

export type TfFunction = (args: TfValue[], context: FunctionContext) => TfValue;

export function arg(args: TfValue[], index: number): TfValue {
  if (index >= args.length)
    throw new EvaluationError(
      importText('importText.eval.missingArgument', { position: index + 1 }),
    );
  return args[index] ?? null;
}
