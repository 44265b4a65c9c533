import type { RuntimeBlock, RuntimeLesson, StateLayout } from './runtime-data.js';

/** Characters in a tag: 36³ = 46,656 values, so a changed block keeps its tag about once in 46,656. */
export const stateTagLength = 3;

/**
 * The tags that let saved learner state outlive a new course version (see `StateLayout`). A lesson's
 * tag comes from its id alone, so a lesson keeps its tag, its bookmark and its "visited" mark when
 * lessons are added, removed or reordered. A block's tag comes from its id and everything its saved
 * state refers to (option and choice ids and their order, correct answers, scenario paths, effects
 * and scoring, an acknowledged statement) but not from wording: fixing a typo in a question keeps
 * every learner's answer; changing what is right, or what a learner acknowledged, asks again.
 */
export function stateLayout(lessons: readonly RuntimeLesson[], blocks: readonly RuntimeBlock[]): StateLayout {
  const blockTags: Record<string, string> = {};
  for (const block of blocks) blockTags[block.id] = blockStateTag(block.kind, block.id, stateFingerprint(block));
  return { lessons: lessonStateTags(lessons), blocks: blockTags };
}

/**
 * A block's tag (`StateLayout.blocks`) from its kind, id and `stateFingerprint`; with no fingerprint
 * (interviews, reflections) the browser computes it again from the block's outline (src/model/block-outline.ts).
 */
export function blockStateTag(kind: string, id: string, fingerprint = ''): string {
  return stateTag(`${kind}\n${id}\n${fingerprint}`);
}

/**
 * The lessons' tags (`StateLayout.lessons`), from their ids alone: the browser computes them
 * again from the lesson list rather than reading them from the page (src/model/block-outline.ts).
 */
export function lessonStateTags(lessons: readonly Pick<RuntimeLesson, 'id'>[]): string[] {
  const taken = new Set<string>();
  return lessons.map((lesson) => {
    // Two lessons of one course must not share a tag; the next tag for this id is just as stable.
    let tag = stateTag(`lesson\n${lesson.id}`);
    for (let n = 1; taken.has(tag); n++) tag = stateTag(`lesson\n${lesson.id}\n${n}`);
    taken.add(tag);
    return tag;
  });
}

/** What a block's saved state depends on, as text; wording and feedback are left out on purpose. */
function stateFingerprint(block: RuntimeBlock): string {
  switch (block.kind) {
    case 'interview':
    case 'reflection':
      return '';
    case 'check':
      return JSON.stringify([block.type, block.graded, block.options.map((o) => [o.id, o.code, o.correct])]);
    case 'practice':
      return JSON.stringify([block.mode, block.techniques.map((t) => [t.id, t.code, t.recommended])]);
    case 'acknowledgement': {
      // What was acknowledged is the point of the record: any change to it asks again.
      const acknowledged: Partial<typeof block> = { ...block };
      delete acknowledged.id;
      delete acknowledged.lesson;
      delete acknowledged.required;
      return JSON.stringify(acknowledged);
    }
    case 'scenario':
      return JSON.stringify([
        block.start,
        block.variables.map((v) => [v.id, v.initial, v.min, v.max]),
        block.nodes.map((n) => [n.id, n.choices.map((c) => [c.id, c.goto, c.effects, c.when ?? null, c.recommended]), n.routes, n.end?.outcome ?? null, n.end ? 1 : 0]),
        block.scoring ?? null,
      ]);
  }
}

/** A short tag of `text`: 32-bit FNV-1a, in `stateTagLength` base-36 digits. Deterministic everywhere. */
export function stateTag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** stateTagLength).toString(36).padStart(stateTagLength, '0');
}
