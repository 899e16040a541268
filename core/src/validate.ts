// The validation pipeline: parse → model → topology → rules → dedupe → suppressions →
// configured severities. Pure and total: any input text gives findings, never an exception.
import { addressFields, type AddressField } from './analysis/addresses';
import { analyseConnectivity, type ConnectivityAnalysis } from './analysis/connectivity';
import { buildTopology } from './analysis/topology';
import { capFindings, fileSizeNotice } from './limits';
import { buildModel, type Model } from './model';
import {
  parseDocumentWithPlain,
  plainDocumentOf,
  type ParsedDocument,
  type PlainDocument,
} from './parse';
import { RULE_IMPLEMENTATIONS, ruleMeta } from './rules/registry';
import type { FindingInput, RuleContext } from './rules/rule';
import { applySuppressions, parseSuppressions } from './suppression';
import type {
  ConnectivityResult,
  Finding,
  RuleMeta,
  ValidateOptions,
  ValidationResult,
} from './types';

export interface Analysis {
  document: ParsedDocument;
  model?: Model;
  connectivity?: ConnectivityAnalysis;
  /** Findings before suppressions and severity overrides. */
  rawFindings: Finding[];
  /** Rules that threw (a bug in dwnet, never the user's fault); empty in a healthy run. */
  internalErrors: string[];
}

function toFinding(meta: RuleMeta, input: FindingInput): Finding {
  const offset = input.node?.offset ?? input.offset ?? 0;
  const length = input.node?.length ?? input.length ?? 0;
  const finding: Finding = {
    code: meta.code,
    severity: meta.defaultSeverity,
    message: input.message,
    pointer: input.pointer,
    offset,
    length,
    related: (input.related ?? []).map((r) => ({
      message: r.message,
      pointer: r.pointer,
      offset: r.node.offset,
      length: r.node.length,
    })),
    fixes: input.fixes ?? [],
  };
  if (input.scenario !== undefined && input.scenario !== null) finding.scenario = input.scenario;
  if (input.unnecessary) finding.unnecessary = true;
  return finding;
}

/** Merges findings that say the same thing at the same place (one per pair otherwise). */
function dedupe(findings: Finding[]): Finding[] {
  // Keyed by code and offset, compared on pointer and message: V8 hashes a string longer
  // than 16 383 characters by its length alone, so keys holding a huge id (a pasted blob)
  // would all collide and make this quadratic.
  const byKey = new Map<string, { finding: Finding; related: Set<string> }[]>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.code}\0${finding.offset}`;
    const alike = byKey.get(key) ?? [];
    const existing = alike.find(
      (e) => e.finding.pointer === finding.pointer && e.finding.message === finding.message,
    );
    if (!existing) {
      alike.push({
        finding,
        related: new Set(finding.related.map((r) => `${r.pointer}\0${r.message}`)),
      });
      byKey.set(key, alike);
      kept.push(finding);
      continue;
    }
    for (const related of finding.related) {
      const relatedKey = `${related.pointer}\0${related.message}`;
      if (existing.related.has(relatedKey)) continue;
      existing.related.add(relatedKey);
      existing.finding.related.push(related);
    }
  }
  return kept;
}

/** Runs every rule; the server keeps this per document version and reuses it. */
export function analyse(text: string): Analysis {
  const parsed = parseDocumentWithPlain(text);
  const document = parsed.document;
  const findings: Finding[] = [];
  const internalErrors: string[] = [];
  const syntaxRule = RULE_IMPLEMENTATIONS.find((r) => r.meta.code === 'json-syntax')!;
  if (!document.root) {
    for (const problem of document.syntaxProblems) {
      findings.push(
        toFinding(syntaxRule.meta, {
          offset: problem.offset,
          length: problem.length,
          pointer: '',
          message: problem.message,
        }),
      );
    }
    return { document, rawFindings: findings, internalErrors };
  }
  const model = buildModel(document.root);
  const topology = buildTopology(model);
  let connectivity: ConnectivityAnalysis | undefined;
  let addresses: AddressField[] | undefined;
  let plain: PlainDocument | undefined = parsed.plain;
  const root = document.root;
  for (const rule of RULE_IMPLEMENTATIONS) {
    const context: RuleContext = {
      document,
      model,
      topology,
      connectivity: () => (connectivity ??= analyseConnectivity(topology)),
      addresses: () => (addresses ??= [...addressFields(model)]),
      plain: () => (plain ??= plainDocumentOf(root)),
      report: (input) => findings.push(toFinding(rule.meta, input)),
    };
    try {
      rule.check(context);
    } catch (error) {
      internalErrors.push(
        `${rule.meta.code}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  connectivity ??= analyseConnectivity(topology);
  const suppressions = parseSuppressions(text, document.root, ruleMeta, document.commentSpans);
  const rawFindings = applySuppressions(
    dedupe(findings),
    suppressions,
    (code, s, message, removable) =>
      toFinding(ruleMeta(code)!, {
        offset: s.offset,
        length: s.length,
        pointer: s.pointer,
        message,
        fixes: removable
          ? [
              {
                title: 'Remove this comment',
                isPreferred: true,
                operations: [{ op: 'replaceText', ...commentRemoval(text, s.offset, s.length) }],
              },
            ]
          : [],
      }),
  );
  return { document, model, connectivity, rawFindings, internalErrors };
}

