// The JSON schema of *.dwnet.json (schemas/dwnet.schema.json) serves two readers:
// VS Code's JSON language service (hover, completion, snippets) and ajv 8 in the core
// (`schema` findings). These tests hold it to both jobs.
import { describe, it, expect } from 'vitest';
import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validate } from '../src/index';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const schemaPath = resolve(__dirname, '../../schemas/dwnet.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonObject;
const SCHEMA_ID = 'https://github.com/dwnet/dwnet/schemas/dwnet.schema.json';

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  return ajv;
}

const ajv = newAjv();
const validateDoc = ajv.getSchema(SCHEMA_ID)!;

function errorsOf(doc: unknown): ErrorObject[] {
  return validateDoc(doc) ? [] : [...(validateDoc.errors ?? [])];
}

/** The errors the core reports: ajv's `if` errors only wrap the `then` error they accompany. */
function reported(doc: unknown): { instancePath: string; keyword: string; params: unknown }[] {
  return errorsOf(doc)
    .filter((e) => e.keyword !== 'if')
    .map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function deref(node: Json): Json {
  if (isObject(node) && typeof node.$ref === 'string' && Object.keys(node).length === 1) {
    const name = node.$ref.replace(/^#\/definitions\//, '');
    const definitions = schema.definitions as JsonObject;
    const target = definitions[name];
    if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
    return target;
  }
  return node;
}

/** Visits every subschema, with its location; skips `if` (a condition, not documentation). */
function walk(node: Json, at: string, visit: (node: JsonObject, at: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${at}/${i}`, visit));
    return;
  }
  if (!isObject(node)) return;
  visit(node, at);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'if' || key === 'defaultSnippets' || key === 'examples' || key === 'default') {
      continue;
    }
    if (key === 'const' || key === 'enum' || key === 'required') continue;
    walk(value, `${at}/${key}`, visit);
  }
}

/** Replaces VS Code snippet placeholders with their default text; `^` marks a raw JSON value. */
function instantiate(body: Json): Json {
  const fill = (s: string): string =>
    s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
  if (typeof body === 'string') {
    const text = fill(body);
    return text.startsWith('^') ? (JSON.parse(text.slice(1)) as Json) : text;
  }
  if (Array.isArray(body)) return body.map(instantiate);
  if (isObject(body)) {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [fill(k), instantiate(v)]));
  }
  return body;
}

// SPEC §2's example as strict JSON: comments removed, and without the `eip` of the
// serverless group (only exclusive, old-version groups have one).
const SPEC_EXAMPLE = {
  $schema: './schemas/dwnet.schema.json',
  version: 1,
  defaults: { account: 'main', region: 'cn-hangzhou' },
  accounts: { main: { uid: '1234567890123456' } },
  vpcs: {
    'vpc-hz': {
      account: 'main',
      region: 'cn-hangzhou',
      cidr: '10.0.0.0/16',
      vSwitches: {
        'vsw-hz-a': { zone: 'cn-hangzhou-h', cidr: '10.0.1.0/24' },
      },
      natGateways: {
        'ngw-hz': {
          vSwitch: 'vsw-hz-a',
          eips: ['47.96.1.10'],
          snatEntries: [{ source: 'vsw-hz-a', eip: '47.96.1.10' }],
        },
      },
    },
  },
  dataCenters: { 'idc-bj': { cidrs: ['192.168.0.0/16'] } },
  connections: {
    'cen-main': { type: 'cen', members: ['vpc-hz', 'vpc-sh'] },
    'ec-bj': { type: 'expressConnect', members: ['vpc-hz', 'idc-bj'] },
    'vpn-bj': { type: 'vpnGateway', members: ['vpc-hz', 'idc-bj'] },
    'peer-x': { type: 'vpcPeering', members: ['vpc-hz', 'vpc-partner'] },
  },
  securityGroups: {
    'sg-rg': {
      vpc: 'vpc-hz',
      type: 'advanced',
      rules: [
        { direction: 'egress', cidr: '172.16.5.20/32', ports: '3306' },
        {
          direction: 'ingress',
          cidr: '10.0.1.0/24',
          ports: '1-65535',
          policy: 'accept',
          priority: 1,
        },
      ],
    },
  },
  resourceGroups: {
    'rg-serverless': {
      type: 'serverless',
      account: 'main',
      region: 'cn-hangzhou',
      vpcBindings: [
        { vpc: 'vpc-hz', vSwitch: 'vsw-hz-a', securityGroup: 'sg-rg', routes: ['172.16.0.0/16'] },
      ],
    },
  },
  dataSources: {
    'rds-orders': {
      engine: 'mysql',
      hosting: 'managed',
      network: { type: 'vpc', vpc: 'vpc-sh', address: '172.16.5.20', port: 3306 },
      whitelist: ['10.0.1.0/24'],
      securityGroup: 'sg-db',
    },
  },
  tasks: {
    'sync-orders': {
      kind: 'sync',
      resourceGroup: 'rg-serverless',
      source: 'rds-orders',
      destination: 'holo-dw',
    },
    'daily-report': {
      kind: 'schedule',
      resourceGroup: 'rg-serverless',
      dataSources: ['rds-orders'],
    },
    'orders-api': {
      kind: 'dataService',
      resourceGroup: 'rg-serverless',
      dataSources: ['rds-orders'],
    },
  },
};

type Edit = [path: (string | number)[], value: unknown];

/** A deep copy of the SPEC example with each `[path, value]` set. */
function specWith(...edits: Edit[]): unknown {
  const doc = structuredClone(SPEC_EXAMPLE) as unknown;
  for (const [path, value] of edits) {
    let node = doc as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) {
      node = node[segment] as Record<string | number, unknown>;
    }
    node[path[path.length - 1]!] = value;
  }
  return doc;
}

/** A document holding one data source with the given network. */
const withNetwork = (network: unknown) => ({
  version: 1,
  dataSources: { ds: { engine: 'mysql', network } },
});

/** A document holding one task. */
const withTask = (task: unknown) => ({ version: 1, tasks: { t: task } });

describe('dwnet.schema.json', () => {
  it('is draft-07 with the project $id, and compiles in ajv 8 (strict: false)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(SCHEMA_ID);
    const fresh = new Ajv({ allErrors: true, strict: false });
    expect(fresh.validateSchema(schema)).toBe(true);
    expect(typeof fresh.compile(schema)).toBe('function');
  });

  it('accepts the full example of SPEC §2', () => {
    expect(errorsOf(SPEC_EXAMPLE)).toEqual([]);
  });

  it('accepts the other network types of SPEC §2 and a minimal document', () => {
    expect(errorsOf({ version: 1 })).toEqual([]);
    expect(
      errorsOf(withNetwork({ type: 'dataCenter', dataCenter: 'idc-bj', address: '192.168.10.5' })),
    ).toEqual([]);
    expect(errorsOf(withNetwork({ type: 'internet', address: '203.0.113.10' }))).toEqual([]);
    expect(
      errorsOf(withNetwork({ type: 'internet', address: 'db.example.com', port: 3306 })),
    ).toEqual([]);
    expect(errorsOf(withNetwork({ type: 'classic' }))).toEqual([]);
  });

  it('leaves address formats, regions and the serverless eip to the core rules', () => {
    const doc = specWith(
      [['vpcs', 'vpc-hz', 'cidr'], '10.0.0.0/33'],
      [['vpcs', 'vpc-hz', 'region'], 'cn-atlantis'],
      [
        ['dataSources', 'rds-orders', 'whitelist'],
        ['not-a-cidr', '2001:db8::/32'],
      ],
      [['dataSources', 'rds-orders', 'network', 'address'], '172.16.5.999'],
      [['resourceGroups', 'rg-serverless', 'eip'], '47.97.2.2'],
      [['connections', 'cen-main', 'members'], ['vpc-hz']],
    );
    expect(errorsOf(doc)).toEqual([]);
  });

  describe('documentation for the editor', () => {
    it('gives every property a markdownDescription and a description', () => {
      const missing: string[] = [];
      let count = 0;
      walk(schema, '#', (node, at) => {
        if (!isObject(node.properties)) return;
        for (const [name, property] of Object.entries(node.properties)) {
          if (typeof property === 'boolean') continue; // `false`: disallowed in an if/then branch
          const target = deref(property);
          count++;
          if (
            !isObject(target) ||
            typeof target.markdownDescription !== 'string' ||
            target.markdownDescription.length < 20 ||
            typeof target.description !== 'string' ||
            target.description.length < 20
          ) {
            missing.push(`${at}/properties/${name}`);
          }
        }
      });
      expect(missing).toEqual([]);
      expect(count).toBeGreaterThan(50);
    });

    it('gives every enum enumDescriptions and markdownEnumDescriptions of the same length', () => {
      const enums: string[] = [];
      walk(schema, '#', (node, at) => {
        if (!Array.isArray(node.enum)) return;
        enums.push(at);
        expect(node.enumDescriptions, at).toHaveLength(node.enum.length);
        expect(node.markdownEnumDescriptions, at).toHaveLength(node.enum.length);
      });
      expect(enums.length).toBeGreaterThanOrEqual(9);
    });

    it('offers region ids as examples wherever a region is written', () => {
      for (const region of [
        (schema.definitions as JsonObject).defaults,
        (schema.definitions as JsonObject).vpc,
        (schema.definitions as JsonObject).resourceGroup,
      ]) {
        const examples = ((region as JsonObject).properties as JsonObject).region as JsonObject;
        expect(examples.examples).toContain('cn-hangzhou');
        expect(examples.examples).toContain('me-central-1');
        expect(examples.enum).toBeUndefined();
      }
    });

    it('gives every entity definition defaultSnippets whose bodies validate', () => {
      const definitions = schema.definitions as JsonObject;
      expect(Object.keys(definitions).sort()).toEqual(
        [
          'account',
          'connection',
          'dataCenter',
          'dataSource',
          'defaults',
          'natGateway',
          'network',
          'resourceGroup',
          'securityGroup',
          'securityGroupRule',
          'snatEntry',
          'task',
          'vSwitch',
          'vpc',
          'vpcBinding',
        ].sort(),
      );
      for (const [name, definition] of Object.entries(definitions)) {
        expect(isObject(definition), name).toBe(true);
        const d = definition as JsonObject;
        expect(typeof d.markdownDescription, name).toBe('string');
        expect(Array.isArray(d.defaultSnippets) && d.defaultSnippets.length > 0, name).toBe(true);
        const validate = ajv.getSchema(`${SCHEMA_ID}#/definitions/${name}`)!;
        for (const snippet of d.defaultSnippets as JsonObject[]) {
          expect(typeof snippet.label, name).toBe('string');
          expect(typeof snippet.description, name).toBe('string');
          const body = instantiate(snippet.body!);
          expect(
            validate(body) ? [] : validate.errors,
            `${name}: ${String(snippet.label)}`,
          ).toEqual([]);
        }
      }
    });

    it('offers snippets for a whole document and for each collection, and they validate', () => {
      const snippets = [...(schema.defaultSnippets as JsonObject[])];
      for (const [name, property] of Object.entries(schema.properties as JsonObject)) {
        const p = property as JsonObject;
        if (!isObject(p.additionalProperties)) continue;
        expect(Array.isArray(p.defaultSnippets), name).toBe(true);
        for (const s of p.defaultSnippets as JsonObject[]) {
          snippets.push({ label: s.label!, body: { version: 1, [name]: s.body! } });
        }
      }
      expect(snippets.length).toBeGreaterThan(20);
      for (const snippet of snippets) {
        expect(errorsOf(instantiate(snippet.body!)), String(snippet.label)).toEqual([]);
      }
    });

    it('keys every collection by id with additionalProperties and closes every other object', () => {
      const collections = [
        'accounts',
        'vpcs',
        'dataCenters',
        'connections',
        'securityGroups',
        'resourceGroups',
        'dataSources',
        'tasks',
      ];
      const open: string[] = [];
      walk(schema, '#', (node, at) => {
        if (node.type !== 'object') return;
        const ap = node.additionalProperties;
        if (ap === false) return;
        if (isObject(ap) && typeof ap.$ref === 'string') return;
        open.push(at);
      });
      expect(open).toEqual([]);
      const properties = schema.properties as JsonObject;
      for (const c of collections) {
        expect(((properties[c] as JsonObject).additionalProperties as JsonObject).$ref, c).toMatch(
          /^#\/definitions\//,
        );
      }
      const vpcProps = ((schema.definitions as JsonObject).vpc as JsonObject)
        .properties as JsonObject;
      for (const c of ['vSwitches', 'natGateways']) {
        expect(((vpcProps[c] as JsonObject).additionalProperties as JsonObject).$ref, c).toMatch(
          /^#\/definitions\//,
        );
      }
    });
  });

  describe('bad documents', () => {
    it('reports an unknown property (`cidrr` in a VPC) on the VPC object', () => {
      const doc = specWith([['vpcs', 'vpc-hz', 'cidrr'], '10.0.0.0/16']);
      expect(reported(doc)).toEqual([
        {
          instancePath: '/vpcs/vpc-hz',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'cidrr' },
        },
      ]);
    });

    it('reports `priority: 0` on the priority', () => {
      const doc = specWith([['securityGroups', 'sg-rg', 'rules', 1, 'priority'], 0]);
      expect(reported(doc)).toEqual([
        {
          instancePath: '/securityGroups/sg-rg/rules/1/priority',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
        },
      ]);
    });

    it('reports a vpc network without `vpc` on the network, with an `if` wrapper', () => {
      const doc = specWith([['dataSources', 'rds-orders', 'network'], { type: 'vpc' }]);
      expect(reported(doc)).toEqual([
        {
          instancePath: '/dataSources/rds-orders/network',
          keyword: 'required',
          params: { missingProperty: 'vpc' },
        },
      ]);
      expect(errorsOf(doc).map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
        '/dataSources/rds-orders/network required',
        '/dataSources/rds-orders/network if',
      ]);
    });

    it('reports `version: 2` on the version', () => {
      const doc = specWith([['version'], 2]);
      expect(reported(doc)).toEqual([
        { instancePath: '/version', keyword: 'const', params: { allowedValue: 1 } },
      ]);
    });

    it('requires only `version` at the top level', () => {
      expect(reported({})).toEqual([
        { instancePath: '', keyword: 'required', params: { missingProperty: 'version' } },
      ]);
    });

    it('reports a property of another network type on that property', () => {
      expect(reported(withNetwork({ type: 'vpc', vpc: 'v', dataCenter: 'idc' }))).toEqual([
        { instancePath: '/dataSources/ds/network/dataCenter', keyword: 'false schema', params: {} },
      ]);
      expect(reported(withNetwork({ type: 'classic', address: '1.2.3.4', port: 80 }))).toEqual([
        { instancePath: '/dataSources/ds/network/address', keyword: 'false schema', params: {} },
        { instancePath: '/dataSources/ds/network/port', keyword: 'false schema', params: {} },
      ]);
      expect(reported(withNetwork({ type: 'internet' }))).toEqual([
        {
          instancePath: '/dataSources/ds/network',
          keyword: 'required',
          params: { missingProperty: 'address' },
        },
      ]);
    });

    it('reports a missing or unknown network type once, without per-type noise', () => {
      expect(reported(withNetwork({ vpc: 'v' }))).toEqual([
        {
          instancePath: '/dataSources/ds/network',
          keyword: 'required',
          params: { missingProperty: 'type' },
        },
      ]);
      expect(reported(withNetwork({ type: 'vpcc', vpc: 'v' }))).toEqual([
        {
          instancePath: '/dataSources/ds/network/type',
          keyword: 'enum',
          params: { allowedValues: ['vpc', 'dataCenter', 'internet', 'classic'] },
        },
      ]);
    });

    it('holds sync tasks to source and destination, others to dataSources', () => {
      expect(
        reported(withTask({ kind: 'sync', resourceGroup: 'rg', source: 's', dataSources: ['d'] })),
      ).toEqual([
        {
          instancePath: '/tasks/t',
          keyword: 'required',
          params: { missingProperty: 'destination' },
        },
        { instancePath: '/tasks/t/dataSources', keyword: 'false schema', params: {} },
      ]);
      expect(reported(withTask({ kind: 'schedule', resourceGroup: 'rg', source: 's' }))).toEqual([
        {
          instancePath: '/tasks/t',
          keyword: 'required',
          params: { missingProperty: 'dataSources' },
        },
        { instancePath: '/tasks/t/source', keyword: 'false schema', params: {} },
      ]);
      expect(reported(withTask({ kind: 'dataService', dataSources: ['d'] }))).toEqual([
        {
          instancePath: '/tasks/t',
          keyword: 'required',
          params: { missingProperty: 'resourceGroup' },
        },
      ]);
    });

    it('reports wrong values with the keyword that names the problem', () => {
      const doc = specWith(
        [['securityGroups', 'sg-rg', 'rules', 0, 'ports'], '3306,3307'],
        [['securityGroups', 'sg-rg', 'rules', 0, 'policy'], 'allow'],
        [
          ['connections', 'cen-main', 'members'],
          ['vpc-hz', 'vpc-hz'],
        ],
        [['resourceGroups', 'rg-serverless', 'type'], 'exclusive'],
        [['dataSources', 'rds-orders', 'network', 'port'], 70000],
        [['accounts', 'main', 'uid'], 'main-account'],
        [['dataCenters', 'idc-bj'], {}],
      );
      expect(reported(doc).map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(
        expect.arrayContaining([
          '/securityGroups/sg-rg/rules/0/ports pattern',
          '/securityGroups/sg-rg/rules/0/policy enum',
          '/connections/cen-main/members uniqueItems',
          '/resourceGroups/rg-serverless/type enum',
          '/dataSources/rds-orders/network/port maximum',
          '/accounts/main/uid pattern',
          '/dataCenters/idc-bj required',
        ]),
      );
      expect(reported(doc)).toHaveLength(7);
    });

    it("points the reference document's general-purpose resource group at serverless", () => {
      const text = readFileSync(
        resolve(__dirname, '../../test/fixtures/rules/schema/invalid-9.dwnet.json'),
        'utf8',
      );
      const hint =
        "Did you mean 'serverless'? The reference document's general-purpose resource group is a serverless resource group here: it runs data synchronization, scheduling and DataService Studio tasks.";
      for (const type of ['general-purpose', 'generalPurpose', 'general', 'General Purpose']) {
        const messages = validate(
          text.replace('"type": "general-purpose"', `"type": ${JSON.stringify(type)}`),
        )
          .findings.filter((f) => f.code === 'schema')
          .map((f) => f.message);
        expect(messages).toEqual([
          `'${type}' is not a valid value for '/resourceGroups/rg-general/type'. Allowed: serverless, exclusiveDataIntegration, exclusiveScheduling, exclusiveDataService. ${hint}`,
        ]);
      }
      // Any other typo keeps the closest value.
      const typo = validate(
        text.replace('"type": "general-purpose"', '"type": "serverles"'),
      ).findings;
      expect(typo.find((f) => f.code === 'schema')?.message).toMatch(
        /Did you mean 'serverless'\?$/,
      );
    });
  });
});
