import type { BlockHost, MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';
import type { BlockKind } from '../blocks/block-registry.js';
import type { BlockLoader } from './block-loader.js';
import { mountBlocks, type BlockMounters } from './mount-blocks.js';

/** Mounts the course's blocks as their code arrives: one chunk per block kind, loaded when needed. */
export interface BlockMounting {
  /** Mounts the blocks of lesson `index`, loading their kinds' code first when needed. */
  showLesson(index: number): void;
  /**
   * Mounts `blocks` again after a retake put their markup back as built; `then` runs once they are
   * mounted: at once when their code is loaded already.
   */
  remount(blocks: readonly RuntimeBlock[], then: () => void): void;
  /**
   * After `delayMs` and then when the browser is idle, loads the code of every kind the course uses,
   * one kind at a time, so the course plays on offline after the first lessons. The delay keeps it
   * off the first screen: it is for when the learner is reading.
   */
  prefetch(win: Window, delayMs: number): void;
}

/**
 * Block code by kind, on demand: the first time a lesson holding a kind is shown, its chunk is
 * loaded and every block of that kind in the page is mounted (as if all had been from the start);
 * the kinds whose code came with the runtime script mount at once. Until then a block's controls
 * would do nothing, so they are hidden while its code loads
 * (`data-cw-loading`, styles/blocks.css); a chunk that cannot load leaves the static version.
 * `mounted` runs after each kind's blocks are mounted.
 */
export function createBlockMounting(doc: Document, blocks: readonly RuntimeBlock[], loader: BlockLoader, hostFor: (block: RuntimeBlock) => BlockHost, mounted: () => void): BlockMounting {
  const started = new Map<BlockKind, Promise<void>>();
  const done = new Set<BlockKind>();
  const kinds = [...new Set(blocks.map((block) => block.kind))];
  const mounters = (): BlockMounters => Object.fromEntries(kinds.map((kind) => [kind, loader.loaded(kind)]));

  const start = (kind: BlockKind): Promise<void> => {
    let starting = started.get(kind);
    if (starting) return starting;
    const own = blocks.filter((block) => block.kind === kind);
    const elements = own.map((block) => doc.querySelector(`[data-cw-block="${block.id}"]`)).filter((element): element is Element => element !== null);
    const mountAll = (mount: MountBlock<never> | undefined): void => {
      elements.forEach((element) => element.removeAttribute('data-cw-loading'));
      // No code (a flaky network): the static version stays, and the next lesson shown with this kind tries again.
      if (!mount) {
        started.delete(kind);
        return;
      }
      mountBlocks(doc, own, { [kind]: mount }, hostFor);
      done.add(kind);
      mounted();
    };
    // Code that came with the runtime script (the first lesson's kinds) mounts at once, as it did before chunks.
    const ready = loader.loaded(kind);
    if (ready) mountAll(ready);
    else elements.forEach((element) => element.setAttribute('data-cw-loading', ''));
    starting = ready ? Promise.resolve() : loader.load(kind).then(mountAll);
    started.set(kind, starting);
    return starting;
  };

  return {
    showLesson: (index) => {
      for (const kind of new Set(blocks.filter((block) => block.lesson === index).map((block) => block.kind))) void start(kind);
    },
    remount: (list, then) => {
      const ready = list.filter((block) => done.has(block.kind));
      if (ready.length > 0) {
        mountBlocks(doc, ready, mounters(), hostFor);
        mounted();
      }
      const waiting = [...new Set(list.filter((block) => !done.has(block.kind)).map((block) => block.kind))];
      // A kind still loading mounts every block of its kind, these ones included, when it arrives.
      if (waiting.length === 0) then();
      else void Promise.all(waiting.map(start)).then(then);
    },
    prefetch: (win, delayMs) => {
      const idle = (next: () => void): void => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(next, { timeout: 2000 });
        else win.setTimeout(next, 0);
      };
      // Each kind once: one that fails to load is tried again when a lesson needs it, not in a loop here.
      const tried = new Set<BlockKind>();
      const rest = (): void => {
        const kind = kinds.find((candidate) => !started.has(candidate) && !tried.has(candidate));
        if (kind) {
          tried.add(kind);
          void start(kind).then(() => idle(rest));
        }
      };
      win.setTimeout(() => idle(rest), delayMs);
    },
  };
}
