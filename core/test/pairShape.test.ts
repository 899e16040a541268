// A pair keeps its scenario, flags and roles in one number and the way its traffic takes in a
// route it may share with other pairs (core/src/analysis/pair.ts, pairRoute.ts): each field
// must read back as written, leave the others as they were, and never change another pair's.
// (That a pair decided at once reads as one evaluated in full: pairSteps.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connection, TaskRole } from '../src/model';
import { ROLES } from '../src/model/columns/tasks';
import { Pair } from '../src/analysis/pair';
import { PairContext } from '../src/analysis/pairContext';
import { NO_ROUTE, PairRoute } from '../src/analysis/pairRoute';
import type { Scenario } from '../src/analysis/connectivity';
import { analyse } from '../src/index';

function contextOf(example: string): PairContext {
  const text = readFileSync(join(__dirname, '../../examples', example), 'utf8');
  const { topology } = analyse(text);
  if (!topology) throw new Error(`${example}: no topology`);
  return new PairContext(topology);
}

const context = contextOf('scenario3-cross-account.dwnet.json');
const someConnection: Connection = context.model.connections.at(0);

/** Every list of distinct roles, in every order. */
function roleLists(rest: readonly TaskRole[] = ROLES): TaskRole[][] {
  const lists: TaskRole[][] = [];
  rest.forEach((role, index) => {
    lists.push([role]);
    const others = [...rest.slice(0, index), ...rest.slice(index + 1)];
    for (const tail of roleLists(others)) lists.push([role, ...tail]);
  });
  return lists;
}

const newPair = (roles: TaskRole[] = ['source']) => new Pair(context, 0, roles, undefined, 0, 0);

describe('a pair', () => {
  it('reads back every list of roles it is given, in order', () => {
    const lists = roleLists();
    expect(lists).toHaveLength(15);
    for (const roles of lists) {
      expect(newPair(roles).roles).toEqual(roles);
      const pair = newPair();
      pair.scenario = 4;
      pair.ok = true;
      pair.roles = roles;
      expect([pair.roles, pair.scenario, pair.ok]).toEqual([roles, 4, true]);
    }
  });

  it('keeps its scenario and flags apart from each other and from its roles', () => {
    const scenarios: (Scenario | null)[] = [null, 1, 2, 3, 4, 5];
    const unresolved = [undefined, 'unknown-reference', 'schema'] as const;
    for (const scenario of scenarios)
      for (const ok of [false, true])
        for (const overInternet of [false, true])
          for (const reason of unresolved) {
            const pair = newPair(['destination', 'source']);
            pair.unresolved = 'schema';
            pair.overInternet = true;
            pair.scenario = 2;
            pair.scenario = scenario;
            pair.ok = ok;
            pair.overInternet = overInternet;
            pair.unresolved = reason;
            expect([
              pair.scenario,
              pair.ok,
              pair.overInternet,
              pair.unresolved,
              pair.roles,
            ]).toEqual([scenario, ok, overInternet, reason, ['destination', 'source']]);
          }
  });

  it('writes its route into a copy of its own, never into a shared one', () => {
    const shared = new PairRoute(
      undefined,
      someConnection,
      undefined,
      [],
      '203.0.113.7',
      undefined,
      true,
    );
    const first = newPair();
    const second = newPair();
    first.takeRoute(shared);
    second.takeRoute(shared);
    // The value it already has: nothing changes.
    second.via = someConnection;
    second.publicIp = '198.51.100.1';
    second.via = undefined;
    expect([first.via, first.publicIp, first.linkedConnections]).toEqual([
      someConnection,
      '203.0.113.7',
      [],
    ]);
    expect([second.via, second.publicIp, second.linkedConnections]).toEqual([
      undefined,
      '198.51.100.1',
      [],
    ]);
    expect([shared.via, shared.publicIp]).toEqual([someConnection, '203.0.113.7']);
    const third = newPair();
    third.natGateway = undefined;
    third.transitive = undefined;
    expect([third.via, third.binding, third.natGateway]).toEqual([undefined, undefined, undefined]);
    expect([NO_ROUTE.via, NO_ROUTE.binding, NO_ROUTE.publicIp]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
