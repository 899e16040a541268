// The topology as a graph (SPEC §9), from the analysis the diagnostics come from: every
// entity a node, every binding, membership, NAT hop and location an edge, and every
// (task, data source) pair of `check`'s connectivity a path over those edges. A hop a pair
// needs and does not have (no connection, no binding, no NAT gateway) is a `missing` edge,
// so a broken path is still drawn from the resource group to the data source, red up to
// the hop that fails and labelled with the missing step. The work is in builder.ts (ids),
// entities.ts (nodes and their edges) and pairs.ts (paths and statuses).
import { localizer } from '../l10n/index';
import { type Analysis, connectivityResults } from '../validate';
import { GraphBuilder } from './builder';
import { addEntities } from './entities';
import { type WalkedPair, markStatuses, pairOf } from './pairs';
import type { BuildGraphOptions, GraphPair, TopologyGraph } from './types';

export { INTERNET_ID, edgeId, nodeIds } from './builder';

/** Builds the graph of an analysis: the one `validate` and `check` report from. */
export function buildGraph(analysis: Analysis, options: BuildGraphOptions = {}): TopologyGraph {
  const model = analysis.model;
  const topology = analysis.topology;
  const graph = new GraphBuilder();
  if (!model || !topology) return { version: 1, nodes: [], edges: [], pairs: [] };
  addEntities(graph, model, localizer(options.locale));

  const evaluations = analysis.connectivity?.pairs ?? [];
  const rows = connectivityResults(analysis);
  const pairs: GraphPair[] = [];
  const walked: WalkedPair[] = [];
  const l10n = localizer(options.locale);
  evaluations.forEach((evaluation, index) => {
    if (options.task !== undefined && evaluation.task.id !== options.task) return;
    const row = rows[index]; // one row per pair, in the same order
    if (!row) return;
    const each = pairOf(graph, topology, evaluation, row, l10n);
    pairs.push(each.pair);
    walked.push(each);
  });
  markStatuses(graph, walked);

  let nodes = [...graph.nodes.values()];
  let edges = [...graph.edges.values()];
  if (options.task !== undefined) {
    // Only what the task's paths go through, with the VPCs that hold it.
    const keep = new Set(pairs.flatMap((pair) => pair.path));
    for (const id of [...keep]) {
      const parent = graph.nodes.get(id)?.parent;
      if (parent) keep.add(parent);
    }
    const onPath = new Set(pairs.flatMap((pair) => pair.edges));
    nodes = nodes.filter((node) => keep.has(node.id));
    edges = edges.filter(
      (edge) => onPath.has(edge.id) || (edge.kind === 'contains' && keep.has(edge.to)),
    );
  }
  return { version: 1, nodes, edges, pairs };
}
