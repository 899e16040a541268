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
import {
  Unknown,
  type ImportNote,
  type TerraformReadResult,
  type TerraformResource,
  type TfValue,
} from './resources';
import {
  parseHcl,
  type Attribute,
  type Block,
  type Body,
  type Expr,
  type Step,
  type TemplatePart,
} from './hcl';
import { callFunction, hasFunction, type FunctionContext } from './functions';
import {
  EvaluationError,
  UnknownInput,
  asBool,
  asList,
  asNumber,
  asString,
  deepEqual,
  isObject,
  known,
  numberToString,
  renderKey,
  shownText,
  sortedKeys,
  type TfObject,
} from './values';
import { ModuleFiles, normalizePath, type ModuleSource } from './modules';
import { convertValue, typeConstraint } from './types';

export interface ReadTerraformOptions {
  /** `--var name=value`, applied last. */
  vars?: Record<string, string>;
  /** `--var-file` paths, keys of the files map, applied in order after the automatic files. */
  varFiles?: string[];
  /**
   * The root module's directory among the files' paths (default `''`): lets a caller pass a
   * repository and import one of its folders whose local modules are elsewhere in it
   * (`examples/complete` calling `source = "../.."`).
   */
  root?: string;
  /**
   * The region of an `alicloud` provider configuration that sets none (the provider then
   * reads ALICLOUD_REGION; the CLI passes that variable's value).
   */
  defaultRegion?: string;
}

const RESOURCE_META_ATTRIBUTES = new Set(['count', 'for_each', 'provider', 'depends_on']);
const RESOURCE_META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const MODULE_META_ATTRIBUTES = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on',
]);

/** A resource or data block of a module's configuration. */
interface ResourceDeclaration {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: string;
}

interface Located<T> {
  item: T;
  file: string;
}

/** A directory's configuration: every block of its `.tf` files, by kind. */
interface ModuleDefinition {
  dir: string;
  variables: Map<string, Located<Block>>;
  locals: Map<string, Located<Attribute>>;
  outputs: Map<string, Located<Block>>;
  resources: ResourceDeclaration[];
  moduleCalls: Located<Block>[];
  providers: Located<Block>[];
}

interface ResourceInstance {
  address: string;
  values: TfObject;
}

type Expansion<T> =
  | { kind: 'single'; item: T }
  | { kind: 'list'; items: T[] }
  | { kind: 'map'; items: Map<string, T> }
  | { kind: 'unknown'; unknown: Unknown };

const IN_PROGRESS = Symbol('in progress');

/**
 * Functions dwnet does not evaluate whose results are never network facts (hashes, times,
 * random ids, encodings of files): their values are unknown without a note.
 */
const NO_NETWORK_FACT_FUNCTIONS = new Set([
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'bcrypt',
  'uuidv5',
  'timeadd',
  'timecmp',
  'formatdate',
  'plantimestamp',
  'filebase64',
  'filemd5',
  'filesha1',
  'filesha256',
  'filesha512',
  'filebase64sha256',
  'filebase64sha512',
  'base64sha256',
  'base64sha512',
  'base64gzip',
  'rsadecrypt',
  'textencodebase64',
  'textdecodebase64',
]);

/** Ends the text of a templatefile() (see there). */
const TEMPLATE_END = '\u0001\n';

/** The reason of an attribute a managed resource gets when it is created. */
const AFTER_APPLY = 'known after apply';

/** Objects that stand for a resource, data source or module instance: a missing attribute is unknown. */
const MISSING_IS_UNKNOWN = new WeakMap<object, { origin: string; reason: string }>();

function markMissingAsUnknown(object: TfObject, origin: string, reason: string): TfObject {
  MISSING_IS_UNKNOWN.set(object, { origin, reason });
  return object;
}

interface Scope {
  module: ModuleInstance;
  file: string;
  /** count, each, for-expression and dynamic-block iterator variables. */
  bindings: Map<string, TfValue>;
}

class ModuleInstance {
  readonly locals = new Map<string, TfValue | typeof IN_PROGRESS>();
  readonly variables = new Map<string, TfValue | typeof IN_PROGRESS>();
  readonly outputs = new Map<string, TfValue | typeof IN_PROGRESS>();
  readonly resources = new Map<string, Expansion<ResourceInstance> | typeof IN_PROGRESS>();
  readonly modules = new Map<string, Expansion<ModuleInstance> | Unknown | typeof IN_PROGRESS>();

