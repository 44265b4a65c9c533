import type { PageData, RuntimeBlock, RuntimeBlockOutline } from './runtime-data.js';
import { blockStateTag, lessonStateTags } from './state-layout.js';

/** What progress, completion, the score and retakes need of a block: its `RuntimeBlockOutline`. */
export function blockOutline(block: RuntimeBlock): RuntimeBlockOutline {
  const { id, lesson } = block;
  switch (block.kind) {
    case 'check':
      return { kind: block.kind, id, lesson, graded: block.graded };
    case 'acknowledgement':
      return { kind: block.kind, id, lesson, required: block.required };
    case 'scenario':
      return { kind: block.kind, id, lesson, ...(block.scoring ? { scoring: { weight: block.scoring.weight } } : {}) };
    default:
      return { kind: block.kind, id, lesson };
  }
}

/** True when `block` has its full data (its lesson is loaded), not its outline alone. */
export function isFullBlock(block: RuntimeBlockOutline): block is RuntimeBlock {
  switch (block.kind) {
    case 'check':
      return 'options' in block;
    case 'scenario':
      return 'nodes' in block;
    case 'practice':
      return 'techniques' in block;
    case 'reflection':
      return 'prompt' in block;
    case 'acknowledgement':
      return 'statement' in block;
    case 'interview':
      return 'speaker' in block;
  }
}

/**
 * A block as the first page lists it, in its lesson's list: its kind, its id, its saved-state tag
 * (`StateLayout.blocks`) and, when its outline has more, the rest of it (a check's `graded`, an
 * acknowledgement's `required`, a scored scenario's `scoring`). The tag is '' or left out when it
 * is the one its kind and id give alone (`plainTag`: interviews and reflections, whose saved state
 * depends on nothing else). An array, not an object: the first page lists every block of the
 * course, and should cost about the same whatever the number of lessons.
 */
export type PackedOutline = [kind: RuntimeBlock['kind'], id: string, tag?: string, rest?: object];

/**
 * `PageData` as the first page embeds it (`#cw-data`): the blocks' outlines and saved-state tags
 * packed, one list per lesson (`outline`), instead of `blocks` and `state`; the lessons' tags
 * are not there at all, since they come from the lessons' ids (`lessonStateTags`).
 */
export interface PackedPageData extends Omit<PageData, 'blocks' | 'state'> {
  outline: PackedOutline[][];
}

/** `page` as the launch page embeds it; `unpackPageData` gives it back (its lessons' tags are those of `lessonStateTags`). */
export function packPageData(page: PageData): PackedPageData {
  const { blocks, state, ...data } = page;
  const outline: PackedOutline[][] = page.lessons.map(() => []);
  for (const block of blocks) {
    const { kind, id, lesson, ...rest } = blockOutline(block as RuntimeBlock);
    const tag = state.blocks[id] ?? '';
    const packed: PackedOutline = [kind, id, tag === plainTag(kind, id) ? '' : tag, rest];
    // Trailing parts that say nothing are left out.
    if (!Object.keys(rest).length) packed.length = packed[2] ? 3 : 2;
    outline[lesson]?.push(packed);
  }
  return { ...data, outline };
}

/**
 * The `PageData` a launch page embeds, from its JSON as `packPageData` wrote it; data that is not
 * packed (a whole `RuntimeData`) is returned as it is. Throws on a damaged outline: callers read
 * the page's JSON inside a `try`.
 */
export function unpackPageData(json: PackedPageData | PageData): PageData {
  if (!('outline' in json)) return json;
  const { outline, ...data } = json;
  const blocks: RuntimeBlockOutline[] = [];
  const tags: Record<string, string> = {};
  outline.forEach((list, lesson) => {
    for (const [kind, id, tag, rest] of list) {
      tags[id] = tag || plainTag(kind, id);
      blocks.push({ kind, id, lesson, ...rest } as RuntimeBlockOutline);
    }
  });
  return { ...data, blocks, state: { lessons: lessonStateTags(data.lessons), blocks: tags } };
}

/** The tag of a block whose saved state depends on its kind and id alone. */
const plainTag = (kind: string, id: string): string => blockStateTag(kind, id);
