import type { RuntimeBlock, RuntimeData } from '../model/runtime-data.js';
import type { BlockState } from '../runtime/block-state.js';
import { decodeAcknowledgementState } from '../runtime/blocks/acknowledgement/acknowledgement-state.js';
import { decodeCheckState } from '../runtime/blocks/check/check-state.js';
import { replayPath } from '../runtime/blocks/engine/replay-path.js';
import { findNode, shownNode } from '../runtime/blocks/engine/scenario-graph.js';
import { decodeScenarioState } from '../runtime/blocks/scenario/scenario-state.js';
import { computeOutcome, reportedScore } from '../runtime/progress/compute-outcome.js';
import { requiredActivities } from '../runtime/progress/required-activities.js';
import { decodeState, notInCourse, type DecodeStatus } from '../runtime/state/state-codec.js';

/**
 * A learner's saved progress as a package reads it back: the text an LMS holds for them
 * (SCORM's `cmi.suspend_data`, or the State API document of an xAPI or cmi5 package), decoded
 * by the player's own code against that package's course data. What support needs for "my
 * progress was lost": whether the package can read it, where the learner resumes, what is done
 * and still to do, and what the course would report.
 */
export interface SavedStateReport {
  /** How the package reads it (the player's `decodeState`). */
  status: DecodeStatus;
  /** Characters in the saved text. */
  length: number;
  /** Why it cannot be read, when the text shows it. */
  reason?: string;
  /** Where the learner resumes: the lesson's number (from 1) and title. */
  resumesAt?: { lesson: number; title: string };
  /** Every lesson, and whether the learner has opened it. */
  lessons: { title: string; opened: boolean }[];
  /** Each block with saved progress, in course order. */
  blocks: SavedBlock[];
  /** Blocks whose progress is set aside because the block changed since it was saved (status `updated`). */
  changed: string[];
  /**
   * What the saved text holds for lessons and blocks this package does not have, left out: removed
   * since, or the progress of another course or edition. Absent when there is none.
   */
  notHere?: { lessons: number; blocks: string[] };
  /** What the course's completion rules still ask for: a lesson to open, or a block to finish (empty when it cannot be read). */
  toDo: string[];
  /** What the course reports from this state: status and score (0–100); absent when it cannot be read (the learner starts again). */
  outcome?: { status: string; score?: number };
}

/** One block's saved progress, in words. */
export interface SavedBlock {
  id: string;
  kind: RuntimeBlock['kind'];
  /** The lesson's number, from 1. */
  lesson: number;
  done: boolean;
  /** 0–100, for graded blocks. */
  score?: number;
  /** What the learner did, e.g. `answered yes-unwanted (right), 1 attempt`. */
  detail?: string;
}

/**
 * Reads `saved` (trimmed; an xAPI/cmi5 State API document `{ "state": "…" }` or the saved text
 * itself) against `data`, the package's course data with every block in full. Pure.
 */
export function describeSavedState(data: RuntimeData, saved: string): SavedStateReport {
  const text = savedText(saved.trim());
  const decoded = decodeState(text, data);
  const notHere = notInCourse(text, data);
  const { state } = decoded;
  const readable = decoded.status === 'restored' || decoded.status === 'updated';
  const blocks = readable
    ? data.blocks.filter((block) => state.blocks[block.id] !== undefined).map((block) => describeBlock(block, state.blocks[block.id]!))
    : [];
  const title = (index: number): string => data.lessons[index]?.title ?? `lesson ${index + 1}`;
  const toDo = decoded.status === 'unreadable' || decoded.status === 'other-structure' ? [] : requiredActivities(data, state)
    .filter((item) => !item.done)
    .map((item) => (item.block === undefined ? `open lesson ${item.lesson + 1}, "${title(item.lesson)}"` : `finish ${kindName(data, item.block)} ${item.block} in lesson ${item.lesson + 1}`));
  const outcome = readable ? computeOutcome(data, state) : undefined;
  // As the course reports it: a score only with a final status.
  const score = outcome && reportedScore(outcome);
  const reason = readable || decoded.status === 'empty' ? undefined : unreadableReason(text, decoded.status);
  return {
    status: decoded.status,
    length: text.length,
    ...(reason ? { reason } : {}),
    ...(readable ? { resumesAt: { lesson: state.lesson + 1, title: title(state.lesson) } } : {}),
    lessons: data.lessons.map((lesson, index) => ({ title: lesson.title, opened: state.visited.includes(index) })),
    blocks,
    changed: decoded.changed,
    ...(notHere && readable ? { notHere } : {}),
    toDo,
    ...(outcome ? { outcome: { status: outcome.status, ...(score !== undefined ? { score } : {}) } } : {}),
  };
}

