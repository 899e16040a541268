// Structure of the file format (schemas/dwnet.schema.json), checked with ajv: unknown
// properties, wrong types, bad enum values, missing required properties. Also what
// the schema cannot say: duplicated properties and `eip` on a serverless group.
import type { ErrorObject } from 'ajv';
import { schemaPropertyNames } from '../schemaValidation';
import { nodeToValue, pointerOf, pathOf, propertyValue, type Node } from '../parse';
import { suggestion } from '../util/similar';
import type { Rule, RuleContext } from './rule';

const COLLECTION_PATTERNS = [
  /^\/(accounts|vpcs|dataCenters|connections|securityGroups|resourceGroups|dataSources|tasks)$/,
  /^\/vpcs\/[^/]+\/(vSwitches|natGateways)$/,
];

const PATTERN_HINTS: Record<string, string> = {
  ports: 'write a port ("3306"), a range ("1-65535") or "all"',
  uid: 'an Alibaba Cloud account UID has digits only',
};

/** What the schema's pattern cannot say about `ports`: each port in 1–65535, ranges in order. */
function portsProblem(text: string): string | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return undefined;
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  if (low < 1 || low > 65535 || high < 1 || high > 65535)
    return 'ports are numbered from 1 to 65535';
  if (low > high) return `the range is reversed; write "${high}-${low}"`;
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

function describeType(node: Node | undefined): string {
  if (!node) return 'nothing';
  if (node.type === 'null') return 'null';
  if (node.type === 'number' && Number.isInteger(node.value)) return 'an integer';
  return /^[aeiou]/.test(node.type) ? `an ${node.type}` : `a ${node.type}`;
}

function where(segments: string[]): string {
  return segments.length === 0 ? 'the topology' : `'${pointerOf(segments)}'`;
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
        message: `Unknown property '${name}' in ${where(segments)}.${best ? ` Did you mean '${best}'?` : allowed.length ? ` Allowed: ${allowed.join(', ')}.` : ''}`,
      });
      return;
    }
    case 'required':
      context.report({
        node,
        pointer: error.instancePath,
        message: `Missing required property '${String(params.missingProperty)}' in ${where(segments)}.`,
      });
      return;
    case 'false schema': {
      const name = segments[segments.length - 1] ?? '';
      const parent = nodeAt(root, segments.slice(0, -1));
      const type = propertyValue(parent, 'type')?.value ?? propertyValue(parent, 'kind')?.value;
      context.report({
        node: node ?? keyNodeOf(parent, name),
        pointer: error.instancePath,
        message: `Property '${name}' is not allowed here${type !== undefined ? ` (with ${propertyValue(parent, 'type') ? 'type' : 'kind'} '${String(type)}')` : ''}.`,
      });
      return;
    }
    case 'type':
      context.report({
        node,
        pointer: error.instancePath,
        message: `${where(segments)} must be ${String(params.type).replace(/^(\w)/, (m) => (/[aeiou]/.test(m) ? 'an ' : 'a ') + m)}, not ${describeType(node)}.`,
      });
      return;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = node ? String(nodeToValue(node)) : '';
      const best = suggestion(value, allowed);
      const hint = isGeneralPurpose(segments, value)
        ? ` Did you mean 'serverless'? The reference document's general-purpose resource group is a serverless resource group here: it runs data synchronization, scheduling and DataService Studio tasks.`
        : best
          ? ` Did you mean '${best}'?`
          : '';
      context.report({
        node,
        pointer: error.instancePath,
        message: `'${value}' is not a valid value for ${where(segments)}. Allowed: ${allowed.join(', ')}.${hint}`,
      });
      return;
    }
    case 'const':
      context.report({
        node,
        pointer: error.instancePath,
        message: `${where(segments)} must be ${JSON.stringify(params.allowedValue)}.`,
      });
      return;
    case 'pattern': {
      const name = segments[segments.length - 1] ?? '';
      const value = node ? String(nodeToValue(node)) : '';
      const hint = PATTERN_HINTS[name] ?? `it must match ${String(params.pattern)}`;
      context.report({
        node,
        pointer: error.instancePath,
        message: `'${value}' is not a valid ${name} (${where(segments)}): ${hint}.`,
      });
      return;
    }
    default:
      context.report({
        node,
        pointer: error.instancePath,
        message: `${where(segments)} ${error.message ?? 'is not valid'}.`,
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
        message: `Property '${name}' appears twice in ${pointer === '' ? 'the topology' : `'${pointer}'`}; only the first is used.`,
      });
    }

    for (const group of context.model.securityGroups.byId.values()) {
      if (!context.inScope(group)) continue;
      for (const rule of group.rules) {
        const portsNode = propertyValue(rule.node, 'ports');
        const text = portsNode?.type === 'string' ? String(portsNode.value) : undefined;
        const problem = text === undefined ? undefined : portsProblem(text);
        if (!portsNode || !problem) continue;
        context.report({
          node: portsNode,
          pointer: `${rule.pointer}/ports`,
          message: `'${text}' is not a valid port range in security group '${group.id}': ${problem}.`,
        });
      }
    }

    for (const rg of context.model.resourceGroups.byId.values()) {
      if (!context.inScope(rg)) continue;
      if (rg.type === 'serverless' && rg.eip) {
        context.report({
          node: rg.eip.node,
          pointer: rg.eip.pointer,
          message: `'eip' belongs to old-version (exclusive) resource groups only: serverless group '${rg.id}' reaches the Internet through the EIP of a NAT gateway in its VPC. Remove it.`,
        });
      }
    }
  },
};
