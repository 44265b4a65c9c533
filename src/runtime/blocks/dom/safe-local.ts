import type { BlockHost } from '../../block-api.js';

/**
 * Device storage that never throws: private browsing and locked-down hospital browsers may refuse
 * storage, and a reflection must then still work for the session. `ok` tells the UI whether text
 * survives a reload.
 */
export function safeLocal(host: BlockHost): { ok: boolean; get(key: string): string | null; set(key: string, value: string): boolean; remove(key: string): void } {
  const api = {
    ok: true,
    get(key: string): string | null {
      try {
        return host.local.get(key);
      } catch {
        api.ok = false;
        return null;
      }
    },
    set(key: string, value: string): boolean {
      try {
        if (host.local.set(key, value)) return true;
        api.ok = false; // kept for this visit only
        return false;
      } catch {
        api.ok = false;
        return false;
      }
    },
    remove(key: string): void {
      try {
        host.local.remove(key);
      } catch {
        api.ok = false;
      }
    },
  };
  return api;
}
