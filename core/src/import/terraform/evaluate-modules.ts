// Terraform evaluator: module calls (expansion, outputs) and a module's variables and locals.
import { importText } from '../text';
import { EvaluatorBase } from './evaluate-base';
import { ConfigurationEvaluator } from './evaluate-configuration';
import {
  type Expansion,
  IN_PROGRESS,
  type Located,
  MODULE_META_ATTRIBUTES,
  ModuleInstance,
  type Scope,
} from './evaluate-shared';
import type { Block } from './hcl';
import type { ModuleSource } from './modules';
import { REASON, type TfValue, Unknown } from './resources';
import { convertValue, typeConstraint } from './types';
import { EvaluationError, type TfObject } from './values';

export abstract class ModuleEvaluator extends ConfigurationEvaluator {
  // ---- modules ----

  protected moduleExpansion(
    parent: ModuleInstance,
    name: string,
  ): Expansion<ModuleInstance> | Unknown {
    const memo = parent.modules.get(name);
    const baseAddress = `${parent.prefix()}module.${name}`;
    if (memo === IN_PROGRESS) return new Unknown(baseAddress, REASON.cycle);
    if (memo) return memo;
    const call = parent.definition.moduleCalls.find((c) => c.item.labels[0] === name);
    if (!call) throw new EvaluationError(importText('importText.eval.noModule', { name }));
    parent.modules.set(name, IN_PROGRESS);
    const { item: block, file } = call;
    const parentScope: Scope = { module: parent, file, bindings: new Map() };
    const manifestKey = parent.manifestKey === '' ? name : `${parent.manifestKey}.${name}`;
    const sourceAttribute = block.body.attributes.find((a) => a.name === 'source');
    const sourceValue = sourceAttribute
      ? this.safely(
          sourceAttribute.expr,
          parentScope,
          `${baseAddress}.source`,
          sourceAttribute.line,
        )
      : null;
    const source: ModuleSource = this.moduleFiles.resolveModule(
      parent.definition.dir,
      typeof sourceValue === 'string' ? sourceValue : '',
      manifestKey,
    );
    const definition = source.dir !== undefined ? this.definition(source.dir) : undefined;
    if (!definition) {
      this.note({
        level: 'unresolved',
        message:
          source.dir === undefined
            ? importText('importText.moduleNotOnDisk', {
                name,
                source: typeof sourceValue === 'string' ? sourceValue : '?',
              })
            : source.dir.startsWith('..')
              ? importText('importText.read.moduleOutside', {
                  name,
                  source: typeof sourceValue === 'string' ? sourceValue : '?',
                })
              : importText('importText.read.moduleNoFiles', {
                  name,
                  source: typeof sourceValue === 'string' ? sourceValue : '?',
                  dir: source.dir,
                }),
        file,
        line: block.line,
      });
      const unknown = new Unknown(baseAddress, REASON.moduleMissing);
      parent.modules.set(name, unknown);
      return unknown;
    }
    // `providers = { alicloud = alicloud.hz }` sets the child's provider configurations;
    // without it the child inherits the parent's default (unaliased) ones.
    const inherited = new Map<string, TfValue>();
    const inheritedAccounts = new Map<string, string>();
    const providersAttribute = block.body.attributes.find((a) => a.name === 'providers');
    if (providersAttribute && providersAttribute.expr.kind === 'object') {
      for (const item of providersAttribute.expr.items) {
        const childKey = EvaluatorBase.providerReference(item.key);
        const parentKey = EvaluatorBase.providerReference(item.value);
        const region = parentKey !== undefined ? parent.providerRegions.get(parentKey) : undefined;
        if (childKey !== undefined && region !== undefined) inherited.set(childKey, region);
        const account =
          parentKey !== undefined ? parent.providerAccounts.get(parentKey) : undefined;
        if (childKey !== undefined && account !== undefined)
          inheritedAccounts.set(childKey, account);
      }
    } else {
      for (const [key, region] of parent.providerRegions)
        if (!key.includes('.')) inherited.set(key, region);
      for (const [key, account] of parent.providerAccounts)
        if (!key.includes('.')) inheritedAccounts.set(key, account);
    }
    const expansion = this.expand(parent, block, file, baseAddress, (address, bindings) => {
      const scope: Scope = { module: parent, file, bindings };
      const inputs = new Map<string, TfValue>();
      const input = (inputName: string): TfValue | undefined => {
        if (MODULE_META_ATTRIBUTES.has(inputName)) return undefined;
        if (inputs.has(inputName)) return inputs.get(inputName);
        const attribute = block.body.attributes.find((a) => a.name === inputName);
        if (!attribute) return undefined;
        const value = this.attributeValue(attribute, scope, `${address}.${inputName}`);
        inputs.set(inputName, value);
        return value;
      };
      const child = new ModuleInstance(address, manifestKey, definition, input, new Map());
      for (const [key, account] of inheritedAccounts) child.providerAccounts.set(key, account);
      this.configureProviders(child, inherited);
      return child;
    });
    parent.modules.set(name, expansion);
    return expansion;
  }