  constructor(
    /** `''` for the root module, else `module.a[0].module.b`. */
    readonly address: string,
    /** The key of this module in `.terraform/modules/modules.json` (`a.b`), `''` for the root. */
    readonly manifestKey: string,
    readonly definition: ModuleDefinition,
    /** Input values: root variables' values, or the module block's arguments (lazy). */
    readonly input: (name: string) => TfValue | undefined,
    /** Provider configuration (`alicloud`, `alicloud.hz`) → its region. */
    readonly providerRegions: Map<string, TfValue>,
  ) {}

  prefix(): string {
    return this.address === '' ? '' : `${this.address}.`;
  }
}

export class TerraformEvaluator {
  private readonly notes: ImportNote[] = [];
  private readonly noted = new Set<string>();
  private readonly definitions = new Map<string, ModuleDefinition | undefined>();
  private readonly moduleFiles: ModuleFiles;
  private readonly functionContext: FunctionContext;

  constructor(
    private readonly files: Map<string, string>,
    private readonly options: ReadTerraformOptions,
  ) {
    this.moduleFiles = new ModuleFiles(
      files,
      (note) => this.note(note),
      normalizePath(options.root ?? '') ?? '',
    );
    // Relative paths in file() are relative to the working directory: the root module's.
    this.functionContext = { readFile: (path) => this.moduleFiles.readFile(this.fromRoot(path)) };
  }

  private rootDir(): string {
    return normalizePath(this.options.root ?? '') ?? '';
  }

  private fromRoot(path: string): string {
    return path.startsWith('/') ? path : `${this.rootDir()}/${path}`;
  }

