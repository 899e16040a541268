// The graph model (SPEC §9): a node for every entity, a pair for every row of check's
// connectivity with the same state, paths over real edges, the failing hop labelled, ids
// that stay put between edits; and its renderers.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  buildGraph,
  collapseGraph,
  renderDot,
  renderMermaid,
  validate,
  type TopologyGraph,
} from '../src/index';
import { graphToSvg } from '../src/graph/svg';

const EXAMPLES = join(__dirname, '../../examples');
const RULES = join(__dirname, '../../test/fixtures/rules');

const exampleFiles = readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.dwnet.json'))
  .sort()
  .map((file) => join(EXAMPLES, file));
const fixtureFiles = readdirSync(RULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(RULES, entry.name))
      .filter((file) => file.endsWith('.dwnet.json'))
      .map((file) => join(RULES, entry.name, file)),
  )
  .sort();

/**
 * Mermaid's own parser (the one GitHub renders with), in Node. Parsing needs no DOM; only
 * the label sanitizer, DOMPurify, needs a window to exist, so a pass-through stands in for it.
 */
const mermaid = (async () => {
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  const nothing = () => undefined;
  Object.assign(purify, {
    sanitize: (text: unknown) => String(text),
    addHook: nothing,
    removeHook: nothing,
    removeHooks: nothing,
    removeAllHooks: nothing,
  });
  return (await import('mermaid')).default;
})();

async function mermaidParses(text: string): Promise<string> {
  const result = await (await mermaid).parse(text);
  return result ? result.diagramType : 'rejected';
}

function graphOf(text: string, task?: string): TopologyGraph {
  return buildGraph(analyse(text), task === undefined ? {} : { task });
}

function example(name: string): string {
  return readFileSync(join(EXAMPLES, `${name}.dwnet.json`), 'utf8');
}

