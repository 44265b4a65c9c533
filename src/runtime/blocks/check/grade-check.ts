import type { InteractionRecord } from '../../block-api.js';
import type { RuntimeCheck } from '../../../model/runtime-data.js';
import { maxDescription, shorten } from '../engine/decision-record.js';

type Option = RuntimeCheck['options'][number];

/** Outcome of one attempt at a knowledge check. */
export interface CheckGrade {
  /** The selection is exactly the set of right options. */
  correct: boolean;
  /** Codes of the right options, in option order. */
  rightCodes: string[];
}

/** Grade a selection: right only when it holds every right option and nothing else. */
export function gradeCheck(check: RuntimeCheck, selected: readonly string[]): CheckGrade {
  const rightCodes = check.options.filter((o) => o.correct).map((o) => o.code);
  const chosen = new Set(selected);
  const correct = chosen.size === rightCodes.length && rightCodes.every((code) => chosen.has(code));
  return { correct, rightCodes };
}

/** Where the learner stands after `attemptsUsed` attempts, the last one graded `lastCorrect`. */
export function checkFinished(check: RuntimeCheck, attemptsUsed: number, lastCorrect: boolean): boolean {
  return lastCorrect || (check.attempts > 0 && attemptsUsed >= check.attempts);
}

/** Attempts left, or undefined when attempts are unlimited. */
export function attemptsLeft(check: RuntimeCheck, attemptsUsed: number): number | undefined {
  return check.attempts > 0 ? Math.max(0, check.attempts - attemptsUsed) : undefined;
}

/**
 * The `t`/`f` a true-false option stands for. The option codes are `t`/`f` when the parser gives
 * them; otherwise an option reading "true"/"false" decides, and failing that the first option is
 * true and the second false.
 */
export function trueFalseCode(check: RuntimeCheck, code: string): 't' | 'f' {
  if (code === 't' || code === 'f') return code;
  const index = check.options.findIndex((o) => o.code === code);
  const text = check.options[index]?.text.trim().toLowerCase();
  if (text === 'true') return 't';
  if (text === 'false') return 'f';
  return index === 0 ? 't' : 'f';
}

/**
 * The interaction one attempt reports (id = check id): options by their author ids, in option
 * order; a true/false check answers `'true'` or `'false'`. `selected` holds option codes.
 */
export function checkRecord(check: RuntimeCheck, selected: readonly string[], latencyMs?: number): InteractionRecord {
  const { correct } = gradeCheck(check, selected);
  const trueFalse = check.type === 'true-false';
  const name = (option: Option): string => (trueFalse ? (trueFalseCode(check, option.code) === 't' ? 'true' : 'false') : option.id);
  return {
    id: check.id,
    type: trueFalse ? 'true-false' : 'choice',
    description: shorten(check.prompt, maxDescription),
    response: check.options.filter((o) => selected.includes(o.code)).map(name),
    correct: check.options.filter((o) => o.correct).map(name),
    result: correct ? 'correct' : 'incorrect',
    ...(latencyMs !== undefined ? { latencyMs: Math.max(0, Math.round(latencyMs)) } : {}),
    ...(trueFalse ? {} : { choices: check.options.map((o) => ({ id: o.id, text: o.text })) }),
  };
}
