// What reading a Terraform source yields, whatever the source: an HCL directory evaluated
// statically (evaluate.ts), `terraform show -json` of a plan or a state, or a raw
// terraform.tfstate (json.ts). The mapper (map.ts) turns these resources into a topology
// and never needs to know which source they came from.
import type { MessageKey } from '../../l10n/index';
import { importText, type ImportWords } from '../text';

/**
 * A value known only after `terraform apply` (an EIP's address, a generated id), or one the
 * static evaluation could not compute. Two unknowns with the same `origin` are the same
 * value (e.g. `alicloud_eip.nat.ip_address`), so a reference can still be followed.
 */
export class Unknown {
  constructor(
    /** The expression or attribute the value comes from, e.g. `alicloud_vpc.main.id`. */
    readonly origin: string,
    /** Why it is unknown, for the `// unresolved:` comment: "known after apply", … */
    readonly reason: ImportWords,
  ) {}
}

/** Why a value is unknown (`importText.reason.*`), for the `// unresolved:` comment. */
export const REASON = {
  afterApply: importText('importText.reason.afterApply'),
  cloud: importText('importText.reason.cloud'),
  cycle: importText('importText.reason.cycle'),
  moduleMissing: importText('importText.reason.moduleMissing'),
  noValue: importText('importText.reason.noValue'),
  count: importText('importText.reason.count'),
  forEach: importText('importText.reason.forEach'),
  terraformRuns: importText('importText.reason.terraformRuns'),
  fileMissing: importText('importText.reason.fileMissing'),
  dependsOnApply: importText('importText.reason.dependsOnApply'),
} as const;

/** Whether `reason` is the catalogue's text `key` (reasons are compared by key, not by words). */
export function isReason(reason: ImportWords, key: MessageKey): boolean {
  return typeof reason !== 'string' && reason.key === key;
}

export type TfValue =
  string | number | boolean | null | Unknown | TfValue[] | { [key: string]: TfValue };

export interface TerraformResource {
  /** Full address, e.g. `module.net["a"].alicloud_vswitch.this[0]`. */
  address: string;
  /** Resource type, e.g. `alicloud_vswitch`. */
  type: string;
  /** Resource name, e.g. `this`. */
  name: string;
  mode: 'managed' | 'data';
  /**
   * Attributes with their evaluated values; nested blocks (including expanded dynamic
   * blocks) as arrays of objects under the block's name, as `terraform show -json` has them.
   */
  values: { [key: string]: TfValue };
  /** The region of the provider configuration (alias) the resource uses, when known. */
  region?: string | Unknown;
  /**
   * Set when the resource's provider configuration acts in another account than the default
   * credentials (an `assume_role`): that account's UID when known, else the configuration's name.
   */
  account?: string;
  /** Where the resource is declared, relative to the imported directory (1-based line). */
  file?: string;
  line?: number;
}

export interface ImportNote {
  /** `unresolved`: a value or module that could not be known; `error`: input that could not be read. */
  level: 'unresolved' | 'warning' | 'error';
  message: ImportWords;
  file?: string;
  line?: number;
}

export interface TerraformReadResult {
  resources: TerraformResource[];
  notes: ImportNote[];
}
