// Terraform evaluator: references and traversals (resources, modules, attributes, indexes).
import { ExpressionEvaluator } from './evaluate-expressions';
import {
  MISSING_IS_UNKNOWN,
  ModuleInstance,
  type Scope,
  expansionValue,
  markMissingAsUnknown,
  relativePath,
  render,
  typeWithArticle,
} from './evaluate-shared';
import type { Expr, Step } from './hcl';
import { importText } from '../text';
import { REASON, type TfValue, Unknown } from './resources';
import { EvaluationError, type TfObject, asNumber, asString, isObject, renderKey } from './values';

export abstract class ReferenceEvaluator extends ExpressionEvaluator {
  // ---- references and traversals ----

  protected traverse(root: Expr, steps: Step[], scope: Scope): TfValue {
    if (root.kind !== 'variable') {
      const value = this.evaluate(root, scope);
      return this.applySteps(value, steps, render(value), scope);
    }
    const name = root.name;
    const first = steps[0];
    const firstAttr = first && 'attr' in first ? first.attr : undefined;
    const instance = scope.module;
    if (scope.bindings.has(name))
      return this.applySteps(scope.bindings.get(name) ?? null, steps, name, scope);
    switch (name) {
      case 'var':
        if (firstAttr === undefined)
          throw new EvaluationError(importText('importText.eval.varNeedsName'));
        return this.applySteps(
          this.variable(instance, firstAttr),
          steps.slice(1),
          `var.${firstAttr}`,
          scope,
        );
      case 'local':
        if (firstAttr === undefined)
          throw new EvaluationError(importText('importText.eval.localNeedsName'));
        return this.applySteps(
          this.local(instance, firstAttr),
          steps.slice(1),
          `local.${firstAttr}`,
          scope,
        );
      case 'path': {
        const paths: TfObject = {
          module: relativePath(this.rootDir(), instance.definition.dir),
          root: '.',
          cwd: '.',
        };
        return this.applySteps(paths, steps, 'path', scope);
      }
      case 'terraform':
        return this.applySteps({ workspace: 'default' }, steps, 'terraform', scope);
      case 'count':
      case 'each':
      case 'self':
        throw new EvaluationError(importText('importText.eval.notAvailable', { name }));
      case 'module':
        if (firstAttr === undefined)
          throw new EvaluationError(importText('importText.eval.moduleNeedsName'));
        return this.moduleReference(instance, firstAttr, steps.slice(1), scope);
      case 'data': {
        const second = steps[1];
        const dataName = second && 'attr' in second ? second.attr : undefined;
        if (firstAttr === undefined || dataName === undefined)
          throw new EvaluationError(importText('importText.eval.dataNeedsName'));
        return this.resourceReference(instance, 'data', firstAttr, dataName, steps.slice(2), scope);
      }
    }
    if (
      firstAttr !== undefined &&
      instance.definition.resources.some(
        (r) => r.mode === 'managed' && r.type === name && r.name === firstAttr,
      )
    )
      return this.resourceReference(instance, 'managed', name, firstAttr, steps.slice(1), scope);
    if (firstAttr !== undefined && name.includes('_'))
      throw new EvaluationError(
        importText('importText.noResource', { address: `${name}.${firstAttr}` }),
      );
    throw new EvaluationError(importText('importText.eval.unknownName', { name }));
  }