  read(): TerraformReadResult {
    const rootDir = this.rootDir();
    const rootDefinition = this.definition(rootDir);
    if (!rootDefinition) {
      this.note({
        level: 'error',
        message: `no Terraform configuration (.tf or .tf.json file) in ${rootDir === '' ? 'the directory' : rootDir}`,
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

  // ---- notes ----

  private note(note: ImportNote): void {
    const key = `${note.level}|${note.message}|${note.file ?? ''}|${note.line ?? ''}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push(note);
  }

  // ---- configuration ----

  private definition(dir: string): ModuleDefinition | undefined {
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

  private parseFile(path: string): Body | undefined {
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
        message: `the file could not be parsed (${error instanceof Error ? error.message : 'parser failure'}); it is not imported`,
        file: path,
      });
      return undefined;
    }
    if (parsed.error)
      this.note({
        level: 'error',
        message: `${parsed.error.message} (column ${parsed.error.column}); the blocks around it are not imported`,
        file: path,
        line: parsed.error.line,
      });
    return parsed.body;
  }

  private addBlocks(
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
  private overrideBlock(definition: ModuleDefinition, block: Block): boolean {
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

  private rootVariableValues(definition: ModuleDefinition): Map<string, TfValue> {
    const values = new Map<string, TfValue>();
    const assign = (name: string, value: TfValue, file: string | undefined): void => {
      if (!definition.variables.has(name)) {
        this.note({
          level: 'warning',
          message: `a value is given for the undeclared variable "${name}"; it is ignored`,
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
          message: `the variable file ${path} cannot be read`,
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

  private readVariableFile(
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
          message: `the variable file ${path} is not a JSON object`,
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
  private constant(expr: Expr, file: string, origin: string, line?: number): TfValue {
    const scope: Scope = { module: this.constantModule(), file, bindings: new Map() };
    return this.safely(expr, scope, origin, line);
  }

  private constantModuleInstance: ModuleInstance | undefined;

  private constantModule(): ModuleInstance {
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

  private configureProviders(instance: ModuleInstance, inherited: Map<string, TfValue>): void {
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
    }
  }

  /** `alicloud.hz` written as an expression (a provider reference), as text. */
  private static providerReference(expr: Expr): string | undefined {
    if (expr.kind === 'variable') return expr.name;
    if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value;
    if (expr.kind === 'traverse' && expr.target.kind === 'variable' && expr.steps.length === 1) {
      const step = expr.steps[0];
      if (step && 'attr' in step) return `${expr.target.name}.${step.attr}`;
    }
    return undefined;
  }

  // ---- collecting every resource instance ----

  private collect(instance: ModuleInstance, into: TerraformResource[]): void {
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

  private resourceRegion(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
  ): string | Unknown | undefined {
    const providerAttribute = declaration.block.body.attributes.find((a) => a.name === 'provider');
    const key = providerAttribute
      ? TerraformEvaluator.providerReference(providerAttribute.expr)
      : declaration.type.split('_')[0];
    if (key === undefined) return undefined;
    const region = instance.providerRegions.get(key);
    if (region === undefined || region === null) return undefined;
    if (region instanceof Unknown || typeof region === 'string') return region;
    return undefined;
  }

  // ---- resources ----

  private resourceExpansion(
    instance: ModuleInstance,
    declaration: ResourceDeclaration,
  ): Expansion<ResourceInstance> {
    const key = `${declaration.mode}.${declaration.type}.${declaration.name}`;
    const memo = instance.resources.get(key);
    const baseAddress = `${instance.prefix()}${declaration.mode === 'data' ? 'data.' : ''}${declaration.type}.${declaration.name}`;
    if (memo === IN_PROGRESS) {
      this.note({
        level: 'error',
        message: `${baseAddress} refers to itself (a cycle); its values are not known`,
        file: declaration.file,
        line: declaration.block.line,
      });
      return { kind: 'unknown', unknown: new Unknown(baseAddress, 'a reference cycle') };
    }
    if (memo) return memo;
    instance.resources.set(key, IN_PROGRESS);
    const reason =
      declaration.mode === 'data' ? 'read from the cloud when Terraform runs' : AFTER_APPLY;
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
  private knownDataValues(
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
        'read from the cloud when Terraform runs',
      ),
    ];
  }

  /** count / for_each of a resource or module block: its instances and their addresses. */
  private expand<T>(
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
          message: `the count of ${baseAddress} is not known statically (${count instanceof Unknown ? shorten(count.origin) : typeName(count)}); it is not imported`,
          file,
          line: countAttribute.line,
        });
        return { kind: 'unknown', unknown: new Unknown(baseAddress, 'its count is not known') };
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
          message: `the for_each of ${baseAddress} is not known statically${forEach instanceof Unknown ? ` (${shorten(forEach.origin)})` : ''}; it is not imported`,
          file,
          line: forEachAttribute.line,
        });
        return { kind: 'unknown', unknown: new Unknown(baseAddress, 'its for_each is not known') };
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

  private forEachEntries(value: TfValue): [string, TfValue][] | undefined {
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
  private bodyValues(body: Body, scope: Scope, address: string, skip: Set<string>): TfObject {
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
  private nestedBlockValues(body: Body, scope: Scope, origin: string, index: number): TfObject {
    const values = this.bodyValues(body, scope, origin, new Set());
    return markMissingAsUnknown(values, `${origin}[${index}]`, AFTER_APPLY);
  }

  private dynamicBlock(block: Block, scope: Scope, address: string, values: TfObject): void {
    const name = block.labels[0] ?? '';
    const forEach = block.body.attributes.find((a) => a.name === 'for_each');
    const iterator = block.body.attributes.find((a) => a.name === 'iterator');
    const content = block.body.blocks.find((b) => b.type === 'content');
    if (!forEach || !content) return;
    const iteratorName = (iterator && TerraformEvaluator.providerReference(iterator.expr)) ?? name;
    const collection = this.safely(forEach.expr, scope, `${address}.${name}`, forEach.line);
    const list = (values[name] ??= []);
    if (!Array.isArray(list)) return;
    if (collection instanceof Unknown || (!Array.isArray(collection) && !isObject(collection))) {
      this.note({
        level: 'unresolved',
        message: `the for_each of the dynamic "${name}" blocks of ${address} is not known statically${collection instanceof Unknown ? ` (${shorten(collection.origin)})` : ''}; those blocks are not imported`,
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
  private attributeValue(attribute: Attribute, scope: Scope, origin: string): TfValue {
    return this.safely(attribute.expr, scope, origin, attribute.line);
  }

  /** An expression's value outside any other expression: an error becomes an unknown and a note. */
  private safely(expr: Expr, scope: Scope, origin: string, line: number | undefined): TfValue {
    try {
      return this.evaluate(expr, scope);
    } catch (error) {
      // Anything else is a defect of the evaluator: it costs this value, not the import.
      if (!(error instanceof Error)) throw error;
      this.note({
        level: 'unresolved',
        message: `${origin}: ${error instanceof EvaluationError ? '' : 'internal error: '}${error.message}`,
        ...(scope.file !== '' ? { file: scope.file } : {}),
        ...(line !== undefined ? { line } : {}),
      });
      return new Unknown(origin, `could not be evaluated: ${error.message}`);
    }
  }

  // ---- modules ----

  private moduleExpansion(
    parent: ModuleInstance,
    name: string,
  ): Expansion<ModuleInstance> | Unknown {
    const memo = parent.modules.get(name);
    const baseAddress = `${parent.prefix()}module.${name}`;
    if (memo === IN_PROGRESS) return new Unknown(baseAddress, 'a reference cycle');
    if (memo) return memo;
    const call = parent.definition.moduleCalls.find((c) => c.item.labels[0] === name);
    if (!call) throw new EvaluationError(`there is no module "${name}"`);
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
            ? `module "${name}" (source "${typeof sourceValue === 'string' ? sourceValue : '?'}") is not on disk: run \`terraform init\` so that .terraform/modules holds it; its resources are not imported`
            : source.dir.startsWith('..')
              ? `module "${name}" (source "${typeof sourceValue === 'string' ? sourceValue : '?'}") is outside the imported directory; its resources are not imported (import a directory that holds it too)`
              : `module "${name}" (source "${typeof sourceValue === 'string' ? sourceValue : '?'}") has no .tf files in ${source.dir}; its resources are not imported`,
        file,
        line: block.line,
      });
      const unknown = new Unknown(baseAddress, 'the module is not on disk');
      parent.modules.set(name, unknown);
      return unknown;
    }
    // `providers = { alicloud = alicloud.hz }` sets the child's provider configurations;
    // without it the child inherits the parent's default (unaliased) ones.
    const inherited = new Map<string, TfValue>();
    const providersAttribute = block.body.attributes.find((a) => a.name === 'providers');
    if (providersAttribute && providersAttribute.expr.kind === 'object') {
      for (const item of providersAttribute.expr.items) {
        const childKey = TerraformEvaluator.providerReference(item.key);
        const parentKey = TerraformEvaluator.providerReference(item.value);
        const region = parentKey !== undefined ? parent.providerRegions.get(parentKey) : undefined;
        if (childKey !== undefined && region !== undefined) inherited.set(childKey, region);
      }
    } else {
      for (const [key, region] of parent.providerRegions)
        if (!key.includes('.')) inherited.set(key, region);
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
      this.configureProviders(child, inherited);
      return child;
    });
    parent.modules.set(name, expansion);
    return expansion;
  }

