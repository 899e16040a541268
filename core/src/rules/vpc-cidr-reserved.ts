// A VPC may not use or contain 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 or 169.254.0.0/16,
// in its CIDR block or in a secondary CIDR block.
import { vpcBlocks } from '../analysis/vpcSpace';
import { overlaps, RESERVED_VPC_RANGES, type Ipv4Range } from '../cidr';
import type { CidrValue, Vpc } from '../model';
import type { Rule, RuleContext } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vpc-cidr-reserved',
    description: "A VPC's CIDR block uses or contains a reserved range.",
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach` and index loops: no iterator result per VPC or block in a cold check, and no
    // list per block unless one overlaps a reserved range (nearly never). The callback is a
    // module-level function given the context as `this`, not a closure made per check (V8
    // keeps a function's optimised code only while one of its closures lives).
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

function checkVpc(this: RuleContext, vpc: Vpc): void {
  const blocks = vpcBlocks(vpc);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as CidrValue;
    const parsed = block.parsed;
    if (!parsed.ok || !overlapsReserved(parsed.range)) continue;
    const reserved = RESERVED_VPC_RANGES.filter((r) => overlaps(r.range, parsed.range));
    this.report({
      node: block.node,
      pointer: block.pointer,
      message: this.l10n.t('vpc-cidr-reserved.message', {
        cidr: block.value,
        vpc: vpc.id,
        reserved: this.l10n.list(reserved.map((r) => r.cidr)),
      }),
    });
  }
}

/** Whether `range` overlaps a reserved range (an index loop: no closure per block). */
function overlapsReserved(range: Ipv4Range): boolean {
  for (let i = 0; i < RESERVED_VPC_RANGES.length; i++)
    if (overlaps((RESERVED_VPC_RANGES[i] as (typeof RESERVED_VPC_RANGES)[number]).range, range))
      return true;
  return false;
}