  protected resourceReference(
    instance: ModuleInstance,
    mode: 'managed' | 'data',
    type: string,
    name: string,
    steps: Step[],
    scope: Scope,
  ): TfValue {
    const declaration = instance.definition.resources.find(
      (r) => r.mode === mode && r.type === type && r.name === name,
    );
    const address = `${instance.prefix()}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    if (!declaration)
      throw new EvaluationError(
        importText(
          mode === 'data' ? 'importText.eval.noDataSource' : 'importText.eval.noResourceAt',
          {
            address,
          },
        ),
      );
    const expansion = this.resourceExpansion(instance, declaration);
    return this.applySteps(
      expansionValue(expansion, (item) => item.values),
      steps,
      address,
      scope,
    );
  }

  protected moduleReference(
    parent: ModuleInstance,
    name: string,
    steps: Step[],
    scope: Scope,
  ): TfValue {
    const expansion = this.moduleExpansion(parent, name);
    const address = `${parent.prefix()}module.${name}`;
    if (expansion instanceof Unknown) return this.applySteps(expansion, steps, address, scope);
    // `module.x.output` (and `module.x[0].output`) evaluate only the output asked for.
    const [first, second] = steps;
    if (expansion.kind === 'single' && first && 'attr' in first)
      return this.applySteps(
        this.moduleOutput(expansion.item, first.attr),
        steps.slice(1),
        `${address}.${first.attr}`,
        scope,
      );
    if (expansion.kind !== 'single' && first && 'index' in first && second && 'attr' in second) {
      const key = this.evaluate(first.index, scope);
      const child =
        expansion.kind === 'list' && typeof key === 'number'
          ? expansion.items[key]
          : expansion.kind === 'map' && typeof key === 'string'
            ? expansion.items.get(key)
            : undefined;
      if (child)
        return this.applySteps(
          this.moduleOutput(child, second.attr),
          steps.slice(2),
          `${child.address}.${second.attr}`,
          scope,
        );
    }
    return this.applySteps(
      expansionValue(expansion, (child) =>
        markMissingAsUnknown(this.moduleObject(child), child.address, REASON.afterApply),
      ),
      steps,
      address,
      scope,
    );
  }

  protected applySteps(value: TfValue, steps: Step[], origin: string, scope: Scope): TfValue {
    let current = value;
    let currentOrigin = origin;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as Step;
      if (current instanceof Unknown) {
        const rest = steps.slice(i);
        return new Unknown(
          current.origin + rest.map((s) => this.renderStep(s, scope)).join(''),
          current.reason,
        );
      }
      if ('splat' in step) {
        const rest = steps.slice(i + 1);
        if (current === null) return [];
        const items = Array.isArray(current) ? current : [current];
        return items.map((item, index) =>
          this.applySteps(item, rest, `${currentOrigin}[${index}]`, scope),
        );
      }
      if ('attr' in step) {
        currentOrigin = `${currentOrigin}.${step.attr}`;
        current = this.getAttribute(current, step.attr);
        continue;
      }
      const key = this.evaluate(step.index, scope);
      current = this.index(current, key, currentOrigin);
      currentOrigin = `${currentOrigin}[${renderKey(key)}]`;
    }
    return current;
  }

  protected renderStep(step: Step, scope: Scope): string {
    if ('attr' in step) return `.${step.attr}`;
    if ('splat' in step) return '[*]';
    return `[${renderKey(this.evaluate(step.index, scope))}]`;
  }

  protected getAttribute(value: TfValue, attribute: string): TfValue {
    if (isObject(value)) {
      if (Object.prototype.hasOwnProperty.call(value, attribute)) return value[attribute] ?? null;
      const missing = MISSING_IS_UNKNOWN.get(value);
      if (missing) return new Unknown(`${missing.origin}.${attribute}`, missing.reason);
      throw new EvaluationError(importText('importText.eval.noAttribute', { attribute }));
    }
    if (Array.isArray(value))
      throw new EvaluationError(importText('importText.eval.attributeOfList', { attribute }));
    throw new EvaluationError(
      importText('importText.eval.attributeOf', { attribute, type: typeWithArticle(value) }),
    );
  }

  protected index(value: TfValue, key: TfValue, origin: string): TfValue {
    if (key instanceof Unknown) return new Unknown(`${origin}[${key.origin}]`, key.reason);
    if (Array.isArray(value)) {
      const position = asNumber(key);
      if (position < 0 || position >= value.length || !Number.isInteger(position))
        throw new EvaluationError(
          importText('importText.eval.indexOutOfRange', { position, length: value.length }),
        );
      return value[position] ?? null;
    }
    if (isObject(value)) return this.getAttribute(value, asString(key));
    throw new EvaluationError(
      importText('importText.eval.notIndexable', { type: typeWithArticle(value) }),
    );
  }
}
