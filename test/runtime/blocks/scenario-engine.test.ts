import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/runtime/blocks/engine/evaluate-condition.js';
import { replayPath } from '../../../src/runtime/blocks/engine/replay-path.js';
import { availableChoices, findNode, followRoutes, nextByRoutes, settle } from '../../../src/runtime/blocks/engine/scenario-graph.js';
import { applyEffects, initialVariables } from '../../../src/runtime/blocks/engine/scenario-variables.js';
import { breakRoom, cmp } from './fixtures/break-room.js';

describe('evaluateCondition', () => {
  const vars = { trust: 50, safety: 70 };

  it('compares a variable with each operator', () => {
    expect(evaluateCondition(cmp('trust', '<', 51), vars)).toBe(true);
    expect(evaluateCondition(cmp('trust', '<', 50), vars)).toBe(false);
    expect(evaluateCondition(cmp('trust', '<=', 50), vars)).toBe(true);
    expect(evaluateCondition(cmp('trust', '>', 50), vars)).toBe(false);
    expect(evaluateCondition(cmp('trust', '>=', 50), vars)).toBe(true);
    expect(evaluateCondition(cmp('trust', '==', 50), vars)).toBe(true);
    expect(evaluateCondition(cmp('trust', '!=', 50), vars)).toBe(false);
  });

  it('combines terms with and, or and not', () => {
    expect(evaluateCondition({ kind: 'and', terms: [cmp('trust', '>=', 50), cmp('safety', '>', 60)] }, vars)).toBe(true);
    expect(evaluateCondition({ kind: 'and', terms: [cmp('trust', '>', 50), cmp('safety', '>', 60)] }, vars)).toBe(false);
    expect(evaluateCondition({ kind: 'or', terms: [cmp('trust', '>', 50), cmp('safety', '>', 60)] }, vars)).toBe(true);
    expect(evaluateCondition({ kind: 'or', terms: [cmp('trust', '>', 50), cmp('safety', '<', 60)] }, vars)).toBe(false);
    expect(evaluateCondition({ kind: 'not', term: cmp('trust', '>', 50) }, vars)).toBe(true);
  });

  it('respects grouping: not (a or b) and c differs from not a or (b and c)', () => {
    // trust >= 60 is false, safety >= 60 is true, trust == 50 is true
    const a = cmp('trust', '>=', 60);
    const b = cmp('safety', '>=', 60);
    const c = cmp('trust', '==', 50);
    const grouped = { kind: 'and' as const, terms: [{ kind: 'not' as const, term: { kind: 'or' as const, terms: [a, b] } }, c] };
    const other = { kind: 'or' as const, terms: [{ kind: 'not' as const, term: a }, { kind: 'and' as const, terms: [b, c] }] };
    expect(evaluateCondition(grouped, vars)).toBe(false);
    expect(evaluateCondition(other, vars)).toBe(true);
  });

  it('treats an unknown variable as 0', () => {
    expect(evaluateCondition(cmp('missing', '==', 0), vars)).toBe(true);
  });
});

