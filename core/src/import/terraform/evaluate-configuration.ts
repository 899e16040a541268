// Terraform evaluator: reading a module's files (with override files), the root variables'
// values (defaults < terraform.tfvars < *.auto.tfvars < --var-file < --var) and providers.
import { importText } from '../text';
import { EvaluatorBase } from './evaluate-base';
import {
  type Located,
  type ModuleDefinition,
  ModuleInstance,
  type Scope,
  jsonValue,
} from './evaluate-shared';
import { type Block, type Body, type Expr, parseHcl } from './hcl';
import type { TfValue } from './resources';

export abstract class ConfigurationEvaluator extends EvaluatorBase {
  // ---- configuration ----

  protected definition(dir: string): ModuleDefinition | undefined {
    if (this.definitions.has(dir)) return this.definitions.get(dir);
    const definition: ModuleDefinition = {
      dir,
      variables: new Map(),
      locals: new Map(),
      outputs: new Map(),
      resources: [],
      moduleCalls: [],
      providers: [],
    };
    const paths = this.moduleFiles.configurationFiles(dir);
    // Override files (`override.tf`, `*_override.tf`) are merged after the others.
    const isOverride = (path: string): boolean => /(^|\/|_)override\.tf(\.json)?$/.test(path);
    for (const path of [...paths.filter((p) => !isOverride(p)), ...paths.filter(isOverride)]) {
      const body = this.parseFile(path);
      if (body) this.addBlocks(definition, body, path, isOverride(path));
    }
    const result = paths.length > 0 ? definition : undefined;
    this.definitions.set(dir, result);
    return result;
  }

  protected parseFile(path: string): Body | undefined {
    const text = this.files.get(path) ?? '';
    if (path.endsWith('.json')) {
      const converted = this.moduleFiles.jsonConfiguration(path, text);
      return converted;
    }
    let parsed: ReturnType<typeof parseHcl>;
    try {
      parsed = parseHcl(text);
    } catch (error) {
      // The parser itself failed (out of memory on a huge file): this file only is lost.
      this.note({
        level: 'error',
        message: importText('importText.read.parserFailed', {
          error:
            error instanceof Error ? error.message : importText('importText.read.parserFailure'),
        }),
        file: path,
      });
      return undefined;
    }
    if (parsed.error)
      this.note({
        level: 'error',
        message: importText('importText.read.hclSyntax', {
          error: parsed.error.message,
          column: parsed.error.column,
        }),
        file: path,
        line: parsed.error.line,
      });
    return parsed.body;
  }

  protected addBlocks(
    definition: ModuleDefinition,
    body: Body,
    file: string,
    override: boolean,
  ): void {
    for (const block of body.blocks) {
      const [first, second] = block.labels;
      if (override && this.overrideBlock(definition, block)) continue;
      switch (block.type) {
        case 'variable':
          if (first !== undefined) definition.variables.set(first, { item: block, file });
          break;
        case 'output':
          if (first !== undefined) definition.outputs.set(first, { item: block, file });
          break;
        case 'locals':
          for (const attribute of block.body.attributes)
            definition.locals.set(attribute.name, { item: attribute, file });
          break;
        case 'resource':
        case 'data':
          if (first !== undefined && second !== undefined)
            definition.resources.push({
              mode: block.type === 'data' ? 'data' : 'managed',
              type: first,
              name: second,
              block,
              file,
            });
          break;
        case 'module':
          if (first !== undefined) definition.moduleCalls.push({ item: block, file });
          break;
        case 'provider':
          if (first !== undefined) definition.providers.push({ item: block, file });
          break;
      }
    }
  }

  /** Terraform's override merge: attributes replace by name, nested blocks by type. */
  protected overrideBlock(definition: ModuleDefinition, block: Block): boolean {
    const [first, second] = block.labels;
    const merge = (base: Block): Block => ({
      ...base,
      body: {
        attributes: [
          ...base.body.attributes.filter(
            (a) => !block.body.attributes.some((o) => o.name === a.name),
          ),
          ...block.body.attributes,
        ],
        blocks: [
          ...base.body.blocks.filter((b) => !block.body.blocks.some((o) => o.type === b.type)),
          ...block.body.blocks,
        ],
      },
    });
    const replaceIn = (list: Located<Block>[], matches: (b: Block) => boolean): boolean => {
      const found = list.find((located) => matches(located.item));
      if (found) found.item = merge(found.item);
      return found !== undefined;
    };
    switch (block.type) {
      case 'variable':
      case 'output': {
        const map = block.type === 'variable' ? definition.variables : definition.outputs;
        const found = first !== undefined ? map.get(first) : undefined;
        if (found) found.item = merge(found.item);
        return found !== undefined;
      }
      case 'resource':
      case 'data': {
        const found = definition.resources.find(
          (r) =>
            r.mode === (block.type === 'data' ? 'data' : 'managed') &&
            r.type === first &&
            r.name === second,
        );
        if (found) found.block = merge(found.block);
        return found !== undefined;
      }
      case 'module':
        return replaceIn(definition.moduleCalls, (b) => b.labels[0] === first);
      case 'provider':
        return replaceIn(definition.providers, (b) => b.labels[0] === first);
      default:
        return false;
    }
  }

  // ---- root variables: defaults < terraform.tfvars < *.auto.tfvars < --var-file < --var ----

