// Editor features of the core (SPEC §5): hover, navigation, rename, outline, code lens
// and id completion, computed from one analysis of real fixture files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  applyEdits,
  codeLenses,
  definitionAt,
  documentSymbols,
  hoverAt,
  idCompletions,
  prepareRename,
  referencesAt,
  rename,
  ruleDocsUrl,
  validate,
  type DocumentSymbol,
  type Span,
} from '../src/index';
import { schema } from '../src/schemaValidation';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const SCENARIO2_BROKEN = 'examples/scenario2-cross-region-broken.dwnet.json';
const ALL_REFERENCES = 'test/fixtures/rules/unknown-reference/valid.dwnet.json';

/** The offset just inside the `nth` occurrence (1-based) of `needle`. */
function offsetOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' #${nth} not in the text`);
  }
  return at + 1;
}

const textAt = (text: string, span: Span) => text.slice(span.offset, span.offset + span.length);

describe('hover', () => {
  const text = read(SCENARIO2_BROKEN);
  const analysis = analyse(text);

  it('on a task key: the scenario per pair, the checklist, the path and the docs links', () => {
    const hover = hoverAt(analysis, offsetOf(text, '"sync-orders-sh": {'))!;
    expect(textAt(text, hover)).toBe('"sync-orders-sh"');
    const md = hover.contents;
    expect(md).toContain('**Task** `sync-orders-sh` · `sync` on resource group `rg-serverless`');
    expect(md).toContain(
      '**Data source `rds-orders-sh`** (source) · Scenario 2 — Same Alibaba Cloud account, different regions · 3 steps missing',
    );
    expect(md).toContain(
      '**Data source `holo-dw`** (destination) · Scenario 1 — Same Alibaba Cloud account and same region · connected',
    );
    expect(md).toContain(
      "- [x] Connect VPC 'vpc-hz' and VPC 'vpc-sh' directly (a CEN instance, VPC peering, a VPN gateway or Express Connect)",
    );
    expect(md).toContain(
      `- [ ] Add a route to 172.16.5.0/24 for the resource group's binding to VPC 'vpc-hz' ([route-missing](${ruleDocsUrl('route-missing')}))`,
    );
    expect(md).toContain(
      `- [ ] Add the CIDR block 10.0.1.0/24 of vSwitch 'vsw-dataworks' to the IP address whitelist of data source 'rds-orders-sh' ([whitelist-missing](${ruleDocsUrl('whitelist-missing')}))`,
    );
    expect(md).toContain(
      "- [x] Allow inbound traffic from the vSwitch CIDR block 10.0.1.0/24 in advanced security group 'sg-dataworks'\n",
    );
    expect(md).toContain(
      'Path: `rg-serverless` → binding 0 (`vpc-hz / vsw-dataworks`) → `cen-dataworks` (cen) → VPC `vpc-sh` → `rds-orders-sh` (mysql at 172.16.5.20:3306)',
    );
    expect(md.match(/^- \[ \]/gm)).toHaveLength(3);
  });

  it('on a data source key: its facts and the checklist of every task using it', () => {
    const hover = hoverAt(analysis, offsetOf(text, '"rds-orders-sh": {'))!;
    expect(textAt(text, hover)).toBe('"rds-orders-sh"');
    expect(hover.contents).toContain('**Data source** `rds-orders-sh`');
    expect(hover.contents).toContain('- Address: `172.16.5.20:3306`');
    expect(hover.contents).toContain(
      '**Task `sync-orders-sh`** (source) · Scenario 2 — Same Alibaba Cloud account, different regions · 3 steps missing',
    );
    expect(hover.contents).toContain(
      `- [ ] Allow outbound traffic to 172.16.5.20:3306 in advanced security group 'sg-dataworks' ([rg-sg-egress-missing](${ruleDocsUrl('rg-sg-egress-missing')}))`,
    );
  });

  it('notes: classic network, internet stability, unused data source', () => {
    const classic = read('examples/classic-network-broken.dwnet.json');
    const md = hoverAt(analyse(classic), offsetOf(classic, '"sync-crm": {'))!.contents;
    expect(md).toContain(
      '**Data source `rds-crm`** (source) · Classic network (not supported) · 1 step missing',
    );
    expect(md).toContain(`([classic-network](${ruleDocsUrl('classic-network')}))`);

    const internet = read('examples/scenario5-internet.dwnet.json');
    const md5 = hoverAt(analyse(internet), offsetOf(internet, '"sync-saas-orders": {'))!.contents;
    expect(md5).toContain('Scenario 5 — Data source on the Internet · connected');
    // The note is the internet-unstable finding `check` reports for the pair.
    expect(md5).toContain(
      "*Note:* Sync task 'sync-saas-orders' synchronizes data with 'mysql-saas' over the Internet: the efficiency and stability of the task cannot be ensured.",
    );

    const unicode = read('test/fixtures/bad-input/unicode-ids.dwnet.json');
    const unused = hoverAt(analyse(unicode), offsetOf(unicode, '"归档库🗄️": {'))!;
    expect(textAt(unicode, unused)).toBe('"归档库🗄️"');
    expect(unused.contents).toContain('*No task uses this data source');
  });

  it('on a reference: a summary of the entity named', () => {
    const vpc = hoverAt(analysis, offsetOf(text, '"vpc": "vpc-sh"') + 8)!;
    expect(textAt(text, vpc)).toBe('"vpc-sh"');
    expect(vpc.contents).toContain('**VPC** `vpc-sh`');
    expect(vpc.contents).toContain('- Region: `cn-shanghai`');
    expect(vpc.contents).toContain('- Account: `main` (default)');
    expect(vpc.contents).toContain('- CIDR block: `172.16.0.0/16`');
    expect(vpc.contents).toContain('`vsw-sh-db` (`172.16.5.0/24`)');

    const sw = hoverAt(analysis, offsetOf(text, '"vSwitch": "vsw-dataworks"') + 12)!;
    expect(sw.contents).toContain('**vSwitch** `vsw-dataworks`');
    expect(sw.contents).toContain('- VPC: `vpc-hz`');

    const rg = hoverAt(analysis, offsetOf(text, '"resourceGroup": "rg-serverless"') + 18)!;
    expect(rg.contents).toContain('**Resource group** `rg-serverless`');
    expect(rg.contents).toContain('- Type: `serverless`');
    expect(rg.contents).toContain('- VPC bindings: `vpc-hz` / `vsw-dataworks`');

    // A task's data source: the entity, then that pair's checklist.
    const source = hoverAt(analysis, offsetOf(text, '"source": "rds-orders-sh"') + 11)!;
    expect(source.contents).toContain('**Data source** `rds-orders-sh`');
    expect(source.contents).toContain('**Task `sync-orders-sh`** (source) · Scenario 2');
  });

  it('on an unknown reference: the closest id', () => {
    const broken = read('test/fixtures/rules/unknown-reference/invalid.dwnet.json');
    const a = analyse(broken);
    const unknown = validate(broken).findings.filter((f) => f.code === 'unknown-reference');
    expect(unknown.length).toBeGreaterThan(0);
    for (const finding of unknown) {
      const hover = hoverAt(a, finding.offset + 1)!;
      expect(hover.offset).toBe(finding.offset);
      expect(hover.contents).toMatch(/^\*\*Unknown /);
      const suggested = /Did you mean '([^']*)'/.exec(finding.message)?.[1];
      if (suggested) expect(hover.contents).toContain(`Did you mean \`${suggested}\`?`);
    }
  });

  it('on an account without an accounts map: a free-form label', () => {
    const hover = hoverAt(analysis, offsetOf(text, '"account": "main"') + 11)!;
    expect(hover.contents).toContain('**Account** `main`');
    expect(hover.contents).toContain('no `accounts` map');
  });

  it('on a CIDR block or IP address: range, size and what holds it', () => {
    const ip = hoverAt(analysis, offsetOf(text, '"172.16.5.20"'))!;
    expect(textAt(text, ip)).toBe('"172.16.5.20"');
    expect(ip.contents).toContain(
      "**IP address** `172.16.5.20` · address of data source 'rds-orders-sh'",
    );
    expect(ip.contents).toContain('- Range: `172.16.5.20` (1 address)');
    expect(ip.contents).toContain(
      '- Held by: VPC `vpc-sh` (`172.16.0.0/16`), vSwitch `vsw-sh-db` of VPC `vpc-sh` (`172.16.5.0/24`)',
    );

    const route = hoverAt(analysis, offsetOf(text, '"172.16.4.0/24"]'))!;
    expect(route.contents).toContain('**CIDR block** `172.16.4.0/24`');
    expect(route.contents).toContain('- Range: `172.16.4.0` – `172.16.4.255` (256 addresses)');
    expect(route.contents).toContain('vSwitch `vsw-sh-app` of VPC `vpc-sh`');

    const vpcCidr = hoverAt(analysis, offsetOf(text, '"10.0.0.0/16"'))!;
    expect(vpcCidr.contents).toContain('(65,536 addresses)');
    expect(vpcCidr.contents).toContain(
      '- Held by: no VPC, vSwitch or data center of this topology',
    );

    const whitelist = hoverAt(analysis, offsetOf(text, '"127.0.0.1"'))!;
    expect(whitelist.contents).toContain(
      "**IP address** `127.0.0.1` · whitelist entry of data source 'rds-orders-sh'",
    );
  });

  it('on a data center address: the data center holds it', () => {
    const dc = read('examples/scenario4-data-center.dwnet.json');
    const a = analyse(dc);
    const address = /"address": "(192\.168\.[\d.]+)"/.exec(dc)![1]!;
    const hover = hoverAt(a, offsetOf(dc, `"${address}"`))!;
    expect(hover.contents).toMatch(/Held by: data center `[^`]+`/);
  });

  it('on a property key: the schema documentation, following $refs and collections', () => {
    const { definitions } = schema;
    const routes = hoverAt(analysis, offsetOf(text, '"routes"'))!;
    expect(textAt(text, routes)).toBe('"routes"');
    expect(routes.contents).toBe(definitions.vpcBinding.properties.routes.markdownDescription);

    const zone = hoverAt(analysis, offsetOf(text, '"zone"'))!;
    expect(zone.contents).toBe(definitions.vSwitch.properties.zone.markdownDescription);

    const top = hoverAt(analysis, offsetOf(text, '"connections"'))!;
    expect(top.contents).toBe(schema.properties.connections.markdownDescription);

    // An enum value: its own description, then the property's.
    const engine = hoverAt(analysis, offsetOf(text, '"mysql"'))!;
    expect(engine.contents).toMatch(/^`"mysql"`: MySQL/);
  });

  it('nothing on punctuation and whitespace', () => {
    expect(hoverAt(analysis, text.indexOf('{'))).toBeUndefined();
    expect(hoverAt(analysis, text.length)).toBeUndefined();
    expect(hoverAt(analysis, -5)).toBeUndefined();
  });
});

describe('navigation', () => {
  const text = read(ALL_REFERENCES);
  const analysis = analyse(text);

  it('definition: from a reference or from the key, to the key', () => {
    for (const [needle, id] of [
      ['"vpc": "vpc-sh"', 'vpc-sh'],
      ['"resourceGroup": "rg-serverless"', 'rg-serverless'],
      ['"source": "ecs-orders"', 'ecs-orders'],
      ['"securityGroup": "sg-db"', 'sg-db'],
      ['"account": "main"', 'main'],
      ['"vSwitch": "vsw-a"', 'vsw-a'],
    ] as const) {
      const at = offsetOf(text, needle) + needle.indexOf(': "') + 3;
      const spans = definitionAt(analysis, at);
      expect(spans, needle).toHaveLength(1);
      expect(textAt(text, spans[0]!)).toBe(JSON.stringify(id));
      // The span is a key: a colon follows it.
      expect(text.slice(spans[0]!.offset + spans[0]!.length).trimStart()[0]).toBe(':');
      // From the key itself, the key.
      expect(definitionAt(analysis, spans[0]!.offset + 1)).toEqual(spans);
    }
    expect(definitionAt(analysis, offsetOf(text, '"cidr"'))).toEqual([]);
  });

  it('references: typed, counted, the key when asked', () => {
    const key = offsetOf(text, '"vpc-hz": {');
    // members, security group, binding, data source network.
    expect(referencesAt(analysis, key, false)).toHaveLength(4);
    const withKey = referencesAt(analysis, key, true);
    expect(withKey).toHaveLength(5);
    expect(withKey.every((s) => textAt(text, s) === '"vpc-hz"')).toBe(true);
    // The NAT gateway's vSwitch, the SNAT source and the binding's vSwitch.
    expect(referencesAt(analysis, offsetOf(text, '"vsw-a": {'), false)).toHaveLength(3);
    // From a reference, the same set.
    expect(referencesAt(analysis, offsetOf(text, '"members": ["vpc-hz"') + 13, true)).toEqual(
      withKey,
    );
    // defaults.account, the VPC and the resource group.
    expect(referencesAt(analysis, offsetOf(text, '"main": {'), false)).toHaveLength(3);
  });

  it('references are typed: the same id in another collection or VPC is another entity', () => {
    const shared = `{
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "vpcs": {
    "x": { "cidr": "10.0.0.0/16", "vSwitches": { "sw": { "cidr": "10.0.1.0/24" } } },
    "y": { "cidr": "10.1.0.0/16", "vSwitches": { "sw": { "cidr": "10.1.1.0/24" } } }
  },
  "securityGroups": { "x": { "vpc": "x" } },
  "resourceGroups": {
    "x": { "type": "serverless", "vpcBindings": [
      { "vpc": "x", "vSwitch": "sw", "securityGroup": "x" },
      { "vpc": "y", "vSwitch": "sw" }
    ] }
  }
}`;
    const a = analyse(shared);
    const vpcX = offsetOf(shared, '"x": { "cidr"');
    expect(referencesAt(a, vpcX, false).map((s) => s.offset)).toEqual([
      shared.indexOf('"x"', shared.indexOf('"vpc": "x"')),
      shared.indexOf('"x"', shared.indexOf('"vpcBindings"')),
    ]);
    const swInY = offsetOf(shared, '"sw"', 2);
    const refs = referencesAt(a, swInY, false);
    expect(refs).toHaveLength(1);
    expect(refs[0]!.offset).toBe(shared.lastIndexOf('"sw"'));
    const sgRef = offsetOf(shared, '"securityGroup": "x"') + 17;
    expect(definitionAt(a, sgRef)).toEqual([{ offset: shared.indexOf('"x": { "vpc"'), length: 3 }]);
  });

  it('prepareRename: the content of the key or reference, without quotes', () => {
    const at = offsetOf(text, '"vpc": "vpc-sh"') + 8;
    const result = prepareRename(analysis, at)!;
    expect(result.placeholder).toBe('vpc-sh');
    expect(textAt(text, result)).toBe('vpc-sh');
    expect(prepareRename(analysis, offsetOf(text, '"cidr"'))).toBeUndefined();
    expect(prepareRename(analysis, offsetOf(text, '"10.0.0.0/16"'))).toBeUndefined();
  });

  it('rename: the key and every reference, and the result validates the same', () => {
    const before = validate(text);
    for (const [needle, id, newName] of [
      ['"vpc-hz": {', 'vpc-hz', 'vpc-hangzhou'],
      ['"vsw-a": {', 'vsw-a', 'vsw "quoted" \\ 交换机'],
      ['"main": {', 'main', 'primary'],
      ['"ecs-orders": {', 'ecs-orders', 'ecs-orders-2'],
      ['"sync-orders": {', 'sync-orders', 'sync-all'],
      ['"ngw-hz": {', 'ngw-hz', 'ngw-1'],
    ] as const) {
      const result = rename(analysis, offsetOf(text, needle), newName);
      if ('error' in result) throw new Error(result.error);
      expect(result.edits.every((e) => e.content === JSON.stringify(newName))).toBe(true);
      expect(result.edits.length).toBe(referencesAt(analysis, offsetOf(text, needle), true).length);
      const after = applyEdits(text, result.edits);
      const renamed = validate(after);
      const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
      const summary = (findings: typeof before.findings, from?: string, to?: string) =>
        findings.map(
          (f) =>
            `${f.code} ${from ? f.pointer.split(`/${escape(from)}`).join(`/${escape(to!)}`) : f.pointer}`,
        );
      expect(summary(renamed.findings)).toEqual(summary(before.findings, id, newName));
      expect(renamed.connectivity.map((c) => [c.scenario, c.ok, c.missing])).toEqual(
        before.connectivity.map((c) => [c.scenario, c.ok, c.missing]),
      );
      expect(JSON.stringify(analyse(after).document.syntaxProblems)).toBe('[]');
    }
  });

  it('a cursor right after the closing quote still names the id', () => {
    const value = text.indexOf('"vpc-sh"', text.indexOf('"vpc": "vpc-sh"'));
    const end = value + '"vpc-sh"'.length;
    expect(definitionAt(analysis, end)).toEqual(definitionAt(analysis, value + 1));
    expect(definitionAt(analysis, end)).toHaveLength(1);
  });

  it('renaming a later duplicate renames that key only', () => {
    const dup = read('test/fixtures/bad-input/duplicate-keys.dwnet.json');
    const a = analyse(dup);
    const second = offsetOf(dup, '"idc-bj": {', 2);
    const result = rename(a, second, 'idc-sh');
    expect(result).toEqual({ edits: [{ offset: second - 1, length: 8, content: '"idc-sh"' }] });
    const after = validate(applyEdits(dup, 'edits' in result ? result.edits : []));
    expect(after.findings.filter((f) => f.pointer === '/dataCenters/idc-bj')).toEqual([]);
  });

  it('rename from a reference renames the entity', () => {
    const at = offsetOf(text, '"resourceGroup": "rg-serverless"') + 18;
    const result = rename(analysis, at, 'rg-new');
    expect('edits' in result && result.edits.length).toBe(2);
  });

  it('rename errors: empty, already used, not an id', () => {
    const key = offsetOf(text, '"vpc-hz": {');
    expect(rename(analysis, key, '')).toEqual({ error: expect.stringContaining('empty') });
    expect(rename(analysis, key, 'vpc-sh')).toEqual({
      error: expect.stringContaining("'vpc-sh' already exists"),
    });
    expect(rename(analysis, offsetOf(text, '"cidr"'), 'x')).toHaveProperty('error');
    expect(rename(analysis, offsetOf(text, '"vsw-a": {'), 'vsw-a')).toEqual({ edits: [] });
    // vSwitch ids are unique per VPC only.
    expect(rename(analysis, offsetOf(text, '"vsw-a": {'), 'vsw-sh')).toHaveProperty('edits');
  });
});

describe('document symbols', () => {
  it('collections with their entities, VPCs with their vSwitches', () => {
    const text = read(SCENARIO2_BROKEN);
    const symbols = documentSymbols(analyse(text));
    const shape = (list: DocumentSymbol[]): unknown[] =>
      list.map((s) =>
        s.children.length > 0
          ? [s.kind, s.name, s.detail, shape(s.children)]
          : [s.kind, s.name, s.detail],
      );
    expect(shape(symbols)).toEqual([
      ['property', '$schema', '"../schemas/dwnet.schema.json"'],
      ['property', 'version', '1'],
      ['property', 'defaults', ''],
      [
        'collection',
        'vpcs',
        '2',
        [
          [
            'vpc',
            'vpc-hz',
            '10.0.0.0/16 · cn-hangzhou',
            [
              ['vSwitch', 'vsw-dataworks', '10.0.1.0/24 · cn-hangzhou-h'],
              ['vSwitch', 'vsw-holo', '10.0.2.0/24 · cn-hangzhou-i'],
            ],
          ],
          [
            'vpc',
            'vpc-sh',
            '172.16.0.0/16 · cn-shanghai',
            [
              ['vSwitch', 'vsw-sh-app', '172.16.4.0/24 · cn-shanghai-e'],
              ['vSwitch', 'vsw-sh-db', '172.16.5.0/24 · cn-shanghai-e'],
            ],
          ],
        ],
      ],
      ['collection', 'connections', '1', [['connection', 'cen-dataworks', 'cen · vpc-hz, vpc-sh']]],
      [
        'collection',
        'securityGroups',
        '1',
        [['securityGroup', 'sg-dataworks', 'advanced · vpc-hz']],
      ],
      ['collection', 'resourceGroups', '1', [['resourceGroup', 'rg-serverless', 'serverless']]],
      [
        'collection',
        'dataSources',
        '2',
        [
          ['dataSource', 'rds-orders-sh', 'mysql · vpc'],
          ['dataSource', 'holo-dw', 'hologres · vpc'],
        ],
      ],
      ['collection', 'tasks', '1', [['task', 'sync-orders-sh', 'sync']]],
    ]);
    // Ranges hold their selection, and the selection is the key.
    const check = (list: DocumentSymbol[]) => {
      for (const s of list) {
        expect(s.selection.offset).toBeGreaterThanOrEqual(s.offset);
        expect(s.selection.offset + s.selection.length).toBeLessThanOrEqual(s.offset + s.length);
        expect(textAt(text, s.selection)).toBe(JSON.stringify(s.name));
        check(s.children);
      }
    };
    check(symbols);
  });

  it('NAT gateways nest in their VPC', () => {
    const symbols = documentSymbols(analyse(read(ALL_REFERENCES)));
    const vpc = symbols.find((s) => s.name === 'vpcs')!.children[0]!;
    expect(vpc.children.map((c) => [c.kind, c.name, c.detail])).toEqual([
      ['vSwitch', 'vsw-a', '10.0.1.0/24 · cn-hangzhou-h'],
      ['natGateway', 'ngw-hz', 'vsw-a · 47.96.1.10'],
    ]);
  });
});

describe('code lenses', () => {
  it('one per task, on its key, with the scenario and the missing steps per pair', () => {
    const text = read(SCENARIO2_BROKEN);
    const lenses = codeLenses(analyse(text));
    expect(lenses.map((l) => [l.task, l.title, textAt(text, l)])).toEqual([
      [
        'sync-orders-sh',
        'rds-orders-sh: Scenario 2 · 3 steps missing | holo-dw: Scenario 1 · connected',
        '"sync-orders-sh"',
      ],
    ]);
  });

  it('one pair, classic network, unknown reference', () => {
    const one = read('examples/scenario1-same-region-broken.dwnet.json');
    expect(codeLenses(analyse(one)).find((l) => l.task === 'inventory-api')!.title).toBe(
      'Scenario 1 · 1 step missing',
    );
    const classic = read('examples/classic-network-broken.dwnet.json');
    expect(codeLenses(analyse(classic)).find((l) => l.task === 'sync-crm')!.title).toBe(
      'rds-crm: Classic network · not supported | holo-dw: Scenario 1 · connected',
    );
    const cycles = read('test/fixtures/bad-input/reference-cycles.dwnet.json');
    expect(codeLenses(analyse(cycles)).map((l) => l.title)).toEqual([
      'unknown reference',
      'unknown reference',
    ]);
  });
});

describe('id completions', () => {
  const full = read('examples/scenario1-same-region.dwnet.json');

  it('in half-typed text, right after the opening quote of a reference', () => {
    const cut =
      full.indexOf('"resourceGroup": "', full.indexOf('"tasks"')) + '"resourceGroup": "'.length;
    const text = full.slice(0, cut);
    const completions = idCompletions(analyse(text), text.length)!;
    const analysis = analyse(full);
    const rgIds = [...analysis.model!.resourceGroups.byId.keys()];
    expect(completions.map((c) => c.label)).toEqual(rgIds);
    expect(completions.every((c) => c.kind === 'resourceGroup')).toBe(true);
    expect(completions[0]!.detail).toMatch(/^Resource group · /);
    expect(completions[0]!.replace).toEqual({ offset: text.length, length: 0 });
  });

  it("a task's resource group: the groups that can run its kind first", () => {
    const text = `{
  "version": 1,
  "resourceGroups": {
    "rg-sched": { "type": "exclusiveScheduling" },
    "rg-di": { "type": "exclusiveDataIntegration" },
    "rg-sl": { "type": "serverless" }
  },
  "tasks": { "t": { "kind": "sync", "resourceGroup": "" } }
}`;
    const completions = idCompletions(analyse(text), text.indexOf('""') + 1)!;
    expect(completions.map((c) => c.label)).toEqual(['rg-di', 'rg-sl', 'rg-sched']);
  });

  it('inside a complete string: replaces its content', () => {
    const text = read(ALL_REFERENCES);
    const at = offsetOf(text, '"vpc": "vpc-sh"') + 9;
    const completions = idCompletions(analyse(text), at)!;
    expect(completions.map((c) => c.label)).toEqual(['vpc-hz', 'vpc-sh']);
    expect(completions[0]!.detail).toBe('VPC · cn-hangzhou · 10.0.0.0/16');
    expect(textAt(text, completions[0]!.replace)).toBe('vpc-sh');
  });

  it("a binding's vSwitch: the vSwitches of the binding's VPC", () => {
    const text = read(SCENARIO2_BROKEN);
    const at = offsetOf(text, '"vSwitch": "vsw-dataworks"') + 12;
    const completions = idCompletions(analyse(text), at)!;
    expect(completions.map((c) => c.label)).toEqual(['vsw-dataworks', 'vsw-holo']);
    expect(completions[0]!.detail).toBe('vSwitch · VPC vpc-hz · 10.0.1.0/24 · cn-hangzhou-h');
  });

  it('NAT gateway vSwitch and SNAT source: the VPC of the gateway', () => {
    const text = read(ALL_REFERENCES);
    const nat = idCompletions(analyse(text), offsetOf(text, '"vSwitch": "vsw-a",') + 12)!;
    expect(nat.map((c) => c.label)).toEqual(['vsw-a']);
    const snat = idCompletions(analyse(text), offsetOf(text, '"source": "vsw-a"') + 11)!;
    expect(snat.map((c) => c.label)).toEqual(['vsw-a']);
  });

  it('members: VPCs and data centers not listed yet; accounts; data sources', () => {
    const text = read('examples/scenario4-data-center.dwnet.json');
    const analysis = analyse(text);
    const members = /"members": \["([^"]+)"/.exec(text)!;
    const completions = idCompletions(analysis, members.index + members[0].length - 1)!;
    const labels = completions.map((c) => c.label);
    const listed = JSON.parse(/"members": (\[[^\]]*\])/.exec(text)![1]!) as string[];
    expect(labels).toContain(members[1]);
    for (const other of listed.slice(1)) expect(labels).not.toContain(other);
    expect(new Set(completions.map((c) => c.kind))).toEqual(new Set(['vpc', 'dataCenter']));

    const refs = read(ALL_REFERENCES);
    const accounts = idCompletions(analyse(refs), offsetOf(refs, '"account": "main"') + 11)!;
    expect(accounts.map((c) => [c.label, c.kind, c.detail])).toEqual([
      ['main', 'account', 'Account · 1234567890123456'],
    ]);
    const ds = idCompletions(analyse(refs), offsetOf(refs, '"destination": "holo-dw"') + 16)!;
    expect(ds.map((c) => c.label)).toEqual(['ecs-orders', 'holo-dw']);
  });

  it('undefined where the position is not a reference', () => {
    const text = read(ALL_REFERENCES);
    const analysis = analyse(text);
    expect(idCompletions(analysis, offsetOf(text, '"cidr": "10.0.0.0/16"') + 9)).toBeUndefined();
    expect(idCompletions(analysis, offsetOf(text, '"vpc": "vpc-sh"'))).toBeUndefined();
    // Before the opening quote and after the closing quote.
    const value = text.indexOf('"vpc-sh"', text.indexOf('"vpc": "vpc-sh"'));
    expect(idCompletions(analysis, value)).toBeUndefined();
    expect(idCompletions(analysis, value + '"vpc-sh"'.length)).toBeUndefined();
    expect(idCompletions(analysis, value + 1)).toBeDefined();
    expect(idCompletions(analyse(''), 0)).toBeUndefined();
  });
});

describe('bad input: every offset, nothing throws', () => {
  const files = [
    'test/fixtures/bad-input/reference-cycles.dwnet.json',
    'test/fixtures/bad-input/wrong-types-nested.dwnet.json',
    'test/fixtures/bad-input/wrong-types-top.dwnet.json',
    'test/fixtures/bad-input/duplicate-keys.dwnet.json',
    'test/fixtures/bad-input/unicode-ids.dwnet.json',
    'test/fixtures/bad-input/ipv6-everywhere.dwnet.json',
    'test/fixtures/bad-input/not-json.dwnet.json',
  ];
  it.each(files)('%s', (file) => {
    const text = read(file);
    const analysis = analyse(text);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(() => {
        hoverAt(analysis, offset);
        definitionAt(analysis, offset);
        referencesAt(analysis, offset, true);
        prepareRename(analysis, offset);
        idCompletions(analysis, offset);
      }).not.toThrow();
    }
    expect(() => documentSymbols(analysis)).not.toThrow();
    expect(() => codeLenses(analysis)).not.toThrow();
  });

  it('every prefix of a file', () => {
    const text = read(ALL_REFERENCES);
    for (let n = 0; n <= text.length; n += 7) {
      const prefix = text.slice(0, n);
      const analysis = analyse(prefix);
      for (const offset of [0, Math.floor(n / 2), n]) {
        hoverAt(analysis, offset);
        definitionAt(analysis, offset);
        idCompletions(analysis, offset);
        rename(analysis, offset, 'x');
      }
      documentSymbols(analysis);
      codeLenses(analysis);
    }
  });

  it('deep nesting and odd offsets', () => {
    for (const text of [
      '['.repeat(50_000),
      '{"version": 1, "vpcs": ' + '['.repeat(150) + ']'.repeat(150) + '}',
      '',
      'null',
    ]) {
      const analysis = analyse(text);
      for (const offset of [0, 1, text.length, -1, NaN, 1e12]) {
        const hover = hoverAt(analysis, offset);
        if (hover) {
          expect(hover.offset).toBeGreaterThanOrEqual(0);
          expect(hover.offset + hover.length).toBeLessThanOrEqual(text.length);
        }
        expect(definitionAt(analysis, offset)).toEqual([]);
        expect(idCompletions(analysis, offset)).toBeUndefined();
        expect(rename(analysis, offset, 'x')).toHaveProperty('error');
      }
      expect(documentSymbols(analysis).every((s) => s.kind === 'property')).toBe(true);
      expect(codeLenses(analysis)).toEqual([]);
    }
  });

  it('duplicate ids: rename every definition and reference', () => {
    const text = read('test/fixtures/bad-input/duplicate-keys.dwnet.json');
    const analysis = analyse(text);
    const key = offsetOf(text, '"vpc-hz": {');
    const definitions = definitionAt(analysis, key);
    expect(definitions.length).toBeGreaterThanOrEqual(2);
    const result = rename(analysis, key, 'vpc-renamed');
    if ('error' in result) throw new Error(result.error);
    const after = applyEdits(text, result.edits);
    // Every definition and every reference the model reads is renamed; properties that
    // a duplicate shadows (the second "vpcs", a binding's second "vpc") are ignored text.
    const renamed = analyse(after).model!;
    expect(renamed.vpcs.byId.has('vpc-hz')).toBe(false);
    expect(renamed.vpcs.duplicates.map((v) => v.id)).toEqual(['vpc-renamed']);
    expect(renamed.dataSources.byId.get('rds-orders')!.network!.vpc!.value).toBe('vpc-renamed');
    const codes = (t: string) =>
      validate(t)
        .findings.map((f) => f.code)
        .sort();
    expect(codes(after)).toEqual(codes(text));
  });
});