describe('choices and routes', () => {
  const scenario = breakRoom();
  const intro = findNode(scenario, 'intro')!;

  it('offers a gated choice only while its condition holds', () => {
    expect(availableChoices(intro, { trust: 50, safety: 50 }).map((c) => c.choice.id)).toEqual(['laugh', 'name-it', 'leave']);
    expect(availableChoices(intro, { trust: 39, safety: 50 }).map((c) => c.choice.id)).toEqual(['laugh', 'leave']);
  });

  it('keeps each offered choice at its position in the node, so codes stay stable when gated', () => {
    expect(availableChoices(intro, { trust: 0, safety: 0 }).map((c) => c.index)).toEqual([0, 2]);
  });

  it('takes the first route whose condition holds, with a catch-all last', () => {
    const checkIn = findNode(scenario, 'check-in')!;
    expect(nextByRoutes(checkIn, { trust: 60, safety: 65 })).toBe('good-end');
    expect(nextByRoutes(checkIn, { trust: 40, safety: 65 })).toBe('mixed-end');
  });

  it('does not route away from a node that waits for a decision or an end', () => {
    expect(nextByRoutes(intro, { trust: 50, safety: 50 })).toBeUndefined();
    expect(nextByRoutes(findNode(scenario, 'good-end')!, {})).toBeUndefined();
  });

  it('follows routes to where the learner must act next', () => {
    expect(followRoutes(scenario, 'check-in', { trust: 60, safety: 65 })).toEqual(['good-end']);
    expect(settle(scenario, 'check-in', { trust: 0, safety: 0 })).toBe('mixed-end');
    expect(settle(scenario, 'intro', { trust: 0, safety: 0 })).toBe('intro');
  });

  it('stops on a route cycle instead of hanging the page', () => {
    const looping = breakRoom();
    looping.nodes.push(
      { id: 'a', html: '', choices: [], routes: [{ goto: 'b' }] },
      { id: 'b', html: '', choices: [], routes: [{ goto: 'a' }] },
    );
    expect(followRoutes(looping, 'a', {}).length).toBeLessThanOrEqual(looping.nodes.length);
  });
});

describe('variables', () => {
  const scenario = breakRoom();

  it('starts from the initial values', () => {
    expect(initialVariables(scenario)).toEqual({ trust: 50, safety: 50, hidden: 0 });
  });

  it('applies effects and clamps to min and max, reporting the change that happened', () => {
    const { variables, changes } = applyEffects(scenario, { trust: 95, safety: 10, hidden: 0 }, { trust: 10, safety: -15 });
    expect(variables).toEqual({ trust: 100, safety: 0, hidden: 0 });
    expect(changes.map((c) => [c.label, c.requested, c.actual])).toEqual([
      ['Team trust', 10, 5],
      ['Feeling safe', -15, -10],
    ]);
  });

  it('ignores effects on variables the scenario does not define', () => {
    const { variables, changes } = applyEffects(scenario, initialVariables(scenario), { nope: 5 });
    expect(variables).toEqual(initialVariables(scenario));
    expect(changes).toEqual([]);
  });
});

describe('replayPath', () => {
  const scenario = breakRoom();

  it('derives variables and position from the saved decisions', () => {
    const replay = replayPath(scenario, [0, 0]); // laugh, then apologise
    expect(replay.variables).toEqual({ trust: 60, safety: 65, hidden: 0 });
    expect(replay.current).toBe('check-in');
    expect(replay.steps).toEqual([
      { node: 'intro', choice: 0 },
      { node: 'after-laugh', choice: 0 },
      { node: 'check-in' },
    ]);
  });

  it('passes through routing nodes between decisions', () => {
    const s = breakRoom();
    // make the good end a decision node so a route leads into a decision
    const good = findNode(s, 'good-end')!;
    delete good.end;
    good.choices = [{ id: 'wrap', html: 'Wrap up', text: 'Wrap up', effects: {}, goto: 'mixed-end', recommended: false }];
    const replay = replayPath(s, [1, 0]);
    expect(replay.steps.map((x) => x.node)).toEqual(['intro', 'check-in', 'good-end', 'mixed-end']);
    expect(replay.steps[2]).toEqual({ node: 'good-end', choice: 0 });
  });

  it('stops at a decision that is no longer possible (gated or removed after an edit)', () => {
    const replay = replayPath(scenario, [0, 1, 2]); // laugh, ignore → poor-end; the third is impossible
    expect(replay.path).toEqual([0, 1]);
    expect(replay.current).toBe('poor-end');
    const gated = replayPath(scenario, [2, 9]);
    expect(gated.path).toEqual([2]);
  });

  it('does not replay a gated choice', () => {
    const s = breakRoom();
    s.variables[0]!.initial = 30; // trust 30 < 40: "name-it" is not offered
    expect(replayPath(s, [1]).path).toEqual([]);
  });
});
