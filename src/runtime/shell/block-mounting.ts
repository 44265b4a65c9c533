import type { BlockHost, MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';
import type { BlockKind } from '../blocks/block-registry.js';
import type { BlockLoader } from './block-loader.js';
import { mountBlocks } from './mount-blocks.js';

/** Mounts blocks as their lessons are shown and their code arrives: one chunk per block kind, loaded when needed. */
export interface BlockMounting {
  /**
   * Mounts `blocks` (a lesson's, in the page), loading their kinds' code first when needed; those
   * mounted already are left alone. `then` runs once every kind has been tried: at once when their
   * code is loaded already.
   */
  mount(blocks: readonly RuntimeBlock[], then?: () => void): void;
  /**
   * After `delayMs` and then when the browser is idle, loads the code of every kind in `kinds`,
   * one kind at a time, so the course plays on offline after the first lessons. The delay keeps it
   * off the first screen: it is for when the learner is reading.
   */
  prefetch(win: Window, delayMs: number, kinds: readonly BlockKind[]): void;
}

/**
 * Block code by kind, on demand: when a lesson is shown, the blocks in it are mounted, their
 * kind's chunk loaded first when it has not run yet; the kinds whose code came with the runtime
 * script mount at once. Until then a block's controls would do nothing, so they are hidden while
 * its code loads (`data-cw-loading`, styles/blocks.css); a chunk that cannot load leaves the
 * static version, and the next time the lesson is shown its chunk is asked for again. `mounted`
 * runs after each mount.
 */
export function createBlockMounting(doc: Document, loader: BlockLoader, hostFor: (block: RuntimeBlock) => BlockHost, mounted: () => void): BlockMounting {
  const elementOf = (block: RuntimeBlock): Element | null => doc.querySelector(`[data-cw-block="${block.id}"]`);
  const waiting = (block: RuntimeBlock): boolean => {
    const element = elementOf(block);
    return element !== null && !element.hasAttribute('data-cw-mounted');
  };

  const mountKind = (kind: BlockKind, own: readonly RuntimeBlock[]): Promise<void> => {
    const mountAll = (mount: MountBlock<never> | undefined): void => {
      own.forEach((block) => elementOf(block)?.removeAttribute('data-cw-loading'));
      // No code (a flaky network): the static version stays, and the next showing of the lesson tries again.
      const fresh = own.filter(waiting);
      if (!mount || fresh.length === 0) return;
      mountBlocks(doc, fresh, { [kind]: mount }, hostFor);
      mounted();
    };
    // Code that came with the runtime script (the first lesson's kinds) mounts at once.
    const ready = loader.loaded(kind);
    if (ready) {
      mountAll(ready);
      return Promise.resolve();
    }
    own.forEach((block) => elementOf(block)?.setAttribute('data-cw-loading', ''));
    return loader.load(kind).then(mountAll);
  };

  return {
    mount: (blocks, then) => {
      const list = blocks.filter(waiting);
      const kinds = [...new Set(list.map((block) => block.kind))];
      const all = kinds.map((kind) => mountKind(kind, list.filter((block) => block.kind === kind)));
      if (!then) return;
      if (kinds.every((kind) => loader.loaded(kind))) then();
      else void Promise.all(all).then(then);
    },
    prefetch: (win, delayMs, kinds) => {
      const idle = (next: () => void): void => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(next, { timeout: 2000 });
        else win.setTimeout(next, 0);
      };
      // Each kind once: one that fails to load is tried again when a lesson needs it, not in a loop here.
      const tried = new Set<BlockKind>();
      const rest = (): void => {
        const kind = kinds.find((candidate) => !loader.loaded(candidate) && !tried.has(candidate));
        if (!kind) return;
        tried.add(kind);
        void loader.load(kind).then(() => idle(rest));
      };
      win.setTimeout(() => idle(rest), delayMs);
    },
  };
}
