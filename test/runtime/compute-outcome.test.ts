/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it } from 'vitest';
import type { RuntimeBlock } from '../../src/model/runtime-data.js';
import { computeOutcome, lessonProgress, type OutcomeRules } from '../../src/runtime/progress/compute-outcome.js';
import { completionProgress } from '../../src/runtime/progress/completion-progress.js';
import { lessonMark } from '../../src/runtime/progress/lesson-mark.js';
import { requiredActivities } from '../../src/runtime/progress/required-activities.js';
import { missedChecks, retakeStates, retakesUsed } from '../../src/runtime/progress/retake.js';
import type { LearnerState } from '../../src/runtime/state/learner-state.js';

const check = (id: string, graded: boolean, lesson = 0): RuntimeBlock =>
  ({ kind: 'check', id, lesson, type: 'single', prompt: '', options: [], attempts: 1, graded });
const scenario = (id: string, weight?: number): RuntimeBlock => ({
  kind: 'scenario', id, lesson: 1, title: id, start: 'a', variables: [], nodes: [], allowRewind: true, allowRestart: true,
  recommendedPath: [], ...(weight === undefined ? {} : { scoring: { ends: {}, thresholds: [], weight } }),
});
const ack = (id: string, required: boolean): RuntimeBlock => ({ kind: 'acknowledgement', id, lesson: 2, statement: '', required });

const lessons = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }];
const rules = (over: Partial<OutcomeRules> = {}): OutcomeRules => ({ lessons, completion: ['all-lessons'], blocks: [], ...over });
const state = (visited: number[], blocks: LearnerState['blocks'] = {}): LearnerState => ({ lesson: 0, visited, blocks });

describe('computeOutcome', () => {
  it('is incomplete until every lesson was visited, then completed', () => {
    expect(computeOutcome(rules(), state([0, 1]))).toEqual({ complete: false, score: undefined, status: 'incomplete' });
    expect(computeOutcome(rules(), state([0, 1, 2]))).toEqual({ complete: true, score: undefined, status: 'completed' });
  });

  it('needs every listed requirement', () => {
    const blocks = [check('q1', true), check('q2', false), scenario('s1'), ack('a1', true), ack('a2', false)];
    const all = rules({ completion: ['all-lessons', 'scenarios', 'checks', 'acknowledgements'], blocks });
    const visited = [0, 1, 2];
    expect(computeOutcome(all, state(visited, { q1: { d: 1 }, s1: { d: 1 } })).complete).toBe(false);
    expect(computeOutcome(all, state(visited, { q1: { d: 1 }, s1: { d: 1 }, a1: { d: 1 } })).complete).toBe(true);
    expect(computeOutcome(all, state([0], { q1: { d: 1 }, s1: { d: 1 }, a1: { d: 1 } })).complete).toBe(false);
    expect(computeOutcome(rules({ completion: ['checks'], blocks }), state([], { q1: { d: 1 } })).complete).toBe(true);
  });

  it('scores the weighted mean of graded blocks, unanswered as zero', () => {
    const blocks = [check('q1', true), check('q2', true), check('q3', false), scenario('s1', 2), scenario('s2')];
    const outcome = computeOutcome(rules({ blocks }), state([], { q1: { d: 1, s: 1 }, q3: { d: 1, s: 1 }, s1: { d: 1, s: 0.5 } }));
    expect(outcome.score).toBe(50); // (1·1 + 1·0 + 2·0.5) / 4
    expect(computeOutcome(rules({ blocks: [check('a', true), check('b', true), check('c', true)] }), state([], { a: { s: 1 } })).score).toBe(33.33);
  });

  it('passes or fails a complete course against the mastery score', () => {
    const graded = rules({ blocks: [check('q1', true)], masteryScore: 80 });
    expect(computeOutcome(graded, state([0, 1, 2], { q1: { d: 1, s: 1 } })).status).toBe('passed');
    expect(computeOutcome(graded, state([0, 1, 2], { q1: { d: 1, s: 0 } })).status).toBe('failed');
    expect(computeOutcome(graded, state([0, 1], { q1: { d: 1, s: 1 } })).status).toBe('incomplete');
    expect(computeOutcome(rules({ masteryScore: 80 }), state([0, 1, 2])).status).toBe('completed');
  });
});

