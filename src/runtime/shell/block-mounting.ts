import type { BlockHost, MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';
import type { BlockKind } from '../blocks/block-registry.js';
import { oneAtATime } from './after-idle.js';
import type { BlockLoader } from './block-loader.js';
import { mountBlocks } from './mount-blocks.js';
import { createNearViewport } from './near-viewport.js';

/** Mounts blocks as their lessons are shown and their code arrives: one chunk per block kind, loaded when needed. */
export interface BlockMounting {
  /**
   * Mounts `blocks` (a lesson's, in the page), loading their kinds' code first when needed; those
   * mounted already are left alone. `then` runs once every kind has been tried: at once when their
   * code is loaded already.
   */
  mount(blocks: readonly RuntimeBlock[], then?: () => void): void;
  /**
   * Mounts the blocks of a lesson just shown: at once those whose kind's code is loaded; each of
   * the others when the learner comes near it (its kind's code is loaded then) or when the
   * prefetch has brought that code, whichever comes first. The first screen so waits for no code
   * that only a block further down needs.
   */
  show(blocks: readonly RuntimeBlock[]): void;
  /**
   * Loads the code of every kind in `kinds`, the first now, the others one at a time as the
   * browser is idle, so the course plays on offline after the first lessons, and mounts the shown
   * blocks waiting for it: the kinds of those first, then in the order of `kinds`. For when the
   * learner is reading (`whenReading`), not for the first screen.
   */
  prefetch(kinds: readonly BlockKind[]): void;
}

/**
 * Block code by kind, on demand: when a lesson is shown, the blocks in it are mounted, their
 * kind's chunk and styles loaded first when they are not in the page yet (once the learner nears
 * such a block, or the prefetch brings them); the kinds that came with the runtime script and
 * stylesheet mount at once. Until then a block's controls would do nothing and its styles may be
 * missing, so it is hidden (`data-cw-loading`, styles/blocks.css); a chunk that cannot load leaves
 * the static version, and the next time the lesson is shown its chunk is asked for again.
 * `mounted` runs after each mount.
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

  // Shown blocks whose kind's code is not loaded, until the learner nears one of that kind or the
  // prefetch brings it. They are hidden meanwhile, as while code loads.
  const deferred = new Map<Element, RuntimeBlock>();
  const wake = (kind: BlockKind): void => {
    const own: RuntimeBlock[] = [];
    deferred.forEach((block, element) => {
      if (block.kind !== kind) return;
      deferred.delete(element);
      nearby.forget(element);
      own.push(block);
    });
    if (own.length > 0) void mountKind(kind, own);
  };
  const nearby = createNearViewport(doc.defaultView ?? window, (element) => {
    const block = deferred.get(element);
    if (block) wake(block.kind);
  });

  return {
    show: (blocks) => {
      for (const block of blocks.filter(waiting)) {
        const element = elementOf(block);
        if (!element || deferred.has(element)) continue;
        if (loader.loaded(block.kind)) {
          void mountKind(block.kind, [block]);
          continue;
        }
        element.setAttribute('data-cw-loading', '');
        deferred.set(element, block);
        nearby.watch(element);
      }
    },
    mount: (blocks, then) => {
      const list = blocks.filter(waiting);
      const kinds = [...new Set(list.map((block) => block.kind))];
      const all = kinds.map((kind) => mountKind(kind, list.filter((block) => block.kind === kind)));
      if (!then) return;
      if (kinds.every((kind) => loader.loaded(kind))) then();
      else void Promise.all(all).then(then);
    },
    prefetch: (kinds) => {
      // Each kind once: one that fails to load is tried again when a lesson needs it, not in a loop here.
      const tried = new Set<BlockKind>();
      oneAtATime(doc.defaultView ?? window, () => {
        // A block shown but still hidden is what the learner can reach next, by keyboard or by scrolling.
        const shown = [...deferred.values()].map((block) => block.kind);
        const kind = [...shown, ...kinds].find((candidate) => !loader.loaded(candidate) && !tried.has(candidate));
        if (!kind) return undefined;
        tried.add(kind);
        return loader.load(kind).then(() => {
          if (loader.loaded(kind)) wake(kind);
        });
      });
    },
  };
}
