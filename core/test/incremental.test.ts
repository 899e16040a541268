// The incremental analysis (core/src/incremental/) against the full one: after any edit,
// re-analysing from the previous analysis gives exactly the findings, connectivity and
// tree that analysing the new text from scratch gives. Chains of edits reuse each result,
// as the server does, so a tree moved in place must stay right edit after edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { analyseIncrementally, reanalyse } from '../src/incremental';
import { analyse, connectivityResults, type Analysis } from '../src/validate';
import fc from 'fast-check';
import { random, randomEdit, randomNetworkEdit } from './edits';
import { topologyText } from './fuzz';
import { brokenParentLink, filesUnder, treeShape } from './trees';

const ROOT = join(__dirname, '../..');

function observable(analysis: Analysis): unknown {
  return {
    findings: analysis.rawFindings,
    connectivity: connectivityResults(analysis),
    tree: treeShape(analysis.document.root),
    internalErrors: analysis.internalErrors,
  };
}

type EditMaker = typeof randomEdit;

/**
 * A chain of edits, each analysed incrementally and in full: how many took the incremental
 * path, and how many of those read the edited entity again alone (`carried`).
 */
function checkChain(
  start: string,
  seed: number,
  edits: number,
  makeEdit: EditMaker = randomEdit,
): { incremental: number; alone: number } {
  const next = random(seed);
  let text = start;
  let current = analyse(text);
  let incremental = 0;
  let alone = 0;
  for (let i = 0; i < edits; i++) {
    const edited = makeEdit(text, current, next);
    const expected = analyse(edited);
    const reused = analyseIncrementally(current, edited);
    const actual = reused ?? analyse(edited);
    if (reused) incremental++;
    if (reused?.carried) alone++;
    expect(observable(actual), `seed ${seed}, edit ${i}`).toEqual(observable(expected));
    if (actual.document.root) expect(brokenParentLink(actual.document.root)).toBeUndefined();
    // A user mends a syntax error soon: the chain goes on from the last good version,
    // whose analysis a refused incremental run must have left intact.
    if (!reused && expected.document.syntaxProblems.length > 0) continue;
    text = edited;
    current = actual;
  }
  return { incremental, alone };
}

