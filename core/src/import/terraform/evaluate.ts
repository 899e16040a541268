// Static evaluation of a Terraform configuration (SPEC §8): variables, locals, references
// between resources and module outputs, count/for_each, local and downloaded modules,
// provider regions, dynamic blocks, splats, for-expressions and the built-in functions.
// Everything is evaluated lazily and memoised, so evaluation order follows references, as
// in Terraform; a cycle gives an unknown and a note, never a hang.
//
// What is not known statically is an `Unknown` whose `origin` names where it comes from:
// - an attribute of a resource the configuration does not set (`id`, `ip_address`, …):
//   `<resource address>.<attribute>`, e.g. `module.net.alicloud_vswitch.this[0].id`, so the
//   mapper can follow the reference to the resource with that address;
// - a data source or `terraform_remote_state` attribute: `data.<type>.<name>.<path>`;
// - a value computed from unknowns: the computation with each unknown written as its origin,
//   e.g. `cidrsubnet(var.cidr, 8, 1)` or `${alicloud_vpc.main.id}-x`; `join` writes the
//   joined parts, so `join(",", [a.id, b.id])` has the origin `a.id,b.id` (a multi-zone
//   RDS `vswitch_id` stays splittable), and `jsonencode` the JSON with `"${origin}"` in
//   place of each unknown. Known text appears in an origin only when it cannot be a secret
//   (values.ts, `shownText`): origins end up in the output's `// unresolved:` comments.
import { importText, prefixedWords } from '../text';
import { EvaluatorBase } from './evaluate-base';
import { ReferenceEvaluator } from './evaluate-references';
import {
  AFTER_APPLY,
  type Expansion,
  IN_PROGRESS,
  ModuleInstance,
  RESOURCE_META_ATTRIBUTES,
  RESOURCE_META_BLOCKS,
  type ResourceDeclaration,
  type ResourceInstance,
  type Scope,
  markMissingAsUnknown,
  shorten,
  typeWithArticle,
} from './evaluate-shared';
import type { Attribute, Block, Body, Expr } from './hcl';
import {
  type TerraformReadResult,
  type TerraformResource,
  type TfValue,
  REASON,
  Unknown,
} from './resources';
import { EvaluationError, type TfObject, isObject, numberToString, sortedKeys } from './values';

export type { ReadTerraformOptions } from './evaluate-shared';

export class TerraformEvaluator extends ReferenceEvaluator {
  read(): TerraformReadResult {
    const rootDir = this.rootDir();
    const rootDefinition = this.definition(rootDir);
    if (!rootDefinition) {
      this.note({
        level: 'error',
        message: importText('importText.read.noConfiguration', {
          dir: rootDir === '' ? importText('importText.read.theDirectory') : rootDir,
        }),
      });
      return { resources: [], notes: this.notes };
    }
    const rootValues = this.rootVariableValues(rootDefinition);
    const rootProviders = new Map<string, TfValue>();
    if (this.options.defaultRegion !== undefined)
      rootProviders.set('alicloud', this.options.defaultRegion);
    const root: ModuleInstance = new ModuleInstance(
      '',
      '',
      rootDefinition,
      (name) => rootValues.get(name),
      new Map(),
    );
    this.configureProviders(root, rootProviders);
    const resources: TerraformResource[] = [];
    this.collect(root, resources);
    return { resources, notes: this.notes };
  }

  // ---- collecting every resource instance ----

  protected collect(instance: ModuleInstance, into: TerraformResource[]): void {
    for (const declaration of instance.definition.resources) {
      const expansion = this.resourceExpansion(instance, declaration);
      const region = this.resourceRegion(instance, declaration);
      const instances =
        expansion.kind === 'single'
          ? [expansion.item]
          : expansion.kind === 'list'
            ? expansion.items
            : expansion.kind === 'map'
              ? [...expansion.items.values()]
              : [];
      for (const resourceInstance of instances) {
        const resource: TerraformResource = {
          address: resourceInstance.address,
          type: declaration.type,
          name: declaration.name,
          mode: declaration.mode,
          values: resourceInstance.values,
          file: declaration.file,
          line: declaration.block.line,
        };
        if (region !== undefined) resource.region = region;
        const account = this.resourceAccount(instance, declaration);
        if (account !== undefined) resource.account = account;
        into.push(resource);
      }
    }
    for (const { item: block } of instance.definition.moduleCalls) {
      const expansion = this.moduleExpansion(instance, block.labels[0] ?? '');
      if (expansion instanceof Unknown) continue;
      const children =
        expansion.kind === 'single'
          ? [expansion.item]
          : expansion.kind === 'list'
            ? expansion.items
            : expansion.kind === 'map'
              ? [...expansion.items.values()]
              : [];
      for (const child of children) this.collect(child, into);
    }
  }

