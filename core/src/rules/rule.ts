// What a rule is: its catalogue entry and a check that reports findings through
// the context. Rules read the model, the topology and the connectivity analysis;
// they never parse text and never compute positions themselves.
import type { AddressField } from '../analysis/addresses';
import type { ConnectivityAnalysis, PairEvaluation, Step } from '../analysis/connectivity';
import type { Topology } from '../analysis/topology';
import type { Model } from '../model';
import type { Node, ParsedDocument, PlainDocument } from '../parse';
import type { FixDescriptor, RuleMeta } from '../types';

export interface RelatedInput {
  message: string;
  node: Node;
  pointer: string;
}

export interface FindingInput {
  /** The node the range covers; defaults to nothing (offset/length then required). */
  node?: Node;
  offset?: number;
  length?: number;
  pointer: string;
  message: string;
  scenario?: number | null;
  related?: RelatedInput[];
  fixes?: FixDescriptor[];
  unnecessary?: boolean;
}

export interface RuleContext {
  document: ParsedDocument;
  model: Model;
  topology: Topology;
  /** Computed on first use and shared by every rule of this run. */
  connectivity(): ConnectivityAnalysis;
  /** Every address-valued field, listed once and shared by the address rules. */
  addresses(): readonly AddressField[];
  /** The document as plain data (from the parser's fast path, or built on first use). */
  plain(): PlainDocument;
  report(finding: FindingInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Related locations every connectivity finding carries: the task, the data source, the binding. */
export function pairRelated(pair: PairEvaluation): RelatedInput[] {
  const related: RelatedInput[] = [
    {
      message: `task '${pair.task.id}' uses data source '${pair.dataSourceRefNode.value}'`,
      node: pair.dataSourceRefNode.node,
      pointer: pair.dataSourceRefNode.pointer,
    },
  ];
  if (pair.ds) {
    related.push({
      message: `data source '${pair.ds.id}'`,
      node: pair.ds.keyNode,
      pointer: pair.ds.pointer,
    });
  }
  if (pair.binding && pair.rg) {
    related.push({
      message: `binding ${pair.binding.index} of resource group '${pair.rg.id}'`,
      node: pair.binding.node,
      pointer: pair.binding.pointer,
    });
  } else if (pair.rg) {
    related.push({
      message: `resource group '${pair.rg.id}'`,
      node: pair.rg.keyNode,
      pointer: pair.rg.pointer,
    });
  }
  return related;
}

/** The pairs of the analysis with a missing step of this code, and that step. */
/** Missing steps by code, indexed once per analysis for the dozen rules that ask. */
const missingByAnalysis = new WeakMap<
  ConnectivityAnalysis,
  Map<string, { pair: PairEvaluation; step: Step }[]>
>();

/** Every pair that misses a step with this code, with that step, in pair order. */
export function missingSteps(
  context: RuleContext,
  code: string,
): readonly { pair: PairEvaluation; step: Step }[] {
  const connectivity = context.connectivity();
  let index = missingByAnalysis.get(connectivity);
  if (!index) {
    index = new Map();
    for (const pair of connectivity.pairs) {
      for (const step of pair.steps) {
        if (step.ok) continue;
        let list = index.get(step.code);
        if (!list) index.set(step.code, (list = []));
        list.push({ pair, step });
      }
    }
    missingByAnalysis.set(connectivity, index);
  }
  return index.get(code) ?? [];
}
