// The model stored by column (core/src/model/columns/, objects made when first asked for)
// under edits, as the language server uses it: after every edit of a chain (typing, whole
// entities pasted, deleted, moved, renamed, of the wrong type, unusual shapes), what a user
// sees of the incremental analysis — findings, fixes' edits, connectivity, explain, outline,
// code lenses, hovers, definitions, references, rename, completion — equals what a fresh
// analysis of the same text shows; also when nothing is asked until many edits later, and of
// the previous analysis, which keeps answering for its own text after an edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateTopology } from '../../bench/generate';
import { analyseIncrementally, reanalyse } from '../src/incremental';
import type { DataSource, Model, StringValue, Task } from '../src/model';
import type { Locale } from '../src/l10n';
import { analyse, connectivityResults, type Analysis } from '../src/validate';
import { random, randomNetworkEdit } from './edits';
import { keystroke, networkEdit, workloadEdit } from './entityEdits';
import { featuresAt, offsetsOf, surface, wholeSurface } from './surface';
import { topologyText } from './fuzz';

const ROOT = join(__dirname, '../..');

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)] as T;

/** The next text of a chain: mostly data sources and tasks, sometimes a network entity. */
function nextText(text: string, current: Analysis | undefined, next: () => number): string {
  const choice = next();
  // randomNetworkEdit asks for every data source and task (edits.ts): only where that is wanted.
  if (current && choice < 0.1) return randomNetworkEdit(text, current, next);
  if (choice < 0.2) return networkEdit(text, next) ?? text;
  if (choice < 0.23) {
    // A syntax error (the chain goes on from it: jsonc-parser's tree, analysed in full).
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + pick(next, ['"', ',', '}', '{']) + text.slice(at);
  }
  if (choice < 0.55) return keystroke(text, next) ?? text;
  return workloadEdit(text, next) ?? keystroke(text, next) ?? text;
}

/**
 * After an edit read alone, every data source and task but the edited one is the same object
 * in both versions (the incremental analysis and its rules compare them by identity).
 */
function expectSameObjects(before: Analysis, after: Analysis): void {
  for (const section of ['dataSources', 'tasks'] as const) {
    const a = modelOf(before)[section];
    const b = modelOf(after)[section];
    expect(b.count).toBe(a.count);
    let replaced = 0;
    for (let slot = 0; slot < a.count; slot++) if (a.at(slot) !== b.at(slot)) replaced++;
    expect(replaced).toBeLessThanOrEqual(1);
  }
}

/** Asked of every version of a chain, incremental and fresh alike. */
function checkEveryStep(start: string, seed: number, edits: number): number {
  const next = random(seed);
  let text = start;
  let current = analyse(text);
  let incremental = 0;
  for (let i = 0; i < edits; i++) {
    // The network edits read the analysis: here every object is asked for anyway.
    const edited = nextText(text, current, next);
    if (edited === text) continue;
    const actual = reanalyse(current, edited);
    if (actual.carried) {
      incremental++;
      expectSameObjects(current, actual);
    }
    const offsets = offsetsOf(edited, 150);
    expect(surface(actual, offsets), `seed ${seed}, edit ${i}`).toEqual(
      surface(analyse(edited), offsets),
    );
    text = edited;
    current = actual;
  }
  return incremental;
}

/** Nothing asked of the incremental analyses until the end of the chain. */
function checkAtTheEnd(start: string, seed: number, edits: number, locale: Locale = 'en'): number {
  const next = random(seed);
  let text = start;
  let current = analyse(text, locale);
  let incremental = 0;
  for (let i = 0; i < edits; i++) {
    const edited = nextText(text, undefined, next);
    if (edited === text) continue;
    current = reanalyse(current, edited);
    if (current.carried) incremental++;
    text = edited;
  }
  const offsets = offsetsOf(text);
  // Features first (objects made by a hover), then the whole surface.
  const fresh = analyse(text, locale);
  expect(featuresAt(current, offsets), `seed ${seed}`).toEqual(featuresAt(fresh, offsets));
  expect(wholeSurface(current), `seed ${seed}`).toEqual(wholeSurface(fresh));
  return incremental;
}

function modelOf(analysis: Analysis): Model {
  if (!analysis.model) throw new Error('no model');
  return analysis.model;
}

/**
 * A value, without its pointer: the edited entity's values read their pointers from rows the
 * edit detached from the tree, so they lack the entity's path (as before the model by column).
 */
function value(v: StringValue | undefined): unknown {
  return v && { value: v.value };
}

/** What the previous analysis's entities say, without their offsets (its tree moved on). */
function dataSourceValues(ds: DataSource): unknown {
  const network = ds.network;
  return {
    id: ds.id,
    pointer: ds.pointer,
    engine: ds.engine,
    hosting: ds.hosting,
    port: ds.port,
    network: network && {
      type: network.type,
      vpc: value(network.vpc),
      dataCenter: value(network.dataCenter),
      address: value(network.address),
      parsed: network.address?.parsed,
    },
    whitelist: ds.whitelist?.map(value),
    whitelistLengthOver: [0, 1, 5, 100].map((limit) => ds.whitelistLengthOver(limit)),
    securityGroup: value(ds.securityGroup),
  };
}

function taskValues(task: Task): unknown {
  return {
    id: task.id,
    pointer: task.pointer,
    kind: task.kind,
    resourceGroup: value(task.resourceGroup),
    refs: task.dataSourceRefs.map((ref) => ({ ...(value(ref) as object), role: ref.role })),
  };
}

