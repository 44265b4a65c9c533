import type { BlockState } from '../block-state.js';
import type { StateLayout } from '../../model/runtime-data.js';
import { stateTagLength as w } from '../../model/state-layout.js';
import { decodeLessonBitset } from './lesson-bitset.js';
import { emptyLearnerState, type LearnerState } from './learner-state.js';

/**
 * Saved-state format, version 2: `2~<bookmark>~<visited>~<block tags>~<blocks JSON>`, where the
 * bookmark is a lesson tag, visited the tags of the lessons opened, and block tags the tag of each
 * saved block in the order of its sorted id (see `StateLayout`: tags make a state outlive a new
 * course version). Fields are positional and the free-form JSON comes last, so a `~` inside it is
 * harmless. Version 1 (`1~<structure hash>~<lesson>~<visited bitset>~<JSON>`) is still read: it
 * applies only to the very structure it was written for.
 */
const formatVersion = '2';
const separator = '~';
/** Zero or more tags, each `w` base-36 digits. */
const tagPattern = new RegExp(`^(?:[0-9a-z]{${w}})*$`);

/** How a saved state was read back. */
export type DecodeStatus =
  /** Nothing was saved: a first visit. */
  | 'empty'
  /** The saved state was read and applies to this course. */
  | 'restored'
  /** The course changed since: progress was kept, except in the blocks listed in `changed`, which start again. */
  | 'updated'
  /** The saved text is not a state this runtime wrote (damaged, cut, or another format). */
  | 'unreadable'
  /** A state of an old format from a different structure of the course: it cannot be mapped. */
  | 'other-structure';

/** Result of `decodeState`: always a usable state, plus how it was obtained. */
export interface DecodedState {
  state: LearnerState;
  status: DecodeStatus;
  /** Ids of blocks whose saved progress was set aside because the block changed (status `updated`). */
  changed: string[];
}

/** What the codec needs to know of the course it runs in. */
export interface StateCourse {
  state: StateLayout;
  course: { structureHash: string };
  lessons: readonly unknown[];
}

/** Short, separator-free tag of the structure hash, as format 1 wrote it. */
export function structureTag(structureHash: string): string {
  return structureHash.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
}

/**
 * Encodes `state` for storage (suspend_data, localStorage). Pure; the same input gives the same
 * text. Blocks the layout does not know are left out (they are not in this course).
 */
export function encodeState(state: LearnerState, layout: StateLayout): string {
  const ids = Object.keys(state.blocks).filter((id) => layout.blocks[id] !== undefined).sort();
  const blocks: Record<string, BlockState> = {};
  for (const id of ids) blocks[id] = state.blocks[id] as BlockState;
  return [
    formatVersion,
    layout.lessons[state.lesson] ?? layout.lessons[0] ?? '',
    state.visited.map((index) => layout.lessons[index] ?? '').join(''),
    ids.map((id) => layout.blocks[id]).join(''),
    JSON.stringify(blocks),
  ].join(separator);
}

/**
 * Reads a state written by `encodeState`, by this version of the course or an earlier one. Never
 * throws: damaged text gives a fresh state and a status the shell turns into a notice; progress in
 * a block that changed since is set aside for that block alone.
 */
export function decodeState(text: string | undefined, course: StateCourse): DecodedState {
  if (!text) return fresh('empty');
  if (text.startsWith(`1${separator}`)) return decodeFormat1(text, course);
  const parts = splitFields(text, 5);
  if (!parts || parts[0] !== formatVersion) return fresh('unreadable');
  const [, bookmark, visitedTags, blockTags, json] = parts as [string, string, string, string, string];
  const blocks = parseBlocks(json);
  const ids = blocks ? Object.keys(blocks).sort() : [];
  if (!blocks || !tagPattern.test(bookmark) || bookmark.length > w || !tagPattern.test(visitedTags) || !tagPattern.test(blockTags) || blockTags.length !== ids.length * w) {
    return fresh('unreadable');
  }
  const { lessons, blocks: layoutBlocks } = course.state;
  const visited = [...new Set(tags(visitedTags).map((tag) => lessons.indexOf(tag)).filter((index) => index >= 0))].sort((a, b) => a - b);
  const kept: Record<string, BlockState> = {};
  const changed: string[] = [];
  ids.forEach((id, i) => {
    const tag = layoutBlocks[id];
    if (tag === undefined) return; // the block is gone from the course
    if (tag === blockTags.slice(i * w, (i + 1) * w)) kept[id] = blocks[id] as BlockState;
    else changed.push(id);
  });
  let lesson = lessons.indexOf(bookmark);
  // The bookmarked lesson is gone: go on with the first lesson not opened yet.
  if (lesson < 0) lesson = Math.max(0, lessons.findIndex((_tag, index) => !visited.includes(index)));
  return { state: { lesson, visited, blocks: kept }, status: changed.length > 0 ? 'updated' : 'restored', changed };
}

