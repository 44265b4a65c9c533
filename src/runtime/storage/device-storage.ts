import { memoryStore, type KeyValueStore } from './key-value-store.js';

/**
 * The browser's localStorage as a `KeyValueStore` that never throws. Third-party frames and
 * private modes may block or cap it (standards §5.12); then values live in memory for this visit.
 */
export function createDeviceStorage(win: Window): KeyValueStore {
  let storage: Storage | undefined;
  try {
    storage = win.localStorage;
    const probe = '__cw_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
  } catch {
    return memoryStore();
  }
  const fallback = memoryStore();
  const local = storage;
  return {
    get(key) {
      try {
        return local.getItem(key) ?? fallback.get(key);
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      try {
        local.setItem(key, value);
      } catch {
        fallback.set(key, value); // quota exceeded: keep it for this visit at least
      }
    },
    remove(key) {
      fallback.remove(key);
      try {
        local.removeItem(key);
      } catch {
        // Nothing to undo: the value is gone from memory, and storage is unreachable.
      }
    },
  };
}
