// Results remembered per model object (core/src/util/memo.ts): a result is reused only for
// the very key and context it was worked out for.
import { describe, expect, it } from 'vitest';
import { lazy, oncePerObject } from '../../src/util/memo';

describe('oncePerObject', () => {
  it('works a result out once per key', () => {
    let calls = 0;
    const length = oncePerObject((list: number[]) => {
      calls++;
      return list.length;
    });
    const list = [1, 2, 3];
    expect(length(list)).toBe(3);
    expect(length(list)).toBe(3);
    expect(length([1])).toBe(1);
    expect(calls).toBe(2);
  });

  it('works a result out again for the same key in another context', () => {
    // A resource group's bindings resolved against the VPCs of one topology must not be
    // answered for the next version's topology, where a VPC was replaced.
    const vpcOf = oncePerObject((binding: { vpc: string }, vpcs: Map<string, { cidr: string }>) =>
      vpcs.get(binding.vpc),
    );
    const binding = { vpc: 'vpc-1' };
    const before = new Map([['vpc-1', { cidr: '10.0.0.0/16' }]]);
    const after = new Map([['vpc-1', { cidr: '10.1.0.0/16' }]]);
    expect(vpcOf(binding, before)?.cidr).toBe('10.0.0.0/16');
    expect(vpcOf(binding, after)?.cidr).toBe('10.1.0.0/16');
    expect(vpcOf(binding, before)?.cidr).toBe('10.0.0.0/16');
  });

  it('remembers an undefined result', () => {
    let calls = 0;
    const nothing = oncePerObject((_key: object): undefined => {
      calls++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});

describe('lazy', () => {
  it('computes on the first call only', () => {
    let calls = 0;
    const value = lazy(() => ++calls);
    expect(value()).toBe(1);
    expect(value()).toBe(1);
    expect(calls).toBe(1);
  });
});
