// The steps of SPEC §3 a pair is checked against, one member per code with exactly the
// fields that code carries: a rule that asks for the missing steps of its code gets that
// member (`missingSteps(context, code)`), and a switch on `code` narrows the rest.
import type { Binding, NatGateway, SecurityGroup, TaskKind, VSwitch, Vpc } from '../model';
import type { Denial } from './securityGroups';

/** The network a connection or a route leads to. */
export interface StepTarget {
  id: string;
  kind: 'vpc' | 'dataCenter';
}

/** What a step says of a binding: it is refused, or its vSwitch is not its VPC's. */
interface BindingFields {
  binding: Binding;
  vpc: Vpc;
}

/** What a security group step says: the group, the rule it needs, and what refuses it. */
interface SecurityGroupFields {
  securityGroup: SecurityGroup;
  /** The CIDR block or address the rule must allow. */
  needed: string;
  /** The binding whose traffic it is (none for an old-version group's EIP). */
  binding?: Binding;
  /** When the step fails: the rules (or the default) that refuse the traffic. */
  denial?: Denial;
}

/** The fields of each step, by code. */
export interface StepFields {
  /** A VPC to bind and its vSwitch, when the file names one the console accepts. */
  'vpc-not-associated': { bindTo?: { vpc: Vpc; vSwitch?: VSwitch } };
  /** `target`: the network to connect to (the rule finds a CEN either end is on). */
  'connection-missing': BindingFields & { target: StepTarget };
  'route-missing': BindingFields & {
    /** The route to add, when the target has a block or the address is one. */
    needed?: string;
    /** A second choice for the route to add (the address's /32). */
    alternative?: string;
    /**
     * The network block that `needed` is a part of, when routes already cover the rest of
     * what the block holds around the address.
     */
    partOf?: string;
    /** The network the route leads to. */
    target: StepTarget;
  };
  'whitelist-missing': {
    /** The values to add, comma-separated. */
    needed: string;
    /**
     * The entries to add, one value each, where entries cover as a union: the uncovered
     * blocks of the vSwitch, or the EIPs not held; when the step holds, all it needs.
     */
    add: string[];
    /** The public address the data source sees, when it sees one. */
    publicIp?: string;
    binding?: Binding;
    vSwitch?: VSwitch;
  };
  'nat-missing': BindingFields & { vSwitch?: VSwitch };
  'nat-no-eip': { gateway: NatGateway };
  'snat-missing': {
    /** The EIP an entry should use: the gateway's first valid one. */
    needed?: string;
    /** The uncovered blocks of a vSwitch other entries partly cover. */
    add?: string[];
    gateway: NatGateway;
    vSwitch?: VSwitch;
    binding: Binding;
  };
  /** An SNAT entry translating the binding's vSwitch with an EIP its gateway does not have. */
  'snat-eip-unknown': {
    gateway: NatGateway;
    /** Those EIPs, comma-separated. */
    needed: string;
  };
  'eip-missing': object;
  'ip-invalid': object;
  'rg-sg-egress-missing': SecurityGroupFields & { port?: number };
  'rg-sg-ingress-missing': SecurityGroupFields;
  'ds-sg-ingress-missing': SecurityGroupFields & { port?: number };
  'classic-network': object;
  // Structural problems that make a binding unusable. Their own rules report them; as steps
  // they only keep the pair from counting as connected.
  'binding-out-of-scope': BindingFields;
  'binding-vpc-unsupported': BindingFields;
  /**
   * A binding whose vSwitch is not one of its VPC's (binding-vswitch-mismatch, or a name no
   * VPC has: unknown-reference).
   */
  'binding-vswitch-mismatch': BindingFields;
  'unknown-reference': BindingFields;
  /** A binding or an ECS-hosted data source naming a security group of another VPC. */
  'sg-vpc-mismatch': { securityGroup: SecurityGroup; vpc: Vpc };
  /**
   * An internet data source whose address is private cannot be reached over the Internet
   * (reported by address-not-public, the document's scenario 5 step 3).
   */
  'address-not-public': object;
  /** The task cannot run on its resource group at all: the only kind it runs. */
  'task-kind-mismatch': { runs: TaskKind };
}

export type StepCode = keyof StepFields;

/** What every step has: its code, whether it holds, and what decides it after apply. */
interface StepBase<C extends StepCode> {
  code: C;
  ok: boolean;
  /**
   * Values known only after apply (`${…}`) that decide this step: it is not checked until
   * applied (value-after-apply). `ok` stays true: nothing is known to be missing.
   */
  afterApply?: string[];
}

/** A step of any code: whether it holds, and the values its code carries. */
export type Step = { [C in StepCode]: StepBase<C> & StepFields[C] }[StepCode];

/** The step of one code (of several, for a union of codes). */
export type StepOf<C extends StepCode> = Extract<Step, { code: C }>;

export const missingCount = (steps: readonly Step[]): number => steps.filter((s) => !s.ok).length;

/**
 * A candidate's steps, appended in place with the missing ones counted: the evaluation of a
 * pair reuses two of these for all its candidates and keeps an exact copy of the chosen one's
 * (an array grown by `push` from empty has room for 17). While `counting`, steps are counted
 * and not kept: a pair whose chosen candidate misses nothing makes its steps when they are
 * read (connectivity.ts), and the steps of its own (a route, an egress rule) need not be
 * made at all (`count`).
 */
export class StepList {
  items: Step[];
  size: number;
  missing: number;
  /** Some step is decided only after apply (it carries `afterApply`). */
  afterApply: boolean;
  counting: boolean;

  constructor() {
    this.items = [];
    this.size = 0;
    this.missing = 0;
    this.afterApply = false;
    this.counting = false;
  }

  push(step: Step): void {
    if (!this.counting) this.items[this.size++] = step;
    if (!step.ok) this.missing++;
    if (step.afterApply) this.afterApply = true;
  }

  /** A step that carries no `afterApply`, counted without being made (`counting` only). */
  count(ok: boolean): void {
    if (!ok) this.missing++;
  }

  pushAll(steps: readonly Step[]): void {
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index];
      if (step) this.push(step);
    }
  }

  clear(): void {
    this.size = 0;
    this.missing = 0;
    this.afterApply = false;
  }

  toArray(): Step[] {
    return this.items.slice(0, this.size);
  }
}