/** The saved text in a State API document (`{ "state": "…", "location": "…" }`), or the text as given. */
function savedText(text: string): string {
  if (!text.startsWith('{')) return text;
  try {
    const document: unknown = JSON.parse(text);
    const state = typeof document === 'object' && document !== null ? (document as { state?: unknown }).state : undefined;
    return typeof state === 'string' ? state : text;
  } catch {
    return text;
  }
}

function unreadableReason(text: string, status: DecodeStatus): string {
  if (status === 'other-structure') {
    return 'it was saved by an earlier version of the course in the first format (1~…), which applies only to the lessons and blocks it was written for: the learner starts again';
  }
  if (!/^[12]~/.test(text)) return 'it does not start as a coursewright saved state does ("2~"): it may belong to another course or tool, or be only part of what the LMS holds';
  // What the LMS keeps at most: a saved state the player wrote within it and the LMS cut.
  const cut = [4096, 64000].find((limit) => text.length === limit);
  return cut
    ? `it is ${cut.toLocaleString('en')} characters long, the most the LMS keeps, and does not end as a saved state does: the LMS probably cut it`
    : 'it starts as a coursewright saved state but is damaged or cut short (its last part must be complete JSON)';
}

function describeBlock(block: RuntimeBlock, saved: BlockState): SavedBlock {
  const base: SavedBlock = { id: block.id, kind: block.kind, lesson: block.lesson + 1, done: saved.d === 1 };
  if (typeof saved.s === 'number') base.score = Math.round(saved.s * 10000) / 100;
  const detail = blockDetail(block, saved);
  return detail ? { ...base, detail } : base;
}

function blockDetail(block: RuntimeBlock, saved: BlockState): string | undefined {
  switch (block.kind) {
    case 'check': {
      const progress = decodeCheckState(block, saved);
      if (progress.attempts === 0 && progress.selected.length === 0) return undefined;
      const chosen = block.options.filter((o) => progress.selected.includes(o.code));
      const right = chosen.length > 0 && chosen.every((o) => o.correct) && block.options.filter((o) => o.correct).length === chosen.length;
      const answer = chosen.length ? `answered ${chosen.map((o) => o.id).join(', ')} (${right ? 'right' : 'not right'})` : 'no answer kept';
      return `${answer}, ${progress.attempts} attempt${progress.attempts === 1 ? '' : 's'}`;
    }
    case 'scenario': {
      const progress = decodeScenarioState(saved);
      const replay = replayPath(block, progress.path);
      const decisions = `${replay.path.length} decision${replay.path.length === 1 ? '' : 's'}`;
      // Where the player shows it: the ending its last node's routes lead to, if they lead to one.
      const shown = shownNode(block, replay.current, replay.variables);
      return `${findNode(block, shown)?.end ? 'ended' : 'at step'} ${shown} after ${decisions}`;
    }
    case 'acknowledgement': {
      const { at } = decodeAcknowledgementState(saved);
      return at ? `confirmed ${at}` : undefined;
    }
    default:
      return undefined;
  }
}

function kindName(data: RuntimeData, id: string): string {
  return data.blocks.find((block) => block.id === id)?.kind ?? 'block';
}
