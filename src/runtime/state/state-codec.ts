import type { BlockState } from '../block-api.js';
import { decodeLessonBitset, encodeLessonBitset } from './lesson-bitset.js';
import { emptyLearnerState, type LearnerState } from './learner-state.js';

/**
 * Saved-state format, version 1: `1~<structure tag>~<lesson, base 36>~<visited bitset>~<blocks JSON>`.
 * Fields are positional and the free-form JSON comes last, so a `~` inside it is harmless.
 * Bump the version when the layout changes; old versions then restart safely.
 */
const formatVersion = '1';
const separator = '~';

/** How a saved state was read back. */
export type DecodeStatus =
  /** Nothing was saved: a first visit. */
  | 'empty'
  /** The saved state was read and applies to this course. */
  | 'restored'
  /** The saved text is not a state this runtime wrote (damaged, cut, or another format). */
  | 'unreadable'
  /** The state was saved for a different structure of the course (lessons or blocks changed). */
  | 'other-structure';

/** Result of `decodeState`: always a usable state, plus how it was obtained. */
export interface DecodedState {
  state: LearnerState;
  status: DecodeStatus;
}

/** Short, separator-free tag of the structure hash; eight characters keep collisions unlikely. */
export function structureTag(structureHash: string): string {
  return structureHash.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
}

/** Encodes `state` for storage (suspend_data, localStorage). Pure; the same input gives the same text. */
export function encodeState(state: LearnerState, structureHash: string): string {
  return [
    formatVersion,
    structureTag(structureHash),
    Math.max(0, Math.floor(state.lesson)).toString(36),
    encodeLessonBitset(state.visited),
    JSON.stringify(state.blocks),
  ].join(separator);
}

/**
 * Reads a state written by `encodeState`. Never throws: damaged text or a state from another
 * course structure gives a fresh state and a status the shell turns into a notice.
 */
export function decodeState(text: string | undefined, structureHash: string, lessonCount: number): DecodedState {
  if (!text) return { state: emptyLearnerState(), status: 'empty' };
  const parts = splitFields(text, 5);
  if (!parts || parts[0] !== formatVersion) return fresh('unreadable');
  const [, tag, lessonText, bitset, json] = parts as [string, string, string, string, string];
  if (tag !== structureTag(structureHash)) return fresh('other-structure');
  const lesson = /^[0-9a-z]{1,4}$/.test(lessonText) ? parseInt(lessonText, 36) : NaN;
  const visited = decodeLessonBitset(bitset);
  const blocks = parseBlocks(json);
  if (Number.isNaN(lesson) || !visited || !blocks) return fresh('unreadable');
  return {
    state: {
      lesson: lesson < lessonCount ? lesson : 0,
      visited: visited.filter((index) => index < lessonCount),
      blocks,
    },
    status: 'restored',
  };
}

function fresh(status: DecodeStatus): DecodedState {
  return { state: emptyLearnerState(), status };
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
