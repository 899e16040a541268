// Stable, readable ids for imported entities. An id comes from the source's own name for
// the entity (`vpc_name`, a DataWorks resource group's name, …) and otherwise from its
// resource address; ids are unique across every collection, because connection members
// name VPCs and data centers alike and vSwitch ids are looked up across VPCs. The same
// input always gives the same ids: callers ask in a sorted order.

/** Lower-case letters, digits, `-`, `_` and `.`; anything else becomes one `-`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * A Terraform address as an id: module names, the resource name and its index, without the
 * `alicloud_` type (which the collection already says): `module.vpc.alicloud_vswitch.this[0]`
 * → `vpc-this-0`, `alicloud_vpc.default` → `default`.
 */
export function addressSlug(address: string): string {
  const parts: string[] = [];
  // Segments: `module`, `<name>[key]`, `<type>`, `<name>[key]`; dots inside quoted keys stay.
  const segments = address.split(/\.(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    if (segment === 'module' || segment === 'data') continue;
    const match = /^([A-Za-z0-9_-]+)(?:\[(.*)\])?$/.exec(segment);
    if (!match) {
      parts.push(segment);
      continue;
    }
    const name = match[1] ?? '';
    const key = match[2];
    // A resource type is followed by the resource name; the type adds nothing to an id.
    if (/^alicloud_/.test(name) && i + 1 < segments.length) continue;
    parts.push(name);
    if (key !== undefined) parts.push(key.replace(/^"|"$/g, ''));
  }
  return slug(parts.join('-')) || slug(address) || 'imported';
}

/** Hands out unique ids; the first to ask for a name gets it, the next get a prefix or a number. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Reserves an id that must not be handed out (an id already in a merged file). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /**
   * A unique id for `preferred` (already readable text); on a clash, `<prefix>-<preferred>`,
   * then `<prefix>-<preferred>-2`, `-3`, ….
   */
  allocate(preferred: string, prefix: string): string {
    const base = slug(preferred) || prefix;
    const candidates = [base];
    if (!base.startsWith(`${prefix}-`) && base !== prefix) candidates.push(`${prefix}-${base}`);
    for (const candidate of candidates) {
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    const last = candidates[candidates.length - 1] ?? base;
    for (let n = 2; ; n++) {
      const candidate = `${last}-${n}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}