describe('incremental analysis', () => {
  it('matches the full analysis along chains of edits in a generated topology', () => {
    const topology = generateTopology(100, 7);
    let incremental = 0;
    for (let seed = 1; seed <= 12; seed++)
      incremental += checkChain(topology, seed, 25).incremental;
    // Most edits must take the incremental path, or this test would prove nothing.
    expect(incremental).toBeGreaterThan(200);
  });

  // Hostile files too: the incremental path must refuse them, or agree.
  const files = [
    ...filesUnder(join(ROOT, 'examples')),
    ...filesUnder(join(ROOT, 'test/fixtures/rules')),
    ...filesUnder(join(ROOT, 'test/fixtures/bad-input')),
    ...filesUnder(join(ROOT, 'test/fixtures/fuzz')),
  ].filter((f) => f.endsWith('.dwnet.json'));

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    'matches the full analysis after edits of %s',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      for (let seed = 1; seed <= 3; seed++) {
        checkChain(text, seed * 7919, 8);
        checkChain(text, seed * 7919, 6, randomNetworkEdit);
      }
    },
  );

  it('parses only the edited entity, and analyses again an entity alone where the model allows', () => {
    const text = generateTopology(30, 3);
    const address = text.indexOf('"address": "') + '"address": "'.length;
    const inDataSource = text.slice(0, address) + '1' + text.slice(address);
    expect(analyseIncrementally(analyse(text), inDataSource)?.carried).toBeDefined();
    // In a VPC: read again alone too, with the pairs that read it (issue 17).
    const cidr = text.indexOf('"cidr": "') + '"cidr": "'.length;
    const inVpc = text.slice(0, cidr) + '1' + text.slice(cidr);
    const alone = analyseIncrementally(analyse(text), inVpc);
    expect(alone?.carried).toBeDefined();
    expect(observable(alone!)).toEqual(observable(analyse(inVpc)));
    // In an account: the tree is spliced, and the analysis runs in full on it.
    const uid = text.indexOf('"uid": "') + '"uid": "'.length;
    const inAccount = text.slice(0, uid) + '1' + text.slice(uid);
    const spliced = analyseIncrementally(analyse(text), inAccount);
    expect(spliced).toBeDefined();
    expect(spliced!.carried).toBeUndefined();
    expect(observable(spliced!)).toEqual(observable(analyse(inAccount)));
    // Between entities: the text is parsed again.
    const version = text.indexOf('"version": 1') + '"version": '.length;
    const inRoot = `${text.slice(0, version)}2${text.slice(version + 1)}`;
    expect(analyseIncrementally(analyse(text), inRoot)).toBeUndefined();
    expect(observable(reanalyse(analyse(text), inRoot))).toEqual(observable(analyse(inRoot)));
  });

  // Issue 17: a keystroke in a VPC, a vSwitch, a NAT gateway, a security group, a connection
  // or a resource group evaluates again only the pairs that read it.
  it('matches the full analysis along chains of edits inside network entities', () => {
    const topology = generateTopology(100, 7);
    let alone = 0;
    for (let seed = 1; seed <= 10; seed++)
      alone += checkChain(topology, seed, 20, randomNetworkEdit).alone;
    // Most edits must read the entity again alone, or this test would prove nothing.
    expect(alone).toBeGreaterThan(120);
  });

  it('matches the full analysis after edits inside network entities of generated topologies', () => {
    const texts = fc.sample(topologyText, { seed: 17, numRuns: 40 });
    let alone = 0;
    texts.forEach((text, index) => {
      alone += checkChain(text, index + 1, 10, randomNetworkEdit).alone;
    });
    expect(alone).toBeGreaterThan(150);
  });

  // Issue 16: an incremental analysis is a new value; the previous one hands over its tree
  // alone (ARCHITECTURE.md "Incremental analysis"), and its model, pairs and findings stay.
  it('leaves the previous analysis its model, pairs and findings', () => {
    const text = generateTopology(30, 3);
    const typeAt = (from: string, key: string) => {
      const at = text.indexOf(key, text.indexOf(from)) + key.length;
      return text.slice(0, at) + '1' + text.slice(at);
    };
    const sections = [
      'vpcs',
      'connections',
      'securityGroups',
      'resourceGroups',
      'dataSources',
      'tasks',
    ] as const;
    for (const edited of [
      typeAt('"dataSources"', '"address": "'),
      typeAt('"tasks"', '"resourceGroup": "'),
      typeAt('"vpcs"', '"cidr": "'),
      typeAt('"securityGroups"', '"cidr": "'),
      typeAt('"connections"', '"members": [\n        "'),
      typeAt('"resourceGroups"', '"routes": [\n            "'),
    ]) {
      const previous = analyse(text);
      const findings = structuredClone(previous.rawFindings);
      const byRule = previous.findingsByRule!.map((r) => [...r.findings]);
      const pairs = [...previous.connectivity!.pairs];
      const results = connectivityResults(previous);
      const entities = sections.map((s) => [...previous.model![s].byId.values()]);
      const next = analyseIncrementally(previous, edited);
      expect(next?.carried).toBeDefined();
      expect(next!.model).not.toBe(previous.model);
      expect(previous.rawFindings).toEqual(findings);
      previous.findingsByRule!.forEach((r, i) => expect(r.findings).toEqual(byRule[i]));
      expect(previous.connectivity!.pairs).toHaveLength(pairs.length);
      previous.connectivity!.pairs.forEach((pair, i) => expect(pair).toBe(pairs[i]));
      expect(connectivityResults(previous)).toEqual(results);
      sections.forEach((s, i) => {
        const now = [...previous.model![s].byId.values()];
        expect(now).toHaveLength(entities[i]!.length);
        now.forEach((entity, j) => expect(entity).toBe(entities[i]![j]));
      });
    }
  });

  it('makes a second edit from an analysis that handed its tree over in full', () => {
    const text = generateTopology(30, 3);
    const at = text.indexOf('"address": "') + '"address": "'.length;
    const previous = analyse(text);
    expect(analyseIncrementally(previous, `${text.slice(0, at)}1${text.slice(at)}`)).toBeDefined();
    const other = `${text.slice(0, at)}2${text.slice(at)}`;
    expect(analyseIncrementally(previous, other)).toBeUndefined();
    expect(observable(reanalyse(previous, other))).toEqual(observable(analyse(other)));
  });

  it('puts the pairs of a task that had none back in task order', () => {
    const text = generateTopology(40, 3);
    // task-2 is a sync task: without its source and destination it has no pair.
    const task = text.indexOf('"task-2": {', text.indexOf('"tasks"'));
    const from = text.lastIndexOf(',', text.indexOf('"source"', task));
    const to = text.indexOf('\n    }', from);
    const emptied = text.slice(0, from) + text.slice(to);
    const first = analyseIncrementally(analyse(text), emptied);
    expect(first).toBeDefined();
    expect(observable(first!)).toEqual(observable(analyse(emptied)));
    // The task has no pair now; typing its data source back gives it one, in its place.
    const second = analyseIncrementally(first!, text);
    expect(second).toBeDefined();
    expect(observable(second!)).toEqual(observable(analyse(text)));
  });

  it('re-analyses a suppression comment typed inside a data source incrementally', () => {
    const text = generateTopology(60, 3);
    const missing = analyse(text).rawFindings.find((f) => f.code === 'whitelist-missing')!;
    const lineStart = text.lastIndexOf('\n', missing.offset) + 1;
    const edited = `${text.slice(0, lineStart)}// dwnet-ignore whitelist-missing -- a test\n${text.slice(lineStart)}`;
    const incremental = analyseIncrementally(analyse(text), edited);
    expect(incremental).toBeDefined();
    const full = analyse(edited);
    expect(observable(incremental!)).toEqual(observable(full));
    expect(full.rawFindings.filter((f) => f.code === 'whitelist-missing')).toHaveLength(
      analyse(text).rawFindings.filter((f) => f.code === 'whitelist-missing').length - 1,
    );
  });
});
