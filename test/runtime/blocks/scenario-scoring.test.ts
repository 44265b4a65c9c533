import { describe, expect, it } from 'vitest';
import { comparePaths, recommendedDecisions } from '../../../src/runtime/blocks/engine/compare-paths.js';
import { decisionRecord, shorten } from '../../../src/runtime/blocks/engine/decision-record.js';
import { replayPath } from '../../../src/runtime/blocks/engine/replay-path.js';
import { availableChoices, findNode, followRoutes } from '../../../src/runtime/blocks/engine/scenario-graph.js';
import { scoreScenario } from '../../../src/runtime/blocks/engine/score-scenario.js';
import { breakRoom } from './fixtures/break-room.js';

const scenario = breakRoom();

/** Steps of a finished run, routed on to the end as the debrief sees them. */
function finishedSteps(path: number[]) {
  const replay = replayPath(scenario, path);
  return [...replay.steps, ...followRoutes(scenario, replay.current, replay.variables).map((node) => ({ node }))];
}

describe('scoreScenario', () => {
  it('gives the points of the end reached as 0..1', () => {
    expect(scoreScenario(scenario, 'mixed-end', { trust: 0, safety: 0 })).toBe(0.5);
    expect(scoreScenario(scenario, 'poor-end', { trust: 0, safety: 0 })).toBe(0);
  });

  it('adds the points of every threshold that holds at the end', () => {
    expect(scoreScenario(scenario, 'mixed-end', { trust: 60, safety: 10 })).toBe(0.6);
    expect(scoreScenario(scenario, 'mixed-end', { trust: 60, safety: 70 })).toBe(0.8);
  });

  it('never goes above 1', () => {
    expect(scoreScenario(scenario, 'good-end', { trust: 60, safety: 70 })).toBe(1);
  });

  it('scores an end the author left out of scoring as 0', () => {
    expect(scoreScenario(scenario, 'elsewhere', { trust: 0, safety: 0 })).toBe(0);
  });

  it('is undefined for an unscored scenario; the weight is the shell\u2019s to apply', () => {
    const unscored = breakRoom();
    delete unscored.scoring;
    expect(scoreScenario(unscored, 'good-end', {})).toBeUndefined();
    expect(scenario.scoring?.weight).toBe(2);
    expect(scoreScenario(scenario, 'mixed-end', { trust: 0, safety: 0 })).toBe(0.5);
  });

  it('scores a whole run from its replayed variables', () => {
    const replay = replayPath(scenario, [1]); // name it: trust 60, safety 65 → good end, both thresholds
    expect(scoreScenario(scenario, 'good-end', replay.variables)).toBe(1);
  });
});

describe('comparePaths', () => {
  it('derives the recommended decisions from the recommended path', () => {
    expect(recommendedDecisions(scenario)).toEqual([{ node: 'intro', choice: 1, recommended: true }]);
  });

  it('recognises a run that followed the recommended path', () => {
    const result = comparePaths(scenario, finishedSteps([1]));
    expect(result.followed).toBe(true);
    expect(result.differences).toBe(0);
    expect(result.learner).toEqual([{ node: 'intro', choice: 1, recommended: true }]);
  });

  it('names each decision that passed over a recommended choice and what was recommended', () => {
    const result = comparePaths(scenario, finishedSteps([0, 0])); // laugh, then apologise
    expect(result.followed).toBe(false);
    expect(result.differences).toBe(1);
    expect(result.learner).toEqual([
      { node: 'intro', choice: 0, recommended: false, instead: 1 },
      { node: 'after-laugh', choice: 0, recommended: true },
    ]);
  });

  it('does not call a run "followed" when another choice led to the same nodes', () => {
    const variant = breakRoom();
    variant.nodes[0]!.choices[2]!.effects = { trust: 10, safety: 15 }; // "leave" now also reaches the good end
    const replay = replayPath(variant, [2]);
    const steps = [...replay.steps, ...followRoutes(variant, replay.current, replay.variables).map((node) => ({ node }))];
    expect(steps.map((s) => s.node)).toEqual(variant.recommendedPath);
    const result = comparePaths(variant, steps);
    expect(result.followed).toBe(false);
    expect(result.differences).toBe(1);
  });

  it('calls a run "followed" when every decision was one of several recommended choices (any fitting D)', () => {
    const variant = breakRoom();
    // "Leave" is marked recommended too, and its own path (not the recommended path's nodes) ends well.
    variant.nodes[0]!.choices[2]!.recommended = true;
    const replay = replayPath(variant, [2]);
    const steps = [...replay.steps, ...followRoutes(variant, replay.current, replay.variables).map((node) => ({ node }))];
    expect(steps.map((s) => s.node)).not.toEqual(variant.recommendedPath);
    const result = comparePaths(variant, steps);
    expect(result).toMatchObject({ followed: true, differences: 0 });
  });

  it('does not call a run "followed" when it reached another end', () => {
    expect(comparePaths(scenario, finishedSteps([2])).followed).toBe(false); // leave → mixed end
  });
});

