import type { MountBlock } from '../block-api.js';
import { blockRegistry, type BlockKind } from '../blocks/block-registry.js';
import { loadScript } from './load-script.js';
import { loadStylesheet } from './load-stylesheet.js';

/** Gets the browser code of a block kind, loading its chunk the first time it is asked for. */
export interface BlockLoader {
  /** The kind's mount function; undefined when its chunk could not be loaded (the block stays static). */
  load(kind: BlockKind): Promise<MountBlock<never> | undefined>;
  /** The kind's mount function when its chunk has run already (and its styles are in the page). */
  loaded(kind: BlockKind): MountBlock<never> | undefined;
}

/**
 * A loader of the chunks beside the core script: `<base>/blocks/<kind>.js` with its styles
 * `<base>/blocks/<kind>.css`, where `base` is the core script's URL (`assets/coursewright.js`).
 * A kind is loaded once both are in: a block is never shown working but unstyled. Each chunk is
 * one classic `<script>`, which plays from `file://` and under the page's `script-src 'self'`; a
 * chunk the page already ran (one that came with the core script, its styles in the page's
 * stylesheet) is not requested again; one that failed to load is, when asked for again. A chunk's
 * file ends with the player strings only its code reads (`pageStrings` in translate.ts): they are
 * in the translator's table once the script has run, so before the kind's mount function is handed out.
 */
export function createBlockLoader(doc: Document, base: string): BlockLoader {
  const win = doc.defaultView ?? window;
  const pending = new Map<BlockKind, Promise<MountBlock<never> | undefined>>();
  // Kinds asked for here, and those of them whose styles are in: the others came with the core script.
  const requested = new Set<BlockKind>();
  const styled = new Set<BlockKind>();
  const loaded = (kind: BlockKind): MountBlock<never> | undefined => (!requested.has(kind) || styled.has(kind) ? blockRegistry(win)[kind] : undefined);
  const load = (kind: BlockKind): Promise<MountBlock<never> | undefined> => {
    const ready = loaded(kind);
    if (ready) return Promise.resolve(ready);
    let loading = pending.get(kind);
    if (!loading) {
      requested.add(kind);
      const src = new URL(`blocks/${kind}.js`, base).href;
      const styles = styled.has(kind) ? Promise.resolve(true) : loadStylesheet(doc, new URL(`blocks/${kind}.css`, base).href);
      loading = Promise.all([blockRegistry(win)[kind] ? Promise.resolve(true) : loadScript(doc, src), styles]).then(([ran, inPage]) => {
        if (inPage) styled.add(kind);
        if (ran && inPage) return loaded(kind);
        console.error(`coursewright: the code of the ${kind} blocks (${src}) could not be loaded; showing their static version.`);
        // Asked for again later (the next time such a lesson is shown): the network may be back.
        pending.delete(kind);
        return undefined;
      });
      pending.set(kind, loading);
    }
    return loading;
  };
  return { load, loaded };
}
