// What the diagram's page draws of a real graph (client/webview/view.ts): filters, collapse
// by VPC and region, aggregated data sources, hover summaries, ARIA labels, and the key that
// decides whether a new graph needs a new layout. Graphs come from core's buildGraph on the
// examples, as the server sends them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, buildGraph, type TopologyGraph } from '../../core/src/index';
import {
  ariaLabel,
  defaultOptions,
  nodeSummary,
  structureKey,
  viewGraph,
  type ViewOptions,
} from '../webview/view';

const ROOT = join(__dirname, '../..');
const graphOf = (text: string): TopologyGraph => buildGraph(analyse(text));
const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const SCENARIO1 = example('scenario1-same-region-broken.dwnet.json');
const everything: ViewOptions = { collapse: 'none', aggregateOk: false };

describe('filters', () => {
  it('shows everything by default for a small topology', () => {
    const graph = graphOf(SCENARIO1);
    expect(defaultOptions(graph)).toEqual(everything);
    expect(viewGraph(graph, everything)).toEqual(graph);
  });

  it('keeps only what one task goes through, with the VPCs that hold it', () => {
    const view = viewGraph(graphOf(SCENARIO1), { ...everything, task: 'sync-orders' });
    expect(view.pairs.map((p) => `${p.task} → ${p.dataSource}`)).toEqual([
      'sync-orders → rds-orders',
      'sync-orders → holo-dw',
    ]);
    expect(view.nodes.map((n) => n.id).sort()).toEqual([
      'ds:holo-dw',
      'ds:rds-orders',
      'rg:rg-serverless',
      'vpc:vpc-prod',
      'vsw:vpc-prod/vsw-dataworks',
      'vsw:vpc-prod/vsw-db',
    ]);
    const nodes = new Set(view.nodes.map((n) => n.id));
    expect(view.edges.every((e) => nodes.has(e.from) && nodes.has(e.to))).toBe(true);
  });

  it('keeps only the pairs of one data source', () => {
    const view = viewGraph(graphOf(SCENARIO1), { ...everything, dataSource: 'holo-dw' });
    expect(new Set(view.pairs.map((p) => p.dataSource))).toEqual(new Set(['holo-dw']));
    expect(view.nodes.some((n) => n.id === 'ds:rds-orders')).toBe(false);
  });
});

describe('collapse', () => {
  it('by VPC: a VPC stands for its vSwitches, and paths and edges follow', () => {
    const view = viewGraph(graphOf(SCENARIO1), { collapse: 'vpc', aggregateOk: false });
    expect(view.nodes.some((n) => n.kind === 'vSwitch')).toBe(false);
    const whitelist = view.edges.find((e) => e.id === 'location:vpc:vpc-prod->ds:rds-orders');
    expect(whitelist?.status).toBe('broken');
    const pair = view.pairs.find((p) => p.dataSource === 'rds-orders');
    expect(pair?.path).toEqual(['rg:rg-serverless', 'vpc:vpc-prod', 'ds:rds-orders']);
    const nodes = new Set(view.nodes.map((n) => n.id));
    expect(view.edges.every((e) => nodes.has(e.from) && nodes.has(e.to) && e.from !== e.to)).toBe(
      true,
    );
  });

  it('aggregates the data sources no broken pair reaches, per place, and keeps the broken ones', () => {
    const view = viewGraph(graphOf(SCENARIO1), { collapse: 'vpc', aggregateOk: true });
    const dataSources = view.nodes.filter((n) => n.kind === 'dataSource').map((n) => n.label);
    expect(dataSources.sort()).toEqual(['mongo-events', 'pg-inventory', 'rds-orders']);
    const aggregated = view.nodes.find((n) => n.id.startsWith('ok:'));
    expect(aggregated).toMatchObject({ kind: 'group', label: '1 data source', status: 'ok' });
    expect(aggregated?.members).toEqual(['ds:holo-dw']);
  });

  it('by region: each region one node, its broken data sources counted per place', () => {
    const graph = graphOf(example('scenario2-cross-region-broken.dwnet.json'));
    const view = viewGraph(graph, { collapse: 'region', aggregateOk: true });
    const regions = view.nodes.filter((n) => n.id.startsWith('region:'));
    expect(regions.map((n) => n.label).sort()).toEqual(['cn-hangzhou', 'cn-shanghai']);
    expect(view.nodes.find((n) => n.id.startsWith('broken:'))).toMatchObject({
      label: '1 data source, broken',
      status: 'broken',
    });
    expect(view.nodes.find((n) => n.id.startsWith('connections:'))?.label).toBe('1 connection');
  });

  it('starts a large topology collapsed', () => {
    const node = (i: number) => ({
      id: `ds:${i}`,
      kind: 'dataSource' as const,
      pointer: `/dataSources/${i}`,
      label: String(i),
      details: [],
      status: 'ok' as const,
    });
    const graph = (size: number): TopologyGraph => ({
      version: 1,
      nodes: Array.from({ length: size }, (_, i) => node(i)),
      edges: [],
      pairs: [],
    });
    expect(defaultOptions(graph(300))).toEqual(everything);
    expect(defaultOptions(graph(301))).toEqual({ collapse: 'vpc', aggregateOk: true });
    expect(defaultOptions(graph(1501))).toEqual({ collapse: 'region', aggregateOk: true });
  });
});

describe('what the page says about a node', () => {
  it('hovers with the pairs through the node and their missing steps', () => {
    const graph = graphOf(SCENARIO1);
    const node = graph.nodes.find((n) => n.id === 'ds:rds-orders')!;
    const lines = nodeSummary(graph, node);
    expect(lines[0]).toBe('Data source rds-orders');
    expect(lines).toContain('sync-orders → rds-orders: 1 step missing');
    expect(lines.some((l) => /^ {2}✗ Add the CIDR block 10\.10\.1\.0\/24/.test(l))).toBe(true);
    expect(ariaLabel(node)).toBe('Data source rds-orders, broken');
  });

  it('lays out again only when the structure changes, not when a fix changes statuses', () => {
    const before = graphOf(SCENARIO1);
    const fixed = graphOf(SCENARIO1.replace('["10.10.2.0/24"]', '["10.10.1.0/24"]'));
    expect(fixed.pairs.find((p) => p.dataSource === 'rds-orders')?.ok).toBe(true);
    expect(structureKey(fixed)).toBe(structureKey(before));
    const renamed = graphOf(SCENARIO1.replace(/"vsw-db"/g, '"vsw-database"'));
    expect(structureKey(renamed)).not.toBe(structureKey(before));
  });
});