/**
 * What a saved state of format 2 holds of lessons and blocks `course` does not have (removed since,
 * or the progress of another course or edition), which `decodeState` leaves out: the number of such
 * lessons opened, and the ids of such blocks. Undefined when there is none or the text is not
 * readable. For `inspect --state`; the player never asks, so its bundle leaves this out.
 */
export function notInCourse(text: string | undefined, course: StateCourse): { lessons: number; blocks: string[] } | undefined {
  const parts = text?.startsWith(`${formatVersion}${separator}`) ? splitFields(text, 5) : undefined;
  const blocks = parts ? parseBlocks(parts[4]!) : undefined;
  if (!parts || !blocks || !tagPattern.test(parts[2]!)) return undefined;
  const lessons = tags(parts[2]!).filter((tag) => !course.state.lessons.includes(tag)).length;
  const gone = Object.keys(blocks).sort().filter((id) => course.state.blocks[id] === undefined);
  return lessons || gone.length ? { lessons, blocks: gone } : undefined;
}

/** A state of format 1: restored only for the structure it was written for. */
function decodeFormat1(text: string, course: StateCourse): DecodedState {
  const parts = splitFields(text, 5);
  if (!parts) return fresh('unreadable');
  const [, tag, lessonText, bitset, json] = parts as [string, string, string, string, string];
  const lesson = /^[0-9a-z]{1,4}$/.test(lessonText) ? parseInt(lessonText, 36) : NaN;
  const visited = decodeLessonBitset(bitset);
  const blocks = parseBlocks(json);
  if (Number.isNaN(lesson) || !visited || !blocks) return fresh('unreadable');
  if (tag !== structureTag(course.course.structureHash)) return fresh('other-structure');
  const lessonCount = course.lessons.length;
  return {
    state: { lesson: lesson < lessonCount ? lesson : 0, visited: visited.filter((index) => index < lessonCount), blocks },
    status: 'restored',
    changed: [],
  };
}

function tags(text: string): string[] {
  const list: string[] = [];
  for (let i = 0; i < text.length; i += w) list.push(text.slice(i, i + w));
  return list;
}

function fresh(status: DecodeStatus): DecodedState {
  return { state: emptyLearnerState(), status, changed: [] };
}

/** Splits off the first `count - 1` fields; the last field keeps any further separators. */
function splitFields(text: string, count: number): string[] | undefined {
  const fields: string[] = [];
  let from = 0;
  for (let i = 1; i < count; i++) {
    const at = text.indexOf(separator, from);
    if (at < 0) return undefined;
    fields.push(text.slice(from, at));
    from = at + 1;
  }
  fields.push(text.slice(from));
  return fields;
}

/** Block states as JSON, keeping only well-formed entries so a bad one cannot break a block. */
function parseBlocks(json: string): Record<string, BlockState> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const blocks: Record<string, BlockState> = {};
  for (const [id, raw] of Object.entries(value)) {
    if (!isPlainObject(raw)) continue;
    const block: BlockState = { ...raw };
    if (block.d !== undefined && block.d !== 1) delete block.d;
    if (block.s !== undefined && !(typeof block.s === 'number' && block.s >= 0 && block.s <= 1)) delete block.s;
    blocks[id] = block;
  }
  return blocks;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