  private moduleOutput(instance: ModuleInstance, name: string): TfValue {
    const memo = instance.outputs.get(name);
    if (memo === IN_PROGRESS)
      return new Unknown(`${instance.address}.${name}`, 'a reference cycle');
    if (memo !== undefined) return memo;
    const output = instance.definition.outputs.get(name);
    if (!output) throw new EvaluationError(`module ${instance.address} has no output "${name}"`);
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

  private moduleObject(instance: ModuleInstance): TfObject {
    const object: TfObject = {};
    for (const name of instance.definition.outputs.keys())
      object[name] = this.moduleOutput(instance, name);
    return object;
  }

  // ---- variables and locals ----

  private variable(instance: ModuleInstance, name: string): TfValue {
    const memo = instance.variables.get(name);
    if (memo === IN_PROGRESS) return new Unknown(`var.${name}`, 'a reference cycle');
    if (memo !== undefined) return memo;
    const declaration = instance.definition.variables.get(name);
    if (!declaration) throw new EvaluationError(`there is no variable "${name}"`);
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
            message: `variable "${name}"${instance.address === '' ? '' : ` of ${instance.address}`} has no default and no value${instance.address === '' ? ' (pass --var or --var-file)' : ''}`,
            file: declaration.file,
            line: declaration.item.line,
          });
        value = new Unknown(`${instance.prefix()}var.${name}`, 'the variable has no value');
      }
    }
    value = this.convertToType(value, declaration, name);
    instance.variables.set(name, value);
    return value;
  }

  /** Terraform's conversion of a variable's value to its `type` (optional attributes' defaults). */
  private convertToType(value: TfValue, declaration: Located<Block>, name: string): TfValue {
    const type = typeConstraint(
      declaration.item.body.attributes.find((a) => a.name === 'type')?.expr,
    );
    return convertValue(value, type, (expr) =>
      this.constant(expr, declaration.file, `var.${name}`, declaration.item.line),
    );
  }

  private local(instance: ModuleInstance, name: string): TfValue {
    const memo = instance.locals.get(name);
    const declaration = instance.definition.locals.get(name);
    if (memo === IN_PROGRESS) {
      this.note({
        level: 'error',
        message: `local.${name} refers to itself through other locals (a cycle); its value is not known`,
        ...(declaration ? { file: declaration.file, line: declaration.item.line } : {}),
      });
      return new Unknown(`${instance.prefix()}local.${name}`, 'a reference cycle');
    }
    if (memo !== undefined) return memo;
    if (!declaration) throw new EvaluationError(`there is no local value "${name}"`);
    instance.locals.set(name, IN_PROGRESS);
    const value = this.attributeValue(
      declaration.item,
      { module: instance, file: declaration.file, bindings: new Map() },
      `${instance.prefix()}local.${name}`,
    );
    instance.locals.set(name, value);
    return value;
  }

  // ---- expressions ----

  /** An expression's value; unknown inputs give an unknown, never a throw. */
  evaluate(expr: Expr, scope: Scope): TfValue {
    try {
      return this.evaluateKnownInputs(expr, scope);
    } catch (error) {
      if (error instanceof UnknownInput) return error.unknown;
      throw error;
    }
  }

  private evaluateKnownInputs(expr: Expr, scope: Scope): TfValue {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'template':
        return this.template(expr.parts, scope);
      case 'variable':
        return this.traverse(expr, [], scope);
      case 'traverse':
        return this.traverse(expr.target, expr.steps, scope);
      case 'tuple':
        return expr.items.map((item) => this.evaluate(item, scope));
      case 'object': {
        const object: TfObject = {};
        for (const item of expr.items) {
          const key = this.evaluate(item.key, scope);
          object[asString(key)] = this.evaluate(item.value, scope);
        }
        return object;
      }
      case 'call':
        return this.call(expr, scope);
      case 'unary': {
        const operand = this.evaluate(expr.operand, scope);
        if (operand instanceof Unknown)
          return new Unknown(`${expr.op}${operand.origin}`, operand.reason);
        return expr.op === '!' ? !asBool(operand) : -asNumber(operand);
      }
      case 'binary':
        return this.binary(
          expr.op,
          this.evaluate(expr.left, scope),
          this.evaluate(expr.right, scope),
        );
      case 'conditional': {
        const condition = this.evaluate(expr.condition, scope);
        if (condition instanceof Unknown) {
          // Both branches alike: the condition does not matter.
          const then = this.evaluate(expr.then, scope);
          const otherwise = this.evaluate(expr.otherwise, scope);
          if (sameValue(then, otherwise)) return then;
          return new Unknown(`${condition.origin} ? … : …`, condition.reason);
        }
        return asBool(condition)
          ? this.evaluate(expr.then, scope)
          : this.evaluate(expr.otherwise, scope);
      }
      case 'for':
        return this.forExpression(expr, scope);
    }
  }

  private binary(op: string, left: TfValue, right: TfValue): TfValue {
    if (op === '==' || op === '!=') {
      // An attribute a resource gets on apply (an id, an address) is never "" nor null, so
      // `var.vpc_id != "" ? var.vpc_id : …` keeps the reference instead of losing it.
      const [unknown, other] = left instanceof Unknown ? [left, right] : [right, left];
      if (
        unknown instanceof Unknown &&
        unknown.reason === AFTER_APPLY &&
        (other === '' || other === null)
      )
        return op === '!=';
      try {
        const equal = deepEqual(left, right);
        return op === '==' ? equal : !equal;
      } catch (error) {
        if (error instanceof UnknownInput)
          return this.derived(`${render(left)} ${op} ${render(right)}`, left, right);
        throw error;
      }
    }
    if (left instanceof Unknown || right instanceof Unknown) {
      // `false && unknown` and `true || unknown` are known.
      if (op === '&&' && (left === false || right === false)) return false;
      if (op === '||' && (left === true || right === true)) return true;
      return this.derived(`${render(left)} ${op} ${render(right)}`, left, right);
    }
    switch (op) {
      case '&&':
        return asBool(left) && asBool(right);
      case '||':
        return asBool(left) || asBool(right);
      case '+':
        return asNumber(left) + asNumber(right);
      case '-':
        return asNumber(left) - asNumber(right);
      case '*':
        return asNumber(left) * asNumber(right);
      case '/':
        return asNumber(left) / asNumber(right);
      case '%':
        return asNumber(left) % asNumber(right);
      case '<':
        return asNumber(left) < asNumber(right);
      case '<=':
        return asNumber(left) <= asNumber(right);
      case '>':
        return asNumber(left) > asNumber(right);
      case '>=':
        return asNumber(left) >= asNumber(right);
    }
    throw new EvaluationError(`unknown operator ${op}`);
  }

  private derived(origin: string, ...inputs: TfValue[]): Unknown {
    const first = inputs.find((input): input is Unknown => input instanceof Unknown);
    return new Unknown(origin, first?.reason ?? 'depends on a value known after apply');
  }

  private template(parts: TemplatePart[], scope: Scope): TfValue {
    // A template that is one interpolation is that value, of any type.
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only !== undefined && typeof only !== 'string' && 'interpolation' in only)
      return this.evaluate(only.interpolation, scope);
    const pieces = this.templatePieces(parts, scope);
    const unknown = pieces.find((piece): piece is Unknown => piece instanceof Unknown);
    if (unknown)
      return new Unknown(
        pieces
          .map((piece) =>
            piece instanceof Unknown ? `\${${piece.origin}}` : shownText(piece).slice(1, -1),
          )
          .join(''),
        unknown.reason,
      );
    return pieces.join('');
  }

  private templatePieces(parts: TemplatePart[], scope: Scope): (string | Unknown)[] {
    const pieces: (string | Unknown)[] = [];
    for (const part of parts) {
      if (typeof part === 'string') pieces.push(part);
      else if ('interpolation' in part) {
        const value = this.evaluate(part.interpolation, scope);
        if (value instanceof Unknown) pieces.push(value);
        else if (value === null) throw new EvaluationError('a template interpolates null');
        else pieces.push(asString(value));
      } else if ('if' in part) {
        const condition = this.evaluate(part.if, scope);
        if (condition instanceof Unknown) pieces.push(condition);
        else
          pieces.push(
            ...this.templatePieces(asBool(condition) ? part.then : part.otherwise, scope),
          );
      } else {
        const collection = this.evaluate(part.for.collection, scope);
        if (collection instanceof Unknown) {
          pieces.push(collection);
          continue;
        }
        for (const [key, value] of this.iterate(collection)) {
          const bindings = new Map(scope.bindings);
          if (part.for.keyVar !== undefined) bindings.set(part.for.keyVar, key);
          bindings.set(part.for.valueVar, value);
          pieces.push(...this.templatePieces(part.for.body, { ...scope, bindings }));
        }
      }
    }
    return pieces;
  }

  private iterate(collection: TfValue): [TfValue, TfValue][] {
    const value = known(collection);
    if (Array.isArray(value)) return value.map((item, index) => [index, item]);
    if (isObject(value)) return sortedKeys(value).map((key) => [key, value[key] ?? null]);
    throw new EvaluationError(`a for expression needs a collection, got ${typeName(value)}`);
  }

  private forExpression(expr: Extract<Expr, { kind: 'for' }>, scope: Scope): TfValue {
    const collection = this.evaluate(expr.collection, scope);
    if (collection instanceof Unknown)
      return new Unknown(`[for … in ${collection.origin}]`, collection.reason);
    const tuple: TfValue[] = [];
    const object: TfObject = {};
    const groups: Record<string, TfValue[]> = {};
    for (const [key, value] of this.iterate(collection)) {
      const bindings = new Map(scope.bindings);
      if (expr.keyVar !== undefined) bindings.set(expr.keyVar, key);
      bindings.set(expr.valueVar, value);
      const inner: Scope = { ...scope, bindings };
      if (expr.condition) {
        const keep = this.evaluate(expr.condition, inner);
        if (keep instanceof Unknown) return new Unknown(`[for … if ${keep.origin}]`, keep.reason);
        if (!asBool(keep)) continue;
      }
      const item = this.evaluate(expr.valueExpr, inner);
      if (!expr.keyExpr) {
        tuple.push(item);
        continue;
      }
      const itemKey = this.evaluate(expr.keyExpr, inner);
      const keyText = asString(itemKey);
      if (expr.grouping) (groups[keyText] ??= []).push(item);
      else {
        if (keyText in object)
          throw new EvaluationError(`a for expression gives the key "${keyText}" twice`);
        object[keyText] = item;
      }
    }
    if (!expr.keyExpr) return tuple;
    return expr.grouping ? groups : object;
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, scope: Scope): TfValue {
    const name = expr.name.replace(/^provider::[^:]+::/, '');
    if (name === 'try' || name === 'can') {
      for (const argument of expr.args) {
        try {
          const value = this.evaluateKnownInputs(argument, scope);
          return name === 'can' ? true : value;
        } catch (error) {
          if (error instanceof UnknownInput) return error.unknown;
          if (!(error instanceof EvaluationError)) throw error;
          if (name === 'can') return false;
        }
      }
      if (name === 'can') return false;
      throw new EvaluationError('try: no argument could be evaluated');
    }
    if (name === 'templatefile') {
      const path = this.evaluate(expr.args[0] ?? { kind: 'literal', value: null, from: 0 }, scope);
      const variables = this.evaluate(
        expr.args[1] ?? { kind: 'object', items: [], from: 0 },
        scope,
      );
      if (path instanceof Unknown) return path;
      const text = this.moduleFiles.readFile(this.fromRoot(asString(path)));
      if (text === undefined)
        return new Unknown(
          `templatefile("${asString(path)}")`,
          'the file is not in the imported directory',
        );
      // The file's text as a heredoc; an end mark keeps a strip marker from eating the
      // heredoc's own last newline, and both are removed after rendering.
      const parsed = parseHcl(`value = <<EOT_DWNET\n${text}${TEMPLATE_END}EOT_DWNET\n`);
      const template = parsed.body.attributes[0]?.expr;
      if (!template || parsed.error)
        throw new EvaluationError(`templatefile: ${asString(path)} is not a valid template`);
      const bindings = new Map<string, TfValue>();
      if (isObject(variables))
        for (const [key, value] of Object.entries(variables)) bindings.set(key, value);
      const result = this.evaluate(template, { module: scope.module, file: scope.file, bindings });
      if (result instanceof Unknown)
        return new Unknown(`templatefile("${asString(path)}", …)`, result.reason);
      return typeof result === 'string'
        ? result.endsWith(TEMPLATE_END)
          ? result.slice(0, -TEMPLATE_END.length)
          : result
        : result;
    }
    let args = expr.args.map((argument) => this.evaluate(argument, scope));
    if (expr.expandLast && args.length > 0) {
      const last = args[args.length - 1] ?? null;
      if (last instanceof Unknown) return this.derived(`${name}(…${last.origin})`, last);
      args = [...args.slice(0, -1), ...asList(last)];
    }
    if (!hasFunction(name) && !NO_NETWORK_FACT_FUNCTIONS.has(name)) {
      this.note({
        level: 'unresolved',
        message: `the function ${name}() is not evaluated by dwnet; values that use it are left unresolved`,
        file: scope.file,
      });
    }
    try {
      return callFunction(name, args, this.functionContext);
    } catch (error) {
      if (!(error instanceof UnknownInput)) throw error;
      if (name === 'jsonencode' && args.length === 1) {
        // The JSON with each unknown as "${origin}", so a mapper can still read its shape
        // (a data source's connection_properties: host, port, instanceId).
        return this.derived(JSON.stringify(jsonWithOrigins(args[0] ?? null)), ...args);
      }
      if (name === 'join') {
        const separator = args[0];
        const parts = args.slice(1).flatMap((list) => (Array.isArray(list) ? list : [list]));
        if (
          typeof separator === 'string' &&
          parts.every((part) => !Array.isArray(part) && !isObject(part))
        )
          return this.derived(
            parts
              .map((part) =>
                typeof part === 'string' ? shownText(part).slice(1, -1) : render(part),
              )
              .join(separator),
            ...parts,
          );
      }
      if (error.unknown.reason.startsWith('the f') || error.unknown.origin.endsWith('()'))
        return error.unknown;
      return new Unknown(`${name}(${args.map(render).join(', ')})`, error.unknown.reason);
    }
  }

  // ---- references and traversals ----

  private traverse(root: Expr, steps: Step[], scope: Scope): TfValue {
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
        if (firstAttr === undefined) throw new EvaluationError('`var` needs a variable name');
        return this.applySteps(
          this.variable(instance, firstAttr),
          steps.slice(1),
          `var.${firstAttr}`,
          scope,
        );
      case 'local':
        if (firstAttr === undefined) throw new EvaluationError('`local` needs a name');
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
        throw new EvaluationError(`\`${name}\` is not available here`);
      case 'module':
        if (firstAttr === undefined) throw new EvaluationError('`module` needs a module name');
        return this.moduleReference(instance, firstAttr, steps.slice(1), scope);
      case 'data': {
        const second = steps[1];
        const dataName = second && 'attr' in second ? second.attr : undefined;
        if (firstAttr === undefined || dataName === undefined)
          throw new EvaluationError('`data` needs a type and a name');
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
      throw new EvaluationError(`there is no resource ${name}.${firstAttr} in this module`);
    throw new EvaluationError(`unknown name "${name}"`);
  }

  private resourceReference(
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
        `there is no ${mode === 'data' ? 'data source' : 'resource'} ${address}`,
      );
    const expansion = this.resourceExpansion(instance, declaration);
    return this.applySteps(
      expansionValue(expansion, (item) => item.values),
      steps,
      address,
      scope,
    );
  }

  private moduleReference(
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
        markMissingAsUnknown(this.moduleObject(child), child.address, 'known after apply'),
      ),
      steps,
      address,
      scope,
    );
  }

  private applySteps(value: TfValue, steps: Step[], origin: string, scope: Scope): TfValue {
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

  private renderStep(step: Step, scope: Scope): string {
    if ('attr' in step) return `.${step.attr}`;
    if ('splat' in step) return '[*]';
    return `[${renderKey(this.evaluate(step.index, scope))}]`;
  }

  private getAttribute(value: TfValue, attribute: string): TfValue {
    if (isObject(value)) {
      if (Object.prototype.hasOwnProperty.call(value, attribute)) return value[attribute] ?? null;
      const missing = MISSING_IS_UNKNOWN.get(value);
      if (missing) return new Unknown(`${missing.origin}.${attribute}`, missing.reason);
      throw new EvaluationError(`there is no attribute "${attribute}"`);
    }
    if (Array.isArray(value))
      throw new EvaluationError(
        `"${attribute}" is read from a list: use [*].${attribute} or an index`,
      );
    throw new EvaluationError(`"${attribute}" is read from ${typeName(value)}`);
  }

  private index(value: TfValue, key: TfValue, origin: string): TfValue {
    if (key instanceof Unknown) return new Unknown(`${origin}[${key.origin}]`, key.reason);
    if (Array.isArray(value)) {
      const position = asNumber(key);
      if (position < 0 || position >= value.length || !Number.isInteger(position))
        throw new EvaluationError(`index ${position} is out of range (length ${value.length})`);
      return value[position] ?? null;
    }
    if (isObject(value)) return this.getAttribute(value, asString(key));
    throw new EvaluationError(`${typeName(value)} cannot be indexed`);
  }
}

