// Results worked out once per model object.

/** What a one-argument computation is remembered under: every call has this same context. */
const NO_CONTEXT = {};

/**
 * `compute`, run once per key object (and per context object, when it takes one) and
 * remembered for as long as both live. For what depends on nothing but the key and the
 * context: model objects are never changed once built. An incremental analysis keeps most
 * model objects and gives them a new context (a new topology, a new VPC), so a result is
 * remembered per pair: a key seen with another context is worked out again.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V;
export function oncePerObject<K extends object, C extends object, V>(
  compute: (key: K, context: C) => V,
): (key: K, context: C) => V;
export function oncePerObject<K extends object, C extends object, V>(
  compute: (key: K, context: C) => V,
): (key: K, context: C) => V {
  // The hot one-argument case (once per data source of a large topology) keeps one map.
  if (compute.length < 2) return remembered((key: K) => compute(key, NO_CONTEXT as C));
  const byKey = remembered((_key: K) => remembered((context: C) => compute(_key, context)));
  return (key, context) => byKey(key)(context);
}

function remembered<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    let result = results.get(key);
    // `has`: a computation may answer undefined, which is remembered too.
    if (result === undefined && !results.has(key)) {
      result = compute(key);
      results.set(key, result);
    }
    return result as V;
  };
}

/** `compute`, run on the first call only; later calls answer the same value. */
export function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
