// The rule catalogue (SPEC §4), in the SPEC's order. A rule is one file in this folder,
// named after its code; core/test/catalogue.test.ts checks that every code has its
// file, docs page and fixtures.
import { t, type Locale, type MessageKey } from '../l10n';
import { en } from '../l10n/en';
import type { RuleMeta } from '../types';
import type { Rule } from './rule';
import { rule as whitelistMissing } from './whitelist-missing';
import { rule as routeMissing } from './route-missing';
import { rule as connectionMissing } from './connection-missing';
import { rule as vpcNotAssociated } from './vpc-not-associated';
import { rule as natMissing } from './nat-missing';
import { rule as snatMissing } from './snat-missing';
import { rule as eipMissing } from './eip-missing';
import { rule as classicNetwork } from './classic-network';
import { rule as rgSgEgressMissing } from './rg-sg-egress-missing';
import { rule as rgSgIngressMissing } from './rg-sg-ingress-missing';
import { rule as dsSgIngressMissing } from './ds-sg-ingress-missing';
import { rule as transitivePath } from './transitive-path';
import { rule as internetUnstable } from './internet-unstable';
import { rule as eipMayChange } from './eip-may-change';
import { rule as taskKindMismatch } from './task-kind-mismatch';
import { rule as legacyResourceGroup } from './legacy-resource-group';
import { rule as valueAfterApply } from './value-after-apply';
import { rule as jsonSyntax } from './json-syntax';
import { rule as schema } from './schema';
import { rule as duplicateId } from './duplicate-id';
import { rule as unknownReference } from './unknown-reference';
import { rule as cidrInvalid } from './cidr-invalid';
import { rule as ipInvalid } from './ip-invalid';
import { rule as ipv6Unsupported } from './ipv6-unsupported';
import { rule as cidrHostBits } from './cidr-host-bits';
import { rule as vpcCidrMask } from './vpc-cidr-mask';
import { rule as vswitchCidrMask } from './vswitch-cidr-mask';
import { rule as vswitchOutsideVpc } from './vswitch-outside-vpc';
import { rule as vswitchOverlap } from './vswitch-overlap';
import { rule as addressOutsideNetwork } from './address-outside-network';
import { rule as cidrConflict } from './cidr-conflict';
import { rule as bindingOutOfScope } from './binding-out-of-scope';
import { rule as bindingVswitchMismatch } from './binding-vswitch-mismatch';
import { rule as sgVpcMismatch } from './sg-vpc-mismatch';
import { rule as addressNotPublic } from './address-not-public';
import { rule as routeOwnVpc } from './route-own-vpc';
import { rule as routeUnused } from './route-unused';
import { rule as natNoEip } from './nat-no-eip';
import { rule as snatEipUnknown } from './snat-eip-unknown';
import { rule as whitelistOpen } from './whitelist-open';
import { rule as connectionTypeMismatch } from './connection-type-mismatch';
import { rule as vpcCidrReserved } from './vpc-cidr-reserved';
import { rule as bindingVpcUnsupported } from './binding-vpc-unsupported';
import { rule as addressReserved } from './address-reserved';
import { rule as snatDuplicateSource } from './snat-duplicate-source';
import { rule as regionUnknown } from './region-unknown';
import { rule as whitelistTooLong } from './whitelist-too-long';
import { rule as unused } from './unused';
import { rule as suppressionInvalid } from './suppression-invalid';
import { rule as suppressionUnused } from './suppression-unused';

export const RULE_IMPLEMENTATIONS: readonly Rule[] = [
  whitelistMissing,
  routeMissing,
  connectionMissing,
  vpcNotAssociated,
  natMissing,
  snatMissing,
  eipMissing,
  classicNetwork,
  rgSgEgressMissing,
  rgSgIngressMissing,
  dsSgIngressMissing,
  transitivePath,
  internetUnstable,
  eipMayChange,
  taskKindMismatch,
  legacyResourceGroup,
  valueAfterApply,
  jsonSyntax,
  schema,
  duplicateId,
  unknownReference,
  cidrInvalid,
  ipInvalid,
  ipv6Unsupported,
  cidrHostBits,
  vpcCidrMask,
  vswitchCidrMask,
  vswitchOutsideVpc,
  vswitchOverlap,
  addressOutsideNetwork,
  cidrConflict,
  bindingOutOfScope,
  bindingVswitchMismatch,
  sgVpcMismatch,
  addressNotPublic,
  routeOwnVpc,
  routeUnused,
  natNoEip,
  snatEipUnknown,
  whitelistOpen,
  connectionTypeMismatch,
  vpcCidrReserved,
  bindingVpcUnsupported,
  addressReserved,
  snatDuplicateSource,
  regionUnknown,
  whitelistTooLong,
  unused,
  suppressionInvalid,
  suppressionUnused,
];

export const RULES: readonly RuleMeta[] = RULE_IMPLEMENTATIONS.map((rule) => rule.meta);

const byCode = new Map(RULES.map((meta) => [meta.code, meta]));

export function ruleMeta(code: string): RuleMeta | undefined {
  return byCode.get(code);
}

/** What a rule or notice checks, in the given language (`dwnet rules`, SARIF, docs). */
export function ruleDescription(meta: RuleMeta, locale: Locale = 'en'): string {
  const key = `rule.${meta.code}`;
  return key in en ? t(locale, key as MessageKey) : meta.description;
}

export const DOCS_BASE_URL = 'https://github.com/dwnet/dwnet/blob/main/docs/rules/';

/** The rule's page; the Chinese one (docs/rules/zh-CN/) when the locale is Chinese. */
export function ruleDocsUrl(code: string, locale: Locale = 'en'): string {
  return locale === 'zh-CN' ? `${DOCS_BASE_URL}zh-CN/${code}.md` : `${DOCS_BASE_URL}${code}.md`;
}
