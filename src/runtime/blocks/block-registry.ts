/**
 * How a block kind's browser code reaches the core: each kind is its own classic script
 * (`assets/blocks/<kind>.js`, built from blocks/chunks/<kind>.ts), loaded the first time a lesson
 * holding such a block is shown. The script puts its mount function in one global object, which
 * the core reads when the script has run. A classic script, not a module or a fetch, because web
 * packages play from `file://`.
 */
import type { MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';

/** The kinds of block that have browser code, each in its own chunk. */
export type BlockKind = RuntimeBlock['kind'];

/** Mount functions of the chunks that have run, by kind. */
export type BlockRegistry = Partial<Record<BlockKind, MountBlock<never>>>;

/** Name of the global object the chunks register with. */
export const blockRegistryName = 'coursewrightBlocks';

/** The page's registry, made on first use by whichever runs first: the core or a chunk. */
export function blockRegistry(win: Window): BlockRegistry {
  const globals = win as unknown as Record<string, BlockRegistry | undefined>;
  return (globals[blockRegistryName] ??= {});
}

/** Called once by a block chunk: hands the core the kind's mount function. */
export function registerBlock<B extends RuntimeBlock>(kind: B['kind'], mount: MountBlock<B>): void {
  blockRegistry(window)[kind] = mount as MountBlock<never>;
}
