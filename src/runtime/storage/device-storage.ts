import { memoryStore, type KeyValueStore } from './key-value-store.js';

/**
 * The browser's localStorage (or sessionStorage, kept only until the window closes) as a
 * `KeyValueStore` that never throws. Third-party frames and private modes may block or cap it
 * (standards §5.12); then values live in memory for this visit.
 */
export function createDeviceStorage(win: Window, area: 'localStorage' | 'sessionStorage' = 'localStorage'): KeyValueStore {
  let storage: Storage | undefined;
  try {
    storage = win[area];
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
      // A value kept in memory is newer than what storage holds: storage refused it.
      const kept = fallback.get(key);
      if (kept !== null) return kept;
      try {
        return local.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        local.setItem(key, value);
        fallback.remove(key);
        return true;
      } catch {
        return fallback.set(key, value); // quota exceeded: keep it for this visit at least
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