  /** The other account the resource's provider configuration acts in, if any. */
  protected resourceAccount(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
  ): string | undefined {
    const providerAttribute = declaration.block.body.attributes.find((a) => a.name === 'provider');
    const key = providerAttribute
      ? EvaluatorBase.providerReference(providerAttribute.expr)
      : declaration.type.split('_')[0];
    return key === undefined ? undefined : instance.providerAccounts.get(key);
  }

  protected resourceRegion(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
  ): string | Unknown | undefined {
    const providerAttribute = declaration.block.body.attributes.find((a) => a.name === 'provider');
    const key = providerAttribute
      ? EvaluatorBase.providerReference(providerAttribute.expr)
      : declaration.type.split('_')[0];
    if (key === undefined) return undefined;
    const region = instance.providerRegions.get(key);
    if (region === undefined || region === null) return undefined;
    if (region instanceof Unknown || typeof region === 'string') return region;
    return undefined;
  }

  // ---- resources ----

  protected resourceExpansion(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
  ): Expansion<ResourceInstance> {
    const key = `${declaration.mode}.${declaration.type}.${declaration.name}`;
    const memo = instance.resources.get(key);
    const baseAddress = `${instance.prefix()}${declaration.mode === 'data' ? 'data.' : ''}${declaration.type}.${declaration.name}`;
    if (memo === IN_PROGRESS) {
      this.note({
        level: 'error',
        message: importText('importText.selfCycle', { address: baseAddress }),
        file: declaration.file,
        line: declaration.block.line,
      });
      return { kind: 'unknown', unknown: new Unknown(baseAddress, REASON.cycle) };
    }
    if (memo) return memo;
    instance.resources.set(key, IN_PROGRESS);
    const reason = declaration.mode === 'data' ? REASON.cloud : AFTER_APPLY;
    const expansion = this.expand(
      instance,
      declaration.block,
      declaration.file,
      baseAddress,
      (address, bindings): ResourceInstance => {
        const scope: Scope = { module: instance, file: declaration.file, bindings };
        const values = this.bodyValues(
          declaration.block.body,
          scope,
          address,
          RESOURCE_META_ATTRIBUTES,
        );
        if (declaration.mode === 'data') this.knownDataValues(instance, declaration, values);
        return { address, values: markMissingAsUnknown(values, address, reason) };
      },
    );
    instance.resources.set(key, expansion);
    return expansion;
  }

  /**
   * What a data source reads that is known without the cloud: `alicloud_regions` with
   * `current = true` is the provider's region (configurations use it for the region of
   * CEN attachments and peerings).
   */
  protected knownDataValues(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
    values: TfObject,
  ): void {
    if (declaration.type !== 'alicloud_regions' || values['current'] !== true) return;
    const region = this.resourceRegion(instance, declaration);
    if (typeof region !== 'string') return;
    values['ids'] = [region];
    values['regions'] = [
      markMissingAsUnknown(
        { id: region, region_id: region },
        `data.alicloud_regions.${declaration.name}.regions[0]`,
        REASON.cloud,
      ),
    ];
  }

  /** count / for_each of a resource or module block: its instances and their addresses. */
  protected expand<T>(
    instance: ModuleInstance,
    block: Block,
    file: string,
    baseAddress: string,
    make: (address: string, bindings: Map<string, TfValue>) => T,
  ): Expansion<T> {
    const scope: Scope = { module: instance, file, bindings: new Map() };
    const countAttribute = block.body.attributes.find((a) => a.name === 'count');
    const forEachAttribute = block.body.attributes.find((a) => a.name === 'for_each');
    if (countAttribute) {
      const written = this.safely(
        countAttribute.expr,
        scope,
        `${baseAddress}.count`,
        countAttribute.line,
      );
      // Terraform converts a count given as a string ("2").
      const count =
        typeof written === 'string' && /^\d+$/.test(written) ? Number(written) : written;
      if (count instanceof Unknown || typeof count !== 'number') {
        this.note({
          level: 'unresolved',
          message: importText('importText.countUnknown', {
            address: baseAddress,
            why: count instanceof Unknown ? shorten(count.origin) : typeWithArticle(count),
          }),
          file,
          line: countAttribute.line,
        });
        return { kind: 'unknown', unknown: new Unknown(baseAddress, REASON.count) };
      }
      const items: T[] = [];
      for (let index = 0; index < count; index++)
        items.push(make(`${baseAddress}[${index}]`, new Map([['count', { index }]])));
      return { kind: 'list', items };
    }
    if (forEachAttribute) {
      const forEach = this.safely(
        forEachAttribute.expr,
        scope,
        `${baseAddress}.for_each`,
        forEachAttribute.line,
      );
      const entries = this.forEachEntries(forEach);
      if (!entries) {
        this.note({
          level: 'unresolved',
          message:
            forEach instanceof Unknown
              ? importText('importText.forEachUnknown', {
                  address: baseAddress,
                  why: shorten(forEach.origin),
                })
              : importText('importText.forEachUnknownNoWhy', { address: baseAddress }),
          file,
          line: forEachAttribute.line,
        });
        return { kind: 'unknown', unknown: new Unknown(baseAddress, REASON.forEach) };
      }
      const items = new Map<string, T>();
      for (const [key, value] of entries)
        items.set(
          key,
          make(`${baseAddress}[${JSON.stringify(key)}]`, new Map([['each', { key, value }]])),
        );
      return { kind: 'map', items };
    }
    return { kind: 'single', item: make(baseAddress, new Map()) };
  }

