/** String storage that may fail quietly (same shape as `BlockHost.local`). */
export interface KeyValueStore {
  get(key: string): string | null;
  /** Stores the value; false when it is only kept in memory for this visit (storage refused or full). */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** True of a store that keeps nothing beyond this visit (`memoryStore`). */
  readonly memoryOnly?: true;
}

/** A view of `store` whose keys all start with `prefix`, so courses and learners never collide. */
export function prefixedStore(store: KeyValueStore, prefix: string): KeyValueStore {
  return {
    get: (key) => store.get(prefix + key),
    set: (key, value) => store.set(prefix + key, value),
    remove: (key) => store.remove(prefix + key),
    ...(store.memoryOnly && { memoryOnly: true }),
  };
}

/** In-memory store, used when the browser refuses device storage (private mode, sandboxed frames). */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    // Gone after this visit, so never reported as kept.
    set: (key, value) => (values.set(key, value), false),
    remove: (key) => void values.delete(key),
    memoryOnly: true,
  };
}
