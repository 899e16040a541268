// Structure of the file format (schemas/dwnet.schema.json), checked with ajv: unknown
// properties, wrong types, bad enum values, missing required properties. Also what
// the schema cannot say: duplicated properties and `eip` on a serverless group.
import type { ErrorObject } from 'ajv';
import { schemaPropertyNames } from '../schemaValidation';
import { nodeToValue, pointerOf, pathOf, propertyValue, type Node } from '../parse';
import { suggestion } from '../util/similar';
import type { Localizer, MessageKey } from '../l10n';
import type { Rule, RuleContext } from './rule';
import type { ResourceGroup, SecurityGroup, SecurityGroupRule } from '../model';

const COLLECTION_PATTERNS = [
  /^\/(accounts|vpcs|dataCenters|connections|securityGroups|resourceGroups|dataSources|tasks)$/,
  /^\/vpcs\/[^/]+\/(vSwitches|natGateways)$/,
];

const PATTERN_HINTS: Record<string, MessageKey> = {
  ports: 'schema.hint.ports',
  uid: 'schema.hint.uid',
};

const JSON_TYPES: Record<string, MessageKey> = {
  object: 'jsonType.object',
  array: 'jsonType.array',
  string: 'jsonType.string',
  number: 'jsonType.number',
  integer: 'jsonType.integer',
  boolean: 'jsonType.boolean',
  null: 'jsonType.null',
};

/** What the schema's pattern cannot say about `ports`: each port in 1–65535, ranges in order. */
function portsProblem(text: string, l10n: Localizer): string | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return undefined;
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  if (low < 1 || low > 65535 || high < 1 || high > 65535) return l10n.t('schema.ports.range');
  if (low > high) return l10n.t('schema.ports.reversed', { high, low });
  return undefined;
}

function decodePointer(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function nodeAt(root: Node, segments: string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.children?.[Number(segment)];
    else node = propertyValue(node, segment);
  }
  return node;
}

function keyNodeOf(object: Node | undefined, name: string): Node | undefined {
  return object?.children?.find((p) => p.children?.[0]?.value === name)?.children?.[0];
}

function describeType(node: Node | undefined, l10n: Localizer): string {
  if (!node) return l10n.t('jsonType.nothing');
  if (node.type === 'number' && Number.isInteger(node.value)) return l10n.t('jsonType.integer');
  return typeName(node.type, l10n);
}

function typeName(type: string, l10n: Localizer): string {
  const key = JSON_TYPES[type];
  return key ? l10n.t(key) : type;
}

function where(segments: string[], l10n: Localizer): string {
  return segments.length === 0
    ? l10n.t('schema.topology')
    : l10n.t('schema.pointer', { pointer: pointerOf(segments) });
}

/**
 * A resource group `type` in the reference document's own words ("general-purpose resource
 * group", "generalPurpose", "general"): what the file format calls `serverless`.
 */
function isGeneralPurpose(segments: string[], value: string): boolean {
  return (
    segments.length === 3 &&
    segments[0] === 'resourceGroups' &&
    segments[2] === 'type' &&
    /^general(purpose)?(resourcegroup)?$/.test(value.toLowerCase().replace(/[^a-z]/g, ''))
  );
}

