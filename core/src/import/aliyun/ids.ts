// Stable, readable ids for imported entities: the resource's name slugified, else its cloud
// id; names shared by several resources get the cloud id appended. The result depends only
// on the set of resources, never on the order files were read in.

/** Lower-case letters, digits, `-` and `_`; anything else becomes `-`. Empty when nothing is left. */
export function slug(name: string | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

export interface Named {
  cloudId: string;
  name?: string;
}

/**
 * Assigns one id per cloud id, unique among themselves and not in `taken` (ids other
 * collections or earlier batches of the same collection hold), and adds them to `taken`.
 */
export function assignIds(resources: Named[], taken: Set<string> = new Set()): Map<string, string> {
  const sorted = [...new Map(resources.map((r) => [r.cloudId, r])).values()].sort((a, b) =>
    a.cloudId < b.cloudId ? -1 : a.cloudId > b.cloudId ? 1 : 0,
  );
  const bySlug = new Map<string, number>();
  for (const r of sorted) {
    const s = slug(r.name);
    if (s) bySlug.set(s, (bySlug.get(s) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  for (const r of sorted) {
    const s = slug(r.name);
    const cloud = slug(r.cloudId) || 'imported';
    let id = !s ? cloud : (bySlug.get(s) ?? 0) > 1 || taken.has(s) ? `${s}-${cloud}` : s;
    for (let n = 2; taken.has(id); n++) id = `${s || cloud}-${n}`;
    taken.add(id);
    ids.set(r.cloudId, id);
  }
  return ids;
}