  protected moduleOutput(instance: ModuleInstance, name: string): TfValue {
    const memo = instance.outputs.get(name);
    if (memo === IN_PROGRESS) return new Unknown(`${instance.address}.${name}`, REASON.cycle);
    if (memo !== undefined) return memo;
    const output = instance.definition.outputs.get(name);
    if (!output)
      throw new EvaluationError(
        importText('importText.eval.noOutput', { module: instance.address, name }),
      );
    const value = output.item.body.attributes.find((a) => a.name === 'value');
    instance.outputs.set(name, IN_PROGRESS);
    const result = value
      ? this.attributeValue(
          value,
          { module: instance, file: output.file, bindings: new Map() },
          `${instance.address}.${name}`,
        )
      : null;
    instance.outputs.set(name, result);
    return result;
  }

  protected moduleObject(instance: ModuleInstance): TfObject {
    const object: TfObject = {};
    for (const name of instance.definition.outputs.keys())
      object[name] = this.moduleOutput(instance, name);
    return object;
  }

  // ---- variables and locals ----

  protected variable(instance: ModuleInstance, name: string): TfValue {
    const memo = instance.variables.get(name);
    if (memo === IN_PROGRESS) return new Unknown(`var.${name}`, REASON.cycle);
    if (memo !== undefined) return memo;
    const declaration = instance.definition.variables.get(name);
    if (!declaration) throw new EvaluationError(importText('importText.noVariable', { name }));
    instance.variables.set(name, IN_PROGRESS);
    let value = instance.input(name);
    if (value === undefined) {
      const fallback = declaration.item.body.attributes.find((a) => a.name === 'default');
      if (fallback)
        value = this.constant(fallback.expr, declaration.file, `var.${name}`, fallback.line);
      else {
        // A secret left out on purpose (a password, a key) is no network fact: no note.
        const sensitive = declaration.item.body.attributes.find((a) => a.name === 'sensitive');
        const secret =
          /password|secret|token|access_?key|api_?key|license/i.test(name) ||
          (sensitive?.expr.kind === 'literal' && sensitive.expr.value === true);
        if (!secret)
          this.note({
            level: 'unresolved',
            message:
              instance.address === ''
                ? importText('importText.variableNoValue', { name })
                : importText('importText.moduleVariableNoValue', {
                    name,
                    module: instance.address,
                  }),
            file: declaration.file,
            line: declaration.item.line,
          });
        value = new Unknown(`${instance.prefix()}var.${name}`, REASON.noValue);
      }
    }
    value = this.convertToType(value, declaration, name);
    instance.variables.set(name, value);
    return value;
  }

  /** Terraform's conversion of a variable's value to its `type` (optional attributes' defaults). */
  protected convertToType(value: TfValue, declaration: Located<Block>, name: string): TfValue {
    const type = typeConstraint(
      declaration.item.body.attributes.find((a) => a.name === 'type')?.expr,
    );
    return convertValue(value, type, (expr) =>
      this.constant(expr, declaration.file, `var.${name}`, declaration.item.line),
    );
  }

  protected local(instance: ModuleInstance, name: string): TfValue {
    const memo = instance.locals.get(name);
    const declaration = instance.definition.locals.get(name);
    if (memo === IN_PROGRESS) {
      this.note({
        level: 'error',
        message: importText('importText.localCycle', { name }),
        ...(declaration ? { file: declaration.file, line: declaration.item.line } : {}),
      });
      return new Unknown(`${instance.prefix()}local.${name}`, REASON.cycle);
    }
    if (memo !== undefined) return memo;
    if (!declaration) throw new EvaluationError(importText('importText.eval.noLocal', { name }));
    instance.locals.set(name, IN_PROGRESS);
    const value = this.attributeValue(
      declaration.item,
      { module: instance, file: declaration.file, bindings: new Map() },
      `${instance.prefix()}local.${name}`,
    );
    instance.locals.set(name, value);
    return value;
  }
}