function report(context: RuleContext, error: ErrorObject): void {
  const root = context.model.root;
  const segments = decodePointer(error.instancePath);
  const node = nodeAt(root, segments);
  const params = error.params as Record<string, unknown>;
  const { l10n } = context;
  const at = where(segments, l10n);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = schemaPropertyNames(error.parentSchema);
      const best = suggestion(name, allowed);
      const key = keyNodeOf(node, name);
      context.report({
        // The range covers the offending value (its key when the value is not typed yet).
        node: key?.parent?.children?.[1] ?? key ?? node,
        pointer: pointerOf([...segments, name]),
        message: l10n.t('schema.unknownProperty', {
          name,
          where: at,
          hint: best ? 'best' : allowed.length ? 'allowed' : 'none',
          best: best ?? '',
          allowed: l10n.list(allowed),
        }),
      });
      return;
    }
    case 'required':
      context.report({
        node,
        pointer: error.instancePath,
        message: l10n.t('schema.required', { name: String(params.missingProperty), where: at }),
      });
      return;
    case 'false schema': {
      const name = segments[segments.length - 1] ?? '';
      const parent = nodeAt(root, segments.slice(0, -1));
      const type = propertyValue(parent, 'type')?.value ?? propertyValue(parent, 'kind')?.value;
      context.report({
        node: node ?? keyNodeOf(parent, name),
        pointer: error.instancePath,
        message:
          type !== undefined
            ? l10n.t('schema.notAllowedWith', {
                name,
                by: propertyValue(parent, 'type') ? 'type' : 'kind',
                value: String(type),
              })
            : l10n.t('schema.notAllowed', { name }),
      });
      return;
    }
    case 'type':
      context.report({
        node,
        pointer: error.instancePath,
        message: l10n.t('schema.type', {
          where: at,
          expected: typeName(String(params.type), l10n),
          actual: describeType(node, l10n),
        }),
      });
      return;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = node ? String(nodeToValue(node)) : '';
      const best = suggestion(value, allowed);
      const hint = isGeneralPurpose(segments, value) ? 'generalPurpose' : best ? 'best' : 'none';
      context.report({
        node,
        pointer: error.instancePath,
        message: l10n.t('schema.enum', {
          value,
          where: at,
          allowed: l10n.list(allowed),
          hint,
          best: best ?? '',
        }),
      });
      return;
    }
    case 'const':
      context.report({
        node,
        pointer: error.instancePath,
        message: l10n.t('schema.const', { where: at, value: JSON.stringify(params.allowedValue) }),
      });
      return;
    case 'pattern': {
      const name = segments[segments.length - 1] ?? '';
      const value = node ? String(nodeToValue(node)) : '';
      const hintKey = PATTERN_HINTS[name];
      const hint = hintKey
        ? l10n.t(hintKey)
        : l10n.t('schema.patternGeneric', { pattern: String(params.pattern) });
      context.report({
        node,
        pointer: error.instancePath,
        message: l10n.t('schema.pattern', { value, name, where: at, hint }),
      });
      return;
    }
    default:
      context.report({
        node,
        pointer: error.instancePath,
        message: l10n.t('schema.other', {
          where: at,
          detail: error.message ?? l10n.t('schema.invalid'),
        }),
      });
  }
}

export const rule: Rule = {
  meta: {
    code: 'schema',
    description: 'The file does not follow the topology format (schemas/dwnet.schema.json).',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownText',
  check(context) {
    const problems = context.schemaProblems();
    for (const error of problems.errors) report(context, error);

    // Repeated properties: JSON keeps the last, dwnet reads the first; either way one is lost.
    for (const property of problems.repeatedProperties) {
      const object = property.parent;
      const key = property.children?.[0];
      const name = key?.value;
      if (!object || !key || typeof name !== 'string') continue;
      const objectPath = pathOf(object);
      const pointer = pointerOf(objectPath);
      if (COLLECTION_PATTERNS.some((p) => p.test(pointer))) continue;
      context.report({
        node: property.children?.[1] ?? key,
        pointer: pointerOf([...objectPath, name]),
        message: context.l10n.t('schema.repeated', {
          name,
          where: where(objectPath.map(String), context.l10n),
        }),
      });
    }

    // `forEach` and index loops: no iterator result per group or rule in a cold check. The
    // callbacks are module-level functions given the context as `this`, not closures made
    // per check: V8 keeps a function's optimised code only while one of its closures lives.
    context.model.securityGroups.byId.forEach(checkPorts, context);
    context.model.resourceGroups.byId.forEach(checkServerlessEip, context);
  },
};

/** The ports of a security group's rules that the schema's pattern lets through. */
function checkPorts(this: RuleContext, group: SecurityGroup): void {
  if (this.inScope(group)) checkGroupPorts(this, group);
}

function checkGroupPorts(context: RuleContext, group: SecurityGroup): void {
  const rules = group.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as SecurityGroupRule;
    // The model read the same digits (model/network.ts `portsOf`): ports in order within
    // 1–65535 have no problem, whatever the text, and the tree is not asked (a node and a
    // regular expression per rule of every group).
    // Read by index: a destructuring pattern walks an iterator (objects per rule).
    const low = rule.ports[0];
    const high = rule.ports[1];
    if (low >= 1 && low <= high && high <= 65535) continue;
    const portsNode = propertyValue(rule.node, 'ports');
    const text = portsNode?.type === 'string' ? String(portsNode.value) : undefined;
    const problem = text === undefined ? undefined : portsProblem(text, context.l10n);
    if (!portsNode || !problem) continue;
    context.report({
      node: portsNode,
      pointer: `${rule.pointer}/ports`,
      message: context.l10n.t('schema.ports', { text: text ?? '', sg: group.id, problem }),
    });
  }
}

/** A serverless resource group takes no EIP. */
function checkServerlessEip(this: RuleContext, rg: ResourceGroup): void {
  if (!this.inScope(rg)) return;
  if (rg.type === 'serverless' && rg.eip) {
    this.report({
      node: rg.eip.node,
      pointer: rg.eip.pointer,
      message: this.l10n.t('schema.serverlessEip', { rg: rg.id }),
    });
  }
}