/** Node ids of every entity the model holds, as the graph must name them. */
function entityNodeIds(text: string): string[] {
  const model = analyse(text).model;
  if (!model) return [];
  const ids: string[] = [];
  const esc = (id: string) => id.replace(/~/g, '~0').replace(/\//g, '~1');
  for (const id of model.resourceGroups.byId.keys()) ids.push(`rg:${esc(id)}`);
  for (const vpc of model.vpcs.byId.values()) {
    ids.push(`vpc:${esc(vpc.id)}`);
    for (const id of vpc.vSwitches.keys()) ids.push(`vsw:${esc(vpc.id)}/${esc(id)}`);
    for (const id of vpc.natGateways.keys()) ids.push(`nat:${esc(vpc.id)}/${esc(id)}`);
  }
  for (const id of model.dataCenters.byId.keys()) ids.push(`dc:${esc(id)}`);
  for (const id of model.connections.byId.keys()) ids.push(`conn:${esc(id)}`);
  for (const id of model.dataSources.byId.keys()) ids.push(`ds:${esc(id)}`);
  return ids;
}

// One test per file (four checks each): some hundreds of files, each a few milliseconds.
it.each([...exampleFiles, ...fixtureFiles])(
  '%s: a pair per connectivity row of check, a node per entity, paths over real edges, every format',
  async (file) => {
    const text = readFileSync(file, 'utf8');
    const graph = graphOf(text);

    // has a pair for every connectivity row of check, with the same state
    {
      const rows = validate(text).connectivity;
      expect(
        graph.pairs.map(({ task, resourceGroup, dataSource, scenario, binding, ok, missing }) => ({
          task,
          resourceGroup,
          dataSource,
          scenario,
          binding,
          ok,
          missing,
        })),
      ).toEqual(rows);
    }

    // has a node for every entity, and edges and paths between nodes it has
    {
      const ids = new Set(graph.nodes.map((node) => node.id));
      expect(ids.size).toBe(graph.nodes.length);
      for (const id of entityNodeIds(text)) expect(ids).toContain(id);
      for (const edge of graph.edges) {
        expect(ids).toContain(edge.from);
        expect(ids).toContain(edge.to);
      }
      const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
      for (const pair of graph.pairs) {
        expect(pair.edges).toHaveLength(Math.max(0, pair.path.length - 1));
        pair.edges.forEach((id, i) => {
          const edge = edges.get(id);
          expect(edge, id).toBeDefined();
          const ends = [edge!.from, edge!.to].sort();
          expect(ends).toEqual([pair.path[i]!, pair.path[i + 1]!].sort());
          // An ok pair goes over edges that exist in the file; only broken ones need a missing hop.
          if (pair.ok) expect(edge!.kind).not.toBe('missing');
          if (pair.ok) expect(edge!.status).not.toBe('unused');
        });
        if (pair.ok) expect(pair.failures).toEqual([]);
        else if (pair.edges.length > 0) {
          expect(pair.failingHop).toBeDefined();
          const failing = edges.get(pair.edges[pair.failingHop!]!)!;
          expect(failing.status).toBe('broken');
          expect(failing.label).toContain(
            pair.failures.find((failure) => failure.hop === pair.failingHop)!.text,
          );
        }
      }
      const pointers = graph.nodes.filter((node) => node.kind !== 'internet');
      for (const node of pointers) expect(node.pointer).toMatch(/^\/(\w+)\//);
    }

    // Mermaid's parser reads the flowchart
    {
      expect(await mermaidParses(renderMermaid(graph))).toBe('flowchart-v2');
    }

    // renders as DOT, Mermaid and well-formed SVG naming every data source
    {
      const dataSources = graph.nodes.filter((node) => node.kind === 'dataSource');
      const svg = await graphToSvg(graph);
      expect(wellFormed(svg)).toEqual([]);
      const mermaid = renderMermaid(graph);
      const dot = renderDot(graph);
      for (const ds of dataSources) {
        expect(svg).toContain(`data-id="${escapeXml(ds.id)}"`);
        expect(svg).toContain(`>${escapeXml(ds.label)}</tspan>`);
        expect(mermaid).toContain(ds.label.replace(/"/g, '#quot;'));
        expect(dot).toContain(`"${ds.id}"`);
      }
    }
  },
);

describe('scenario 2, cross region, broken', () => {
  const graph = graphOf(example('scenario2-cross-region-broken'));
  const pair = graph.pairs.find((p) => p.dataSource === 'rds-orders-sh')!;

  it('draws the path through the CEN to the vSwitch holding the address', () => {
    expect(pair.path).toEqual([
      'rg:rg-serverless',
      'vsw:vpc-hz/vsw-dataworks',
      'vpc:vpc-hz',
      'conn:cen-dataworks',
      'vpc:vpc-sh',
      'vsw:vpc-sh/vsw-sh-db',
      'ds:rds-orders-sh',
    ]);
  });

  it('puts each missing step on the hop it breaks: security group first, route leaving the VPC, whitelist last', () => {
    expect(pair.failures.map((f) => [f.code, f.hop])).toEqual([
      ['route-missing', 2],
      ['whitelist-missing', 5],
      ['rg-sg-egress-missing', 0],
    ]);
    expect(pair.failingHop).toBe(0);
    const edge = (id: string) => graph.edges.find((e) => e.id === id)!;
    expect(edge(pair.edges[2]!)).toMatchObject({
      kind: 'member',
      status: 'broken',
      label: "Add a route to 172.16.5.0/24 for the resource group's binding to VPC 'vpc-hz'",
    });
    expect(edge(pair.edges[0]!).label).toBe(
      "Allow outbound traffic to 172.16.5.20:3306 in advanced security group 'sg-dataworks'",
    );
  });

  it('marks what no pair goes through unused, and the ok pair ok', () => {
    const status = (id: string) => graph.nodes.find((node) => node.id === id)?.status;
    expect(status('vsw:vpc-sh/vsw-sh-app')).toBe('unused');
    expect(status('ds:holo-dw')).toBe('ok');
    expect(status('ds:rds-orders-sh')).toBe('broken');
    expect(status('vpc:vpc-sh')).toBe('broken');
  });
});

describe('scenario 5, internet, broken', () => {
  const graph = graphOf(example('scenario5-internet-broken'));

  it('goes from the bound vSwitch through the NAT gateway (with its EIP) to the Internet', () => {
    const pair = graph.pairs.find((p) => p.dataSource === 'mysql-saas')!;
    expect(pair.path).toEqual([
      'rg:rg-serverless',
      'vsw:vpc-hz/vsw-dataworks',
      'nat:vpc-hz/ngw-internet',
      'internet',
      'ds:mysql-saas',
    ]);
    expect(graph.nodes.find((n) => n.id === 'nat:vpc-hz/ngw-internet')!.label).toBe(
      'ngw-internet (EIP 47.96.1.10)',
    );
    expect(pair.failures).toEqual([
      {
        code: 'whitelist-missing',
        text: "Add the EIP 47.96.1.10 to the IP address whitelist of data source 'mysql-saas'",
        hop: 3,
      },
    ]);
  });

  it('an exclusive group reaches the Internet through its own EIP, and a kind mismatch breaks the first hop', () => {
    const pair = graph.pairs.find((p) => p.dataSource === 'pg-supplier')!;
    expect(pair.path).toEqual(['rg:rg-exclusive-sched', 'internet', 'ds:pg-supplier']);
    expect(pair.edges[0]).toBe('eip:rg:rg-exclusive-sched->internet');
    expect(pair.failingHop).toBe(0);
    expect(pair.failures.map((f) => f.code)).toEqual(['task-kind-mismatch', 'whitelist-missing']);
  });

  it('--task keeps only that task’s pairs and what their paths go through', () => {
    const only = graphOf(example('scenario5-internet-broken'), 'sync-saas-orders');
    expect(new Set(only.pairs.map((p) => p.task))).toEqual(new Set(['sync-saas-orders']));
    const ids = only.nodes.map((n) => n.id);
    expect(ids).not.toContain('rg:rg-exclusive-sched');
    expect(ids).not.toContain('ds:pg-supplier');
    expect(ids).toContain('vpc:vpc-hz');
  });
});

describe('collapseGraph', () => {
  it('per VPC: vSwitches fold into their VPC, and each failure stays on the hop where it was', () => {
    const graph = collapseGraph(graphOf(example('scenario2-cross-region-broken')), { by: 'vpc' });
    expect(graph.nodes.some((node) => node.kind === 'vSwitch')).toBe(false);
    const pair = graph.pairs.find((p) => p.dataSource === 'rds-orders-sh')!;
    expect(pair.path).toEqual([
      'rg:rg-serverless',
      'vpc:vpc-hz',
      'conn:cen-dataworks',
      'vpc:vpc-sh',
      'ds:rds-orders-sh',
    ]);
    expect(pair.failures.map((f) => [f.code, f.hop])).toEqual([
      ['route-missing', 1],
      ['whitelist-missing', 3],
      ['rg-sg-egress-missing', 0],
    ]);
    const edges = new Set(graph.edges.map((edge) => edge.id));
    for (const id of pair.edges) expect(edges).toContain(id);
    expect(graph.edges.find((e) => e.id === pair.edges[0])).toMatchObject({
      kind: 'binding',
      status: 'broken',
    });
  });

  it('per region, with ok data sources aggregated per place; every pair stays', () => {
    const full = graphOf(example('scenario5-internet'));
    const graph = collapseGraph(full, { by: 'region', aggregateOk: true });
    expect(graph.pairs.map((p) => [p.task, p.dataSource, p.ok])).toEqual(
      full.pairs.map((p) => [p.task, p.dataSource, p.ok]),
    );
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toContain('region:cn-hangzhou');
    expect(ids).not.toContain('vpc:vpc-hz');
    const aggregate = graph.nodes.find((node) => node.id === 'ok:internet')!;
    expect(aggregate).toMatchObject({
      kind: 'group',
      label: '2 data sources, all connected',
      members: ['ds:mysql-saas', 'ds:pg-supplier'],
    });
    for (const pair of graph.pairs) {
      expect(pair.path.every((id) => ids.includes(id))).toBe(true);
      expect(pair.edges).toHaveLength(pair.path.length - 1);
    }
  });

  it('a broken data source is never aggregated', () => {
    const graph = collapseGraph(graphOf(example('scenario5-internet-broken')), {
      aggregateOk: true,
    });
    expect(graph.nodes.map((node) => node.id)).toContain('ds:mysql-saas');
    expect(graph.nodes.some((node) => node.kind === 'group')).toBe(false);
  });
});

describe('missing hops', () => {
  it('a data source in a VPC no binding reaches gets a missing hop labelled with connection-missing', () => {
    const text = example('scenario2-cross-region');
    const graph = graphOf(text.replace(/"members":\s*\[[^\]]*\]/, '"members": ["vpc-hz"]'));
    const broken = graph.pairs.find((p) => p.missing.includes('connection-missing'))!;
    expect(broken).toBeDefined();
    const hop = graph.edges.find((e) => e.id === broken.edges[broken.failingHop!])!;
    expect(hop.kind).toBe('missing');
    expect(hop.status).toBe('broken');
    expect(hop.label).toMatch(/^Connect VPC 'vpc-hz' and VPC '[^']+' directly/);
  });
});

describe('stable ids', () => {
  it('an edit inside a data source keeps every node id, and ids are escaped', () => {
    const text = example('scenario1-same-region-broken');
    const before = graphOf(text).nodes.map((n) => n.id);
    const edited = text.replace('"whitelist": [', '"whitelist": ["192.168.0.0/24", ');
    expect(edited).not.toBe(text);
    expect(graphOf(edited).nodes.map((n) => n.id)).toEqual(before);
  });

  it('escapes ids like JSON pointer segments and keeps Chinese names', async () => {
    const text = `{
      "version": 1, "defaults": { "account": "a", "region": "cn-hangzhou" },
      "vpcs": { "vpc/一": { "cidr": "10.0.0.0/16", "vSwitches": { "交换机~1": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" } } } },
      "resourceGroups": { "rg<&>": { "type": "serverless", "vpcBindings": [{ "vpc": "vpc/一", "vSwitch": "交换机~1" }] } },
      "dataSources": { "订单库\\"x": { "engine": "mysql", "network": { "type": "vpc", "vpc": "vpc/一", "address": "10.0.1.9" }, "whitelist": ["10.0.1.0/24"] } },
      "tasks": { "t": { "kind": "sync", "resourceGroup": "rg<&>", "source": "订单库\\"x" } }
    }`;
    const graph = graphOf(text);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'rg:rg<&>',
      'vpc:vpc~1一',
      'vsw:vpc~1一/交换机~01',
      'ds:订单库"x',
    ]);
    expect(graph.nodes.find((n) => n.kind === 'vSwitch')!.pointer).toBe(
      '/vpcs/vpc~1一/vSwitches/交换机~01',
    );
    expect(graph.pairs[0]).toMatchObject({
      ok: true,
      path: graph.nodes.map((n) => n.id).filter((id) => id !== 'vpc:vpc~1一'),
    });
    const svg = await graphToSvg(graph);
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).toContain('>订单库&quot;x</tspan>');
    expect(svg).toContain('>rg&lt;&amp;&gt;</tspan>');
    expect(renderMermaid(graph)).toContain('"订单库#quot;x<br/>mysql<br/>10.0.1.9:3306"');
    expect(await mermaidParses(renderMermaid(graph))).toBe('flowchart-v2');
  });
});