function workloadValues(model: Model): unknown {
  return {
    dataSources: [...model.dataSources.byId.values()].map(dataSourceValues),
    tasks: [...model.tasks.byId.values()].map(taskValues),
    duplicates: [
      model.dataSources.duplicates.map((d) => d.id),
      model.tasks.duplicates.map((t) => t.id),
    ],
  };
}

const storedFiles = [
  'examples/scenario2-cross-region-broken.dwnet.json',
  'examples/scenario4-data-center-broken.dwnet.json',
  'test/fixtures/review/chinese-names-findings.dwnet.json',
  'test/fixtures/review/classic-and-kind.dwnet.json',
  'test/fixtures/review/binding-choice.dwnet.json',
];

describe('the model by column under edits', () => {
  it('shows, after every edit of a generated topology, what a fresh analysis shows', () => {
    const topology = generateTopology(30, 9);
    let incremental = 0;
    for (let seed = 1; seed <= 6; seed++) incremental += checkEveryStep(topology, seed, 20);
    // Most edits stay inside one entity, or this test would prove little.
    expect(incremental).toBeGreaterThan(40);
  });

  it('shows, when first asked after many edits, what a fresh analysis shows', () => {
    const topology = generateTopology(40, 4);
    let incremental = 0;
    for (let seed = 1; seed <= 12; seed++) incremental += checkAtTheEnd(topology, seed * 31, 30);
    expect(incremental).toBeGreaterThan(150);
  });

  it('shows in Chinese, when first asked after many edits, what a fresh analysis shows', () => {
    const topology = generateTopology(30, 6);
    for (let seed = 1; seed <= 4; seed++) checkAtTheEnd(topology, seed * 37, 25, 'zh-CN');
  });

  it('shows, after edits of fuzzed topologies, what a fresh analysis shows', () => {
    const texts = fc.sample(topologyText, { seed: 23, numRuns: 25 });
    texts.forEach((text, index) => {
      checkAtTheEnd(text, index + 1, 12);
      checkEveryStep(text, index + 101, 4);
    });
  });

  it('shows, after edits of an unusual topology and with CRLF line ends, what a fresh analysis shows', () => {
    // Duplicates, wrong types, odd networks and references, escaped and Chinese names first.
    const next = random(77);
    let messy = generateTopology(25, 5);
    for (let i = 0; i < 40; i++) messy = workloadEdit(messy, next) ?? messy;
    let incremental = 0;
    for (let seed = 1; seed <= 6; seed++) {
      incremental += checkAtTheEnd(messy, seed * 41, 25);
      incremental += checkEveryStep(messy, seed * 43, 6);
    }
    const crlf = generateTopology(25, 8).replace(/\n/g, '\r\n');
    for (let seed = 1; seed <= 3; seed++) {
      incremental += checkAtTheEnd(crlf, seed * 47, 25);
      incremental += checkEveryStep(crlf, seed * 53, 6);
    }
    expect(incremental).toBeGreaterThan(100);
  });

  it('shows, after edits of repeated sections and ids named like object properties, what a fresh analysis shows', () => {
    const topology = generateTopology(20, 12);
    // The data sources and tasks sections twice (the second with other ids), and ids that a
    // plain object would confuse with its own properties.
    const sectionOf = (name: string) => {
      const start = topology.indexOf(`"${name}": {`);
      const end = topology.indexOf('\n  }', start) + '\n  }'.length;
      return { start, end, text: topology.slice(start, end) };
    };
    const ds = sectionOf('dataSources');
    const tasks = sectionOf('tasks');
    const repeated = (section: { text: string }) =>
      section.text.replace(
        /"(ds|task)-(\d+)"/g,
        (_m, kind: string, n: string) => `"${kind}-${n}b"`,
      );
    const twice =
      topology.slice(0, ds.end) +
      `,\n  ${repeated(ds)}` +
      topology.slice(ds.end, tasks.end) +
      `,\n  ${repeated(tasks)}` +
      topology.slice(tasks.end);
    const odd = topology
      .replace(/"ds-1"/g, '"__proto__"')
      .replace(/"ds-2"/g, '"constructor"')
      .replace(/"task-1"/g, '"hasOwnProperty"')
      .replace(/"ds-3"/g, '"task-3"');
    for (const start of [twice, odd]) {
      expect(analyse(start).document.syntaxProblems).toEqual([]);
      for (let seed = 1; seed <= 4; seed++) {
        checkEveryStep(start, seed * 59, 8);
        checkAtTheEnd(start, seed * 61, 25);
      }
    }
  });

  it.each(storedFiles)('shows, after edits of %s, what a fresh analysis shows', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (let seed = 1; seed <= 4; seed++) {
      checkEveryStep(text, seed * 13, 8);
      checkAtTheEnd(text, seed * 17, 15);
    }
  });

  it('leaves the previous analysis its data sources and tasks, asked first after the edit', () => {
    const next = random(3);
    let text = generateTopology(30, 6);
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      const edited = workloadEdit(text, next) ?? text;
      if (edited === text) continue;
      const previous = analyse(text);
      const fresh = analyse(text);
      const expected = workloadValues(modelOf(fresh));
      const findings = structuredClone(previous.rawFindings);
      const following = analyseIncrementally(previous, edited);
      if (following?.carried) {
        checked++;
        // Nothing of the previous model was asked for before the edit.
        expect(workloadValues(modelOf(previous)), `edit ${i}`).toEqual(expected);
        expect(previous.rawFindings).toEqual(findings);
        expect(connectivityResults(previous)).toEqual(connectivityResults(fresh));
      }
      text = edited;
    }
    expect(checked).toBeGreaterThan(15);
  });
});