  protected forEachEntries(value: TfValue): [string, TfValue][] | undefined {
    if (value instanceof Unknown) return undefined;
    if (Array.isArray(value)) {
      const entries: [string, TfValue][] = [];
      for (const item of value) {
        if (typeof item !== 'string' && typeof item !== 'number') return undefined;
        const key = typeof item === 'number' ? numberToString(item) : item;
        if (!entries.some(([seen]) => seen === key)) entries.push([key, key]);
      }
      return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }
    if (isObject(value)) return sortedKeys(value).map((key) => [key, value[key] ?? null]);
    return undefined;
  }

  /** Attributes and nested blocks (dynamic ones expanded) as `terraform show -json` has them. */
  protected bodyValues(body: Body, scope: Scope, address: string, skip: Set<string>): TfObject {
    const values: TfObject = {};
    for (const attribute of body.attributes) {
      if (skip.has(attribute.name)) continue;
      values[attribute.name] = this.attributeValue(
        attribute,
        scope,
        `${address}.${attribute.name}`,
      );
    }
    for (const block of body.blocks) {
      if (RESOURCE_META_BLOCKS.has(block.type)) continue;
      if (block.type === 'dynamic') {
        this.dynamicBlock(block, scope, address, values);
        continue;
      }
      const list = (values[block.type] ??= []);
      if (Array.isArray(list))
        list.push(
          this.nestedBlockValues(block.body, scope, `${address}.${block.type}`, list.length),
        );
    }
    return values;
  }

  /** A nested block's values; what it does not set is computed (`shard_list[0].node_id`). */
  protected nestedBlockValues(body: Body, scope: Scope, origin: string, index: number): TfObject {
    const values = this.bodyValues(body, scope, origin, new Set());
    return markMissingAsUnknown(values, `${origin}[${index}]`, AFTER_APPLY);
  }

  protected dynamicBlock(block: Block, scope: Scope, address: string, values: TfObject): void {
    const name = block.labels[0] ?? '';
    const forEach = block.body.attributes.find((a) => a.name === 'for_each');
    const iterator = block.body.attributes.find((a) => a.name === 'iterator');
    const content = block.body.blocks.find((b) => b.type === 'content');
    if (!forEach || !content) return;
    const iteratorName = (iterator && EvaluatorBase.providerReference(iterator.expr)) ?? name;
    const collection = this.safely(forEach.expr, scope, `${address}.${name}`, forEach.line);
    const list = (values[name] ??= []);
    if (!Array.isArray(list)) return;
    if (collection instanceof Unknown || (!Array.isArray(collection) && !isObject(collection))) {
      this.note({
        level: 'unresolved',
        message:
          collection instanceof Unknown
            ? importText('importText.dynamicForEach', {
                name,
                address,
                why: shorten(collection.origin),
              })
            : importText('importText.dynamicForEachNoWhy', { name, address }),
        file: scope.file,
        line: block.line,
      });
      return;
    }
    const entries: [TfValue, TfValue][] = Array.isArray(collection)
      ? collection.map((item, index) => [index, item])
      : sortedKeys(collection).map((key) => [key, collection[key] ?? null]);
    for (const [key, value] of entries) {
      const bindings = new Map(scope.bindings);
      bindings.set(iteratorName, { key, value });
      list.push(
        this.nestedBlockValues(
          content.body,
          { ...scope, bindings },
          `${address}.${name}`,
          list.length,
        ),
      );
    }
  }

  /** An attribute's value; an evaluation error becomes an unknown and a note. */
  protected attributeValue(attribute: Attribute, scope: Scope, origin: string): TfValue {
    return this.safely(attribute.expr, scope, origin, attribute.line);
  }

  /** An expression's value outside any other expression: an error becomes an unknown and a note. */
  protected safely(expr: Expr, scope: Scope, origin: string, line: number | undefined): TfValue {
    try {
      return this.evaluate(expr, scope);
    } catch (error) {
      // Anything else is a defect of the evaluator: it costs this value, not the import.
      if (!(error instanceof Error)) throw error;
      this.note({
        level: 'unresolved',
        message:
          error instanceof EvaluationError
            ? prefixedWords(origin, error.words)
            : prefixedWords(
                origin,
                importText('importText.eval.internalError', { error: error.message }),
              ),
        ...(scope.file !== '' ? { file: scope.file } : {}),
        ...(line !== undefined ? { line } : {}),
      });
      return new Unknown(
        origin,
        importText('importText.eval.couldNotEvaluate', {
          message: error instanceof EvaluationError ? error.words : error.message,
        }),
      );
    }
  }
}