/** The span that removes a comment, with its whole line when the comment stands alone. */
function commentRemoval(
  text: string,
  offset: number,
  length: number,
): { offset: number; length: number; content: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset + length);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset + length, lineEnd).replace(/\r$/, '');
  if (before.trim() === '' && after.trim() === '') {
    return {
      offset: lineStart,
      length: Math.min(lineEnd + 1, text.length) - lineStart,
      content: '',
    };
  }
  return { offset, length, content: '' };
}

/** Applies configured severities; `off` drops the finding. */
export function applySeverities(findings: Finding[], options: ValidateOptions): Finding[] {
  const overrides = options.rules ?? {};
  const result: Finding[] = [];
  for (const finding of findings) {
    const level = overrides[finding.code];
    // A file that does not parse cannot be checked: its syntax errors are never dropped.
    if (level === 'off' && finding.code !== 'json-syntax') continue;
    if (level === 'off') {
      result.push(finding);
      continue;
    }
    result.push(level ? { ...finding, severity: level } : finding);
  }
  return result.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
}

export function connectivityResults(analysis: Analysis): ConnectivityResult[] {
  return (analysis.connectivity?.pairs ?? []).map((pair) => ({
    task: pair.task.id,
    resourceGroup: pair.task.resourceGroup?.value ?? '',
    dataSource: pair.dataSourceRefNode.value,
    scenario: pair.unresolved ? null : pair.scenario,
    binding: pair.binding?.index ?? null,
    ok: pair.ok,
    missing: pair.unresolved
      ? [pair.unresolved]
      : pair.steps.filter((s) => !s.ok).map((s) => s.code),
  }));
}

export function validate(text: string, options: ValidateOptions = {}): ValidationResult {
  // Before any parsing: a file above the size limit costs one pass over its characters.
  const tooLarge = fileSizeNotice(text, options);
  if (tooLarge) return { findings: [tooLarge], connectivity: [] };
  try {
    const analysis = analyse(text);
    return {
      findings: capFindings(applySeverities(analysis.rawFindings, options), options),
      connectivity: connectivityResults(analysis),
    };
  } catch (error) {
    // Unreachable by design; if it happens, the user still gets a message, not a crash.
    return {
      findings: [
        {
          code: 'json-syntax',
          severity: 'error',
          message: `dwnet could not analyse this file (internal error: ${error instanceof Error ? error.message : String(error)}). Please report it.`,
          pointer: '',
          offset: 0,
          length: 0,
          related: [],
          fixes: [],
        },
      ],
      connectivity: [],
    };
  }
}
