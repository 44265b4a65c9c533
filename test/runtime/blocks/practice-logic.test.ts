import { describe, expect, it } from 'vitest';
import type { RuntimePractice } from '../../../src/model/runtime-data.js';
import { decisionRecord } from '../../../src/runtime/blocks/engine/decision-record.js';
import { availableChoices } from '../../../src/runtime/blocks/engine/scenario-graph.js';
import { gradeOrder, initialOrder, moveItem } from '../../../src/runtime/blocks/practice/practice-order.js';
import { practiceChooseDone, practiceScenario, techniqueBody, techniqueText } from '../../../src/runtime/blocks/practice/practice-scenario.js';

const practice: RuntimePractice = {
  kind: 'practice',
  id: 'p-ward',
  lesson: 2,
  mode: 'choose',
  situation: 'A colleague keeps commenting on a nurse\u2019s appearance.',
  techniques: [
    { id: 'direct', code: 'a', label: 'Direct', text: 'Direct: "Let\u2019s keep it professional."', recommended: true, feedbackHtml: '<p>Clear.</p>' },
    { id: 'distract', code: 'b', label: 'Distract', text: 'Ask for help with a patient.', recommended: false },
    { id: 'delegate', code: 'c', label: 'Delegate', text: 'Tell the nurse in charge.', recommended: true },
  ],
};

describe('choose mode on the decision engine', () => {
  const scenario = practiceScenario(practice);
  const node = scenario.nodes[0]!;

  it('turns every technique into a choice with its feedback as the consequence', () => {
    expect(node.choices.map((c) => [c.id, c.recommended, c.goto])).toEqual([
      ['direct', true, 'practice'],
      ['distract', false, 'practice'],
      ['delegate', true, 'practice'],
    ]);
    expect(node.choices[0]!.consequenceHtml).toBe('<p>Clear.</p>');
  });

  it('reports a try with the technique ids and readable texts', () => {
    const offered = availableChoices(node, {});
    const record = decisionRecord({ id: practice.id, node, index: 1, offered, description: practice.situation });
    expect(record).toMatchObject({ id: 'p-ward', type: 'choice', response: ['distract'], correct: ['direct', 'delegate'], correctAlternatives: true });
    expect(record.choices?.[1]).toEqual({ id: 'distract', text: 'Distract: Ask for help with a patient.' });
  });

  it('is done once a good fit was tried, or every technique was', () => {
    expect(practiceChooseDone(practice, ['b'])).toBe(false);
    expect(practiceChooseDone(practice, ['b', 'c'])).toBe(true);
    const noneGood = { ...practice, techniques: practice.techniques.map((t) => ({ ...t, recommended: false })) };
    expect(practiceChooseDone(noneGood, ['a', 'b'])).toBe(false);
    expect(practiceChooseDone(noneGood, ['a', 'b', 'c'])).toBe(true);
  });

  it('does not repeat the label when the text starts with it', () => {
    expect(techniqueBody(practice.techniques[0]!)).toBe('"Let\u2019s keep it professional."');
    expect(techniqueText(practice.techniques[0]!)).toBe('Direct: "Let\u2019s keep it professional."');
  });
});

describe('order mode', () => {
  const codes = ['a', 'b', 'c', 'd'];

  it('starts from the same shuffled order every time, never the answer', () => {
    const first = initialOrder(codes, 'p-ward');
    expect(initialOrder(codes, 'p-ward')).toEqual(first);
    expect([...first].sort()).toEqual(codes);
    for (const seed of ['a', 'b', 'c', 'p-1', 'p-2', 'order-me']) expect(initialOrder(codes, seed)).not.toEqual(codes);
    expect(initialOrder(['a', 'b'], 'x')).toEqual(['b', 'a']);
  });

  it('moves an item up or down and ignores moves past the ends', () => {
    expect(moveItem(codes, 1, -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(codes, 1, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(codes, 0, -1)).toEqual(codes);
    expect(moveItem(codes, 3, 1)).toEqual(codes);
  });

  it('compares the order with the list order the author wrote', () => {
    expect(gradeOrder(practice, ['a', 'b', 'c'])).toEqual({ correct: true, inPlace: 3, recommended: ['a', 'b', 'c'] });
    expect(gradeOrder(practice, ['b', 'a', 'c'])).toMatchObject({ correct: false, inPlace: 1 });
  });
});
