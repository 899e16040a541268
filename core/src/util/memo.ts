// Results worked out once per model object.

/**
 * `compute`, run once per key object and remembered for as long as the key lives. For
 * what depends on nothing but the key (and on `context`, which must be the same for one
 * key): model objects are never changed once built.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V;
export function oncePerObject<K extends object, C, V>(
  compute: (key: K, context: C) => V,
): (key: K, context: C) => V;
export function oncePerObject<K extends object, C, V>(
  compute: (key: K, context: C) => V,
): (key: K, context: C) => V {
  const results = new WeakMap<K, V>();
  return (key, context) => {
    let result = results.get(key);
    if (result === undefined) {
      result = compute(key, context);
      results.set(key, result);
    }
    return result;
  };
}
