// Stable, readable ids for imported entities: the resource's name slugified, else its cloud
// id; names shared by several resources get the cloud id appended. The result depends only
// on the set of resources (and the order of collections), never on the order files were read in.

/**
 * Letters (any script: most DataWorks users name things in Chinese, and `生产-vpc` reads better
 * than a cloud id), digits, `-` and `_`, lower-cased; anything else becomes `-`. Empty when
 * nothing is left.
 */
export function slug(name: string | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

export interface Named {
  cloudId: string;
  name?: string;
}

/**
 * Assigns one id per cloud id, unique among themselves and not in `taken` (the ids of every
 * collection so far: connection members name VPCs and data centers alike), and adds them to
 * `taken`. A name another resource already holds gets the collection's `prefix`
 * (`ec-idc-beijing`), then the cloud id, then a number.
 */
export function assignIds(
  resources: Named[],
  taken: Set<string>,
  prefix: string,
): Map<string, string> {
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
    const cloud = slug(r.cloudId) || prefix;
    const candidates = !s
      ? [cloud, `${prefix}-${cloud}`]
      : (bySlug.get(s) ?? 0) > 1
        ? [`${s}-${cloud}`]
        : [s, `${prefix}-${s}`, `${s}-${cloud}`];
    let id = candidates.find((c) => !taken.has(c));
    const last = candidates[candidates.length - 1] ?? cloud;
    for (let n = 2; id === undefined; n++) if (!taken.has(`${last}-${n}`)) id = `${last}-${n}`;
    taken.add(id);
    ids.set(r.cloudId, id);
  }
  return ids;
}