describe('retakes', () => {
  const blocks = [check('q1', true, 0), check('q2', true, 1), check('q3', true, 2)];
  const failing = { q1: { d: 1 as const, s: 1 }, q2: { d: 1 as const, s: 0 }, q3: { d: 1 as const, s: 1 } };

  it('reports incomplete, not failed, while a retake of the missed checks is offered', () => {
    const outcome = computeOutcome(rules({ blocks, masteryScore: 80, retake: {} }), state([0, 1, 2], failing));
    expect(outcome).toEqual({ complete: true, score: 66.67, status: 'incomplete', retake: true });
  });

  it('fails at once with retake: none, and once the retakes run out', () => {
    expect(computeOutcome(rules({ blocks, masteryScore: 80 }), state([0, 1, 2], failing)).status).toBe('failed');
    const usedUp = { ...failing, q2: { d: 1 as const, s: 0, t: 2 } };
    expect(computeOutcome(rules({ blocks, masteryScore: 80, retake: { limit: 2 } }), state([0, 1, 2], usedUp)).status).toBe('failed');
    expect(computeOutcome(rules({ blocks, masteryScore: 80, retake: { limit: 3 } }), state([0, 1, 2], usedUp)).retake).toBe(true);
  });

  it('fails when the score is short but no check was missed (nothing to retake)', () => {
    const scored = [check('q1', true, 0), scenario('s1', 1)];
    const outcome = computeOutcome(rules({ blocks: scored, masteryScore: 80, retake: {} }), state([0, 1, 2], { q1: { d: 1, s: 1 }, s1: { d: 1, s: 0 } }));
    expect(outcome.status).toBe('failed');
  });

  it('resets only the missed checks, stamped with the retake number, and can then pass', () => {
    const course = rules({ blocks, masteryScore: 80, retake: {} });
    const learner = state([0, 1, 2], failing);
    expect(missedChecks(course, learner).map((block) => block.id)).toEqual(['q2']);
    const reset = retakeStates(course, learner);
    expect(reset).toEqual({ q2: { t: 1 } });
    Object.assign(learner.blocks, reset);
    expect(retakesUsed(course, learner)).toBe(1);
    // The lessons are all open (complete), but the retaken check is not answered yet: not final.
    expect(computeOutcome(course, learner)).toEqual({ complete: true, score: 66.67, status: 'incomplete' });
    learner.blocks.q2 = { d: 1, s: 1, t: 1 };
    expect(computeOutcome(course, learner)).toEqual({ complete: true, score: 100, status: 'passed' });
  });
});

describe('required activities', () => {
  const blocks = [check('q1', true, 0), check('q2', false, 1), ack('a1', true), ack('a2', false)];
  const course = rules({ completion: ['all-lessons', 'checks', 'acknowledgements'], blocks });

  it('counts lessons to open and required blocks, not ungraded or optional ones', () => {
    const items = requiredActivities(course, state([0, 1]));
    expect(items.map((item) => [item.lesson, item.block ?? 'open', item.done])).toEqual([
      [0, 'open', true], [1, 'open', true], [2, 'open', false], [0, 'q1', false], [2, 'a1', false],
    ]);
  });

  it('is not finished by pressing Next through every lesson', () => {
    expect(completionProgress(course, state([0, 1, 2]))).toBe(0.6);
    expect(completionProgress(course, state([0, 1, 2], { q1: { d: 1, s: 1 }, a1: { d: 1 } }))).toBe(1);
  });

  it('counts a missed check as still to do while a retake is offered', () => {
    const graded = rules({ completion: ['checks'], blocks: [check('q1', true, 0), check('q2', true, 1)], masteryScore: 80, retake: {} });
    const learner = state([], { q1: { d: 1, s: 1 }, q2: { d: 1, s: 0 } });
    expect(requiredActivities(graded, learner).map((item) => item.done)).toEqual([true, false]);
    expect(completionProgress(graded, learner)).toBe(0.5);
    expect(completionProgress({ ...graded, retake: undefined }, learner)).toBe(1);
  });
});

describe('progress display', () => {
  it('counts visited lessons', () => {
    expect(lessonProgress(3, state([0]))).toBe(33);
    expect(lessonProgress(3, state([0, 1, 2]))).toBe(100);
  });

  it('marks a lesson complete when its required blocks are done', () => {
    const data = { blocks: [check('q1', true, 0), check('q2', false, 1)] };
    expect(lessonMark(data, state([1]), 0)).toBe('new');
    expect(lessonMark(data, state([0]), 0)).toBe('visited');
    expect(lessonMark(data, state([0], { q1: { d: 1 } }), 0)).toBe('complete');
    expect(lessonMark(data, state([1]), 1)).toBe('complete');
  });
});
