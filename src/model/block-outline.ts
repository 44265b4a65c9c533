import type { PageData, RuntimeBlock, RuntimeBlockOutline, RuntimeLesson } from './runtime-data.js';
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

/**
 * The outline of the lessons a long course's launch page leaves out (`PageData.lessonCount`), as
 * `assets/lessons/outline.js` carries it: the lessons from index `first` on, and their blocks
 * packed as in the page.
 */
export interface LaterOutline {
  first: number;
  lessons: RuntimeLesson[];
  outline: PackedOutline[][];
}

/**
 * Above this many characters of JSON, the outline of the lessons after the page's goes to a file
 * of its own (`LaterOutline`): under 1 KiB gzip, some 25 lessons of five activities each. Below it, the
 * page keeps the whole outline, and the player needs no other request to know the course.
 */
export const laterOutlineLimit = 4000;

/**
 * Splits `packed` when the outline of the lessons after the first `kept` is longer than
 * `laterOutlineLimit`: the page keeps those lessons' and says how many there are in all; `later`
 * is the rest. Otherwise `page` is `packed` and there is no `later`.
 */
export function splitLaterOutline(packed: PackedPageData, kept: number): { page: PackedPageData; later?: LaterOutline } {
  const later: LaterOutline = { first: kept, lessons: packed.lessons.slice(kept), outline: packed.outline.slice(kept) };
  if (later.lessons.length === 0 || JSON.stringify(later).length <= laterOutlineLimit) return { page: packed };
  return { page: { ...packed, lessons: packed.lessons.slice(0, kept), outline: packed.outline.slice(0, kept), lessonCount: packed.lessons.length }, later };
}

/** The number of lessons in the course, whether or not the page lists them all. */
export function lessonTotal(data: Pick<PageData, 'lessons' | 'lessonCount'>): number {
  return Math.max(data.lessons.length, data.lessonCount ?? 0);
}

/** True while the data lacks the outline of lessons after the page's (`LaterOutline`). */
export function outlinePending(data: Pick<PageData, 'lessons' | 'lessonCount'>): boolean {
  return data.lessons.length < lessonTotal(data);
}

/**
 * Adds the outline of the later lessons to `data`, in place (the lessons, their blocks' outlines
 * and their saved-state tags), so that everything holding `data` sees the whole course. False,
 * and `data` unchanged, when `later` is not the outline that follows `data`'s lessons.
 */
export function mergeLaterOutline(data: PageData, later: unknown): boolean {
  if (!isLaterOutline(later) || later.first !== data.lessons.length || later.first + later.lessons.length !== lessonTotal(data)) return false;
  const more = unpackPageData({ ...data, lessons: [...data.lessons, ...later.lessons], outline: [...data.lessons.map(() => []), ...later.outline] });
  data.lessons.push(...later.lessons);
  data.blocks.push(...more.blocks);
  data.state.lessons.splice(0, data.state.lessons.length, ...more.state.lessons);
  Object.assign(data.state.blocks, more.state.blocks);
  return true;
}

function isLaterOutline(value: unknown): value is LaterOutline {
  if (typeof value !== 'object' || value === null) return false;
  const { first, lessons, outline } = value as Partial<LaterOutline>;
  return typeof first === 'number' && Array.isArray(lessons) && Array.isArray(outline) && lessons.length === outline.length
    && lessons.every((lesson) => typeof lesson?.id === 'string' && typeof lesson.title === 'string')
    && outline.every((list) => Array.isArray(list) && list.every((packed) => Array.isArray(packed) && typeof packed[0] === 'string' && typeof packed[1] === 'string'));
}

/** The tag of a block whose saved state depends on its kind and id alone. */
const plainTag = (kind: string, id: string): string => blockStateTag(kind, id);