describe("Mermaid's parser", () => {
  it('rejects what GitHub would not render (so the checks above can fail)', async () => {
    await expect((await mermaid).parse('flowchart LR\n  a["x"y"] --> b')).rejects.toThrow();
    await expect((await mermaid).parse('flowchart LR\n  subgraph a\n  b --> c')).rejects.toThrow();
  });
});

const GRAPHVIZ = spawnSync('dot', ['-V'], { encoding: 'utf8' }).status === 0;

describe('Graphviz', () => {
  // CI installs Graphviz (.ci/run); elsewhere say why this is skipped rather than pass.
  it.skipIf(!GRAPHVIZ)('renders every example’s DOT (install graphviz to run this)', () => {
    for (const file of exampleFiles) {
      const dot = renderDot(graphOf(readFileSync(file, 'utf8')));
      const result = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
      expect(result.stderr, file).toBe('');
      expect(result.status, file).toBe(0);
      expect(result.stdout).toContain('<svg');
    }
  });
  if (!GRAPHVIZ)
    console.warn('graph.test.ts: Graphviz `dot` not found; DOT rendering test skipped');
});

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A small XML well-formedness check: one root element, tags that nest and close, attributes
 * quoted and not repeated, and `&` only in the five entities or character references.
 */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(xml)) !== null) {
    const [, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray !== undefined) {
      problems.push(`unexpected '<' at ${match.index}`);
      continue;
    }
    const content = text ?? attributes ?? '';
    for (const amp of content.matchAll(/&([^;]*);?/g)) {
      if (
        !/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(amp[1] ?? '') ||
        !amp[0].endsWith(';')
      )
        problems.push(`bad entity '${amp[0]}' at ${match.index}`);
    }
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') problems.push('text outside the root');
      continue;
    }
    const names = [...(attributes ?? '').matchAll(/([\w:.-]+)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> does not close the open element`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
