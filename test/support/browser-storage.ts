import type { KeyValueStore } from '../../src/runtime/storage/key-value-store.js';

/**
 * A device store that outlives the tab, as a browser's localStorage does (a store in memory,
 * `memoryStore`, is what a browser that keeps nothing on the device gets: it says so, and the
 * player tells the learner nothing is kept there).
 */
export function browserStorage(): KeyValueStore {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key) ?? null, set: (key, value) => (values.set(key, value), true), remove: (key) => void values.delete(key) };
}