describe('decisionRecord', () => {
  const intro = findNode(scenario, 'intro')!;
  const offered = availableChoices(intro, { trust: 50, safety: 50 });

  it('reports a decision with a readable id, the choice ids and the offered choices', () => {
    const record = decisionRecord({ id: 'break-room.intro', node: intro, index: 0, offered, description: 'Sam makes a comment.', latencyMs: 1234.4 });
    expect(record).toEqual({
      id: 'break-room.intro',
      type: 'choice',
      description: 'Sam makes a comment.',
      response: ['laugh'],
      correct: ['name-it'],
      correctAlternatives: true,
      result: 'incorrect',
      latencyMs: 1234,
      choices: [
        { id: 'laugh', text: 'Laugh along.' },
        { id: 'name-it', text: 'Say calmly that it is not okay.' },
        { id: 'leave', text: 'Leave the room.' },
      ],
    });
  });

  it('marks the recommended choice correct, and any choice neutral where nothing is recommended', () => {
    expect(decisionRecord({ id: 'x', node: intro, index: 1, offered, description: '' }).result).toBe('correct');
    const open = { ...intro, choices: intro.choices.map((c) => ({ ...c, recommended: false })) };
    const record = decisionRecord({ id: 'x', node: open, index: 0, offered: availableChoices(open, { trust: 50 }), description: '' });
    expect(record.result).toBe('neutral');
    expect(record.correct).toBeUndefined();
  });

  it('lists every choice of the step, so each keeps its place for every learner, and never recommends a hidden one', () => {
    const gated = availableChoices(intro, { trust: 10 });
    const record = decisionRecord({ id: 'break-room.intro', node: intro, index: 2, offered: gated, description: '' });
    expect(gated.map((c) => c.choice.id)).toEqual(['laugh', 'leave']);
    expect(record.choices?.map((c) => c.id)).toEqual(['laugh', 'name-it', 'leave']);
    expect(record).toMatchObject({ response: ['leave'], result: 'incorrect' });
    expect(record.correct).toBeUndefined();
  });

  it('keeps descriptions short enough for every LMS', () => {
    const long = 'word '.repeat(100);
    const text = decisionRecord({ id: 'x', node: intro, index: 0, offered, description: long }).description;
    expect(text.length).toBeLessThanOrEqual(250);
    expect(text.endsWith('…')).toBe(true);
    expect(shorten('  a\n  b  ', 10)).toBe('a b');
    // A long situation is cut at a word before its question, which is kept whole for the report.
    const situation = `${'A visitor keeps commenting on a nurse and follows her to the door of the bay. '.repeat(4)}Which of these would be a good fit here? Choose all that fit.`;
    const short = shorten(situation, 250);
    expect(short.length).toBeLessThanOrEqual(250);
    expect(short).toMatch(/^A visitor keeps .* [a-z]+… Which of these would be a good fit here\? Choose all that fit\.$/);
    // Without a question at its end, it is cut at a word.
    expect(shorten('word '.repeat(100), 24)).toBe('word word word word…');
  });
});
