import type { BlockHost, MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';

/** Block mounters by kind, as the block chunks register them (blocks/block-registry.ts). */
export type BlockMounters = Partial<Record<RuntimeBlock['kind'], MountBlock<never>>>;

/**
 * Mounts the browser code of every `[data-cw-block]` element whose id is in `blocks`. A block
 * that fails to mount gets its static, readable fallback back and the rest of the page carries on.
 * Returns the ids of the blocks that failed.
 */
export function mountBlocks(
  root: ParentNode,
  blocks: readonly RuntimeBlock[],
  mounters: BlockMounters,
  hostFor: (block: RuntimeBlock) => BlockHost,
): string[] {
  const byId = new Map(blocks.map((block) => [block.id, block]));
  const failed: string[] = [];
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-cw-block]'))) {
    const block = byId.get(element.getAttribute('data-cw-block') ?? '');
    const mount = block && (mounters[block.kind] as MountBlock | undefined);
    if (!block || !mount) continue;
    const fallback = element.innerHTML;
    try {
      mount(element, block, hostFor(block));
      element.setAttribute('data-cw-mounted', '');
    } catch (error) {
      element.innerHTML = fallback;
      failed.push(block.id);
      console.error(`coursewright: block "${block.id}" (${block.kind}) could not start; showing its static version.`, error);
    }
  }
  return failed;
}
