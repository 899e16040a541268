// Static evaluation of a Terraform configuration, the evaluator's state: notes, the root
// directory and provider references. The evaluator is a chain of classes, one file per job:
// evaluate-base → evaluate-configuration (files, overrides, root variables, providers) →
// evaluate-modules (module calls, variables, locals) → evaluate-expressions → evaluate-references
// (traversals of resources and modules) → evaluate (TerraformEvaluator: `read()`, resources,
// count/for_each and blocks). evaluate.ts says what an `Unknown`'s origin is.
import {
  type Expansion,
  type ModuleDefinition,
  ModuleInstance,
  type ReadTerraformOptions,
  type ResourceDeclaration,
  type ResourceInstance,
  type Scope,
} from './evaluate-shared';
import type { FunctionContext } from './functions';
import type { Attribute, Block, Expr, Step } from './hcl';
import { ModuleFiles, normalizePath } from './modules';
import type { ImportNote, TfValue } from './resources';

export abstract class EvaluatorBase {
  protected readonly notes: ImportNote[] = [];
  protected readonly noted = new Set<string>();
  protected readonly definitions = new Map<string, ModuleDefinition | undefined>();
  protected readonly moduleFiles: ModuleFiles;
  protected readonly functionContext: FunctionContext;

  constructor(
    protected readonly files: Map<string, string>,
    protected readonly options: ReadTerraformOptions,
  ) {
    this.moduleFiles = new ModuleFiles(
      files,
      (note) => this.note(note),
      normalizePath(options.root ?? '') ?? '',
    );
    // Relative paths in file() are relative to the working directory: the root module's.
    this.functionContext = { readFile: (path) => this.moduleFiles.readFile(this.fromRoot(path)) };
  }

  protected rootDir(): string {
    return normalizePath(this.options.root ?? '') ?? '';
  }

  protected fromRoot(path: string): string {
    return path.startsWith('/') ? path : `${this.rootDir()}/${path}`;
  }

  // ---- notes ----

  protected note(note: ImportNote): void {
    const key = `${note.level}|${JSON.stringify(note.message)}|${note.file ?? ''}|${note.line ?? ''}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push(note);
  }

  /** `alicloud.hz` written as an expression (a provider reference), as text. */
  protected static providerReference(expr: Expr): string | undefined {
    if (expr.kind === 'variable') return expr.name;
    if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value;
    if (expr.kind === 'traverse' && expr.target.kind === 'variable' && expr.steps.length === 1) {
      const step = expr.steps[0];
      if (step && 'attr' in step) return `${expr.target.name}.${step.attr}`;
    }
    return undefined;
  }

  // Implemented by later files of the chain: the jobs call each other (an expression reads a
  // module's variable, whose default is an expression).
  protected abstract safely(
    expr: Expr,
    scope: Scope,
    origin: string,
    line: number | undefined,
  ): TfValue;
  protected abstract attributeValue(attribute: Attribute, scope: Scope, origin: string): TfValue;
  protected abstract expand<T>(
    instance: ModuleInstance,
    block: Block,
    file: string,
    baseAddress: string,
    make: (address: string, bindings: Map<string, TfValue>) => T,
  ): Expansion<T>;
  protected abstract resourceExpansion(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
  ): Expansion<ResourceInstance>;
  protected abstract traverse(root: Expr, steps: Step[], scope: Scope): TfValue;
}