  protected rootVariableValues(definition: ModuleDefinition): Map<string, TfValue> {
    const values = new Map<string, TfValue>();
    const assign = (name: string, value: TfValue, file: string | undefined): void => {
      if (!definition.variables.has(name)) {
        this.note({
          level: 'warning',
          message: importText('importText.undeclaredVariable', { name }),
          ...(file !== undefined ? { file } : {}),
        });
        return;
      }
      values.set(name, value);
    };
    for (const path of this.moduleFiles.automaticVariableFiles(definition.dir))
      this.readVariableFile(path, assign);
    for (const path of this.options.varFiles ?? []) {
      if (!this.files.has(path)) {
        this.note({
          level: 'error',
          message: importText('importText.read.varFileUnreadable', { path }),
          file: path,
        });
        continue;
      }
      this.readVariableFile(path, assign);
    }
    for (const [name, text] of Object.entries(this.options.vars ?? {})) {
      const declaration = definition.variables.get(name);
      const type = declaration?.item.body.attributes.find((a) => a.name === 'type');
      const isString = !type || (type.expr.kind === 'variable' && type.expr.name === 'string');
      if (isString) assign(name, text, undefined);
      else {
        const parsed = parseHcl(`value = ${text}`);
        const expr = parsed.body.attributes[0]?.expr;
        assign(
          name,
          expr && !parsed.error ? this.constant(expr, '', `--var ${name}`) : text,
          undefined,
        );
      }
    }
    return values;
  }

  protected readVariableFile(
    path: string,
    assign: (name: string, value: TfValue, file: string) => void,
  ): void {
    const text = this.files.get(path) ?? '';
    if (path.endsWith('.json')) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error('not an object');
        for (const [name, value] of Object.entries(parsed)) assign(name, jsonValue(value), path);
      } catch {
        this.note({
          level: 'error',
          message: importText('importText.read.varFileNotObject', { path }),
          file: path,
        });
      }
      return;
    }
    const parsed = parseHcl(text);
    if (parsed.error)
      this.note({
        level: 'error',
        message: parsed.error.message,
        file: path,
        line: parsed.error.line,
      });
    for (const attribute of parsed.body.attributes)
      assign(
        attribute.name,
        this.constant(attribute.expr, path, attribute.name, attribute.line),
        path,
      );
  }

  /** A value written without references (tfvars, `--var`, variable defaults). */
  protected constant(expr: Expr, file: string, origin: string, line?: number): TfValue {
    const scope: Scope = { module: this.constantModule(), file, bindings: new Map() };
    return this.safely(expr, scope, origin, line);
  }

  protected constantModuleInstance: ModuleInstance | undefined;

  protected constantModule(): ModuleInstance {
    this.constantModuleInstance ??= new ModuleInstance(
      '',
      '',
      {
        dir: '',
        variables: new Map(),
        locals: new Map(),
        outputs: new Map(),
        resources: [],
        moduleCalls: [],
        providers: [],
      },
      () => undefined,
      new Map(),
    );
    return this.constantModuleInstance;
  }

  // ---- providers ----

  protected configureProviders(instance: ModuleInstance, inherited: Map<string, TfValue>): void {
    for (const [key, region] of inherited) instance.providerRegions.set(key, region);
    for (const { item: block, file } of instance.definition.providers) {
      const name = block.labels[0] ?? '';
      const scope: Scope = { module: instance, file, bindings: new Map() };
      const alias = block.body.attributes.find((a) => a.name === 'alias');
      const aliasValue = alias
        ? this.safely(alias.expr, scope, `provider.${name}.alias`, alias.line)
        : null;
      const key = typeof aliasValue === 'string' ? `${name}.${aliasValue}` : name;
      const region = block.body.attributes.find((a) => a.name === 'region');
      if (region)
        instance.providerRegions.set(key, this.attributeValue(region, scope, `provider.${key}`));
      else if (name === 'alicloud' && this.options.defaultRegion !== undefined)
        instance.providerRegions.set(key, this.options.defaultRegion);
      else instance.providerRegions.delete(key);
      const account = this.providerAccount(block, scope, key);
      if (account !== undefined) instance.providerAccounts.set(key, account);
    }
  }

  /** The other account an aliased provider configuration acts in (see `providerAccounts`); no secret is read. */
  private providerAccount(
    block: ModuleDefinition['providers'][number]['item'],
    scope: Scope,
    key: string,
  ): string | undefined {
    // The default configuration is the importing account, whatever credentials it names.
    if (!key.includes('.')) return undefined;
    const assumeRole = block.body.blocks.find((b) => b.type === 'assume_role');
    const ownCredentials = block.body.attributes.some((a) =>
      ['access_key', 'profile', 'shared_credentials_file'].includes(a.name),
    );
    if (!assumeRole && !ownCredentials) return undefined;
    const arn = assumeRole?.body.attributes.find((a) => a.name === 'role_arn');
    const arnValue = arn
      ? this.safely(arn.expr, scope, `provider.${key}.assume_role.role_arn`, arn.line)
      : undefined;
    const uid = typeof arnValue === 'string' ? /^acs:ram::(\d+):/.exec(arnValue)?.[1] : undefined;
    return uid ?? `provider.${key}`;
  }
}