/** A long origin cut for a message. */
function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function sameValue(a: TfValue, b: TfValue): boolean {
  try {
    return deepEqual(a, b);
  } catch (error) {
    if (error instanceof UnknownInput) return false;
    throw error;
  }
}

function typeName(value: TfValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Unknown) return 'unknown';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function expansionValue<T>(expansion: Expansion<T>, value: (item: T) => TfValue): TfValue {
  switch (expansion.kind) {
    case 'single':
      return value(expansion.item);
    case 'list':
      return expansion.items.map(value);
    case 'map': {
      const object: TfObject = {};
      for (const [key, item] of expansion.items) object[key] = value(item);
      return object;
    }
    case 'unknown':
      return expansion.unknown;
  }
}

/** A value as written in an unknown's origin. */
/** JSON-ready data of a value: unknowns as `${origin}`, known strings through `shownText`. */
function jsonWithOrigins(value: TfValue): unknown {
  if (value instanceof Unknown) return `\${${value.origin}}`;
  if (typeof value === 'string') return JSON.parse(shownText(value)) as string;
  if (Array.isArray(value)) return value.map(jsonWithOrigins);
  if (isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const key of sortedKeys(value)) result[key] = jsonWithOrigins(value[key] ?? null);
    return result;
  }
  return value;
}

/** A value as written in an unknown's origin; known strings through `shownText` (no secrets). */
function render(value: TfValue): string {
  if (value instanceof Unknown) return value.origin;
  if (typeof value === 'string') return shownText(value);
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .map((key) => `${key} = ${render(value[key] ?? null)}`)
      .join(', ')}}`;
  return String(value);
}

/** The path of `to` seen from `from` (both relative to the imported directory). */
function relativePath(from: string, to: string): string {
  const fromParts = from === '' ? [] : from.split('/');
  const toParts = to === '' ? [] : to.split('/');
  let common = 0;
  while (
    common < fromParts.length &&
    common < toParts.length &&
    fromParts[common] === toParts[common]
  )
    common++;
  const parts = [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

function jsonValue(value: unknown): TfValue {
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === 'object' && value !== null) {
    const object: TfObject = {};
    for (const [key, item] of Object.entries(value)) object[key] = jsonValue(item);
    return object;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}
