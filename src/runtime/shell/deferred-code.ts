import { loadScript } from './load-script.js';

/**
 * Code of the player that no first screen needs (what a click needs later): a script of its own
 * beside the core, `<base>/features/<name>.js` (src/runtime/features/<name>.ts), loaded the first
 * time it is asked for and prefetched once the learner is reading.
 */
export interface DeferredCode<T> {
  /** The code, when its script has run already. */
  loaded(): T | undefined;
  /** The code, loading its script the first time; undefined when it could not be loaded (asked again, it is tried again). */
  load(): Promise<T | undefined>;
}

/** Name of the global object feature scripts register with. */
const registryName = 'coursewrightFeatures';

/** The page's feature registry: what the feature scripts that have run put there, by name. */
export function featureRegistry(win: Window): Partial<Record<string, unknown>> {
  const globals = win as unknown as Record<string, Partial<Record<string, unknown>> | undefined>;
  return (globals[registryName] ??= {});
}

/**
 * A loader of the feature script `name` beside the core script (`base`, its URL): one classic
 * `<script>`, which plays from `file://` and under the page's `script-src 'self'`. One that failed
 * to load (a flaky network) is requested again when asked for again.
 */
export function createDeferredCode<T>(doc: Document, base: string, name: string): DeferredCode<T> {
  const win = doc.defaultView ?? window;
  let pending: Promise<T | undefined> | undefined;
  const loaded = (): T | undefined => featureRegistry(win)[name] as T | undefined;
  const load = (): Promise<T | undefined> => {
    const ready = loaded();
    if (ready) return Promise.resolve(ready);
    if (!pending) {
      const src = new URL(`features/${name}.js`, base).href;
      pending = loadScript(doc, src).then((ran) => {
        const code = ran ? loaded() : undefined;
        if (code) return code;
        console.warn(`coursewright: ${src} could not be loaded; what needs it waits.`);
        pending = undefined;
        return undefined;
      });
    }
    return pending;
  };
  return { loaded, load };
}
