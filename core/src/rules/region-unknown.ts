// Region ids are Alibaba Cloud's (cn-hangzhou, ap-southeast-1, …); a typo changes the scenario.
import { KNOWN_REGIONS, KNOWN_REGION_SET } from '../regions';
import type { ResourceGroup, StringValue, Vpc } from '../model';
import { pathOf } from '../parse';
import { closest } from '../util/similar';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'region-unknown',
    description: 'A region is not a known Alibaba Cloud region id.',
    defaultSeverity: 'warning',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    const { model } = context;
    const regions: StringValue[] = [];
    if (model.defaults.region) regions.push(model.defaults.region);
    // `forEach`, not `for … of` over maps: no iterator result per VPC or group in a cold
    // check. Module-level callbacks given the list as `this`, not closures made per check:
    // V8 keeps a function's optimised code only while one of its closures lives.
    model.vpcs.byId.forEach(pushRegion, regions);
    model.resourceGroups.byId.forEach(pushRegion, regions);
    for (const region of regions) {
      if (KNOWN_REGION_SET.has(region.value)) continue;
      const best = closest(region.value, KNOWN_REGIONS);
      if (best === undefined) continue; // never: the list of known regions is not empty
      context.report({
        node: region.node,
        pointer: region.pointer,
        message: context.l10n.t('region-unknown.message', { region: region.value, best }),
        fixes: [
          {
            title: context.l10n.t('fix.replaceWith', { value: best }),
            isPreferred: true,
            operations: [{ op: 'set', path: pathOf(region.node), value: best }],
          },
        ],
      });
    }
  },
};

/** Adds an entity's region, if it names one, to the list given as `this`. */
function pushRegion(this: StringValue[], entity: Vpc | ResourceGroup): void {
  if (entity.region) this.push(entity.region);
}
