import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { parseScenario } from '../../../src/parse/scenario/parse-scenario.js';
import { validateScenario } from '../../../src/validate/scenario/validate-scenario.js';
import { bestScenarioScore } from '../../../src/validate/scenario/best-scenario-score.js';
import type { Scenario } from '../../../src/model/scenario.js';

function check(text: string, masteryScore?: number): { scenario: Scenario; diagnostics: readonly Diagnostic[] } {
  const sink = createDiagnosticSink();
  const scenario = parseScenario(text, 'scenarios/s.yml', sink);
  if (!scenario) throw new Error(sink.diagnostics.map((d) => d.message).join('\n'));
  validateScenario(scenario, sink, masteryScore === undefined ? {} : { masteryScore });
  return { scenario, diagnostics: sink.diagnostics };
}

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);

// A hub that can raise a, b and c one step at a time: about a million value combinations, far above
// what the exact walk explores, so these checks run on interval ranges.
const bigStateSpace = (extra: string) => `id: big
title: Big
variables:
  a: { label: A, initial: 0 }
  b: { label: B, initial: 0 }
  c: { label: C, initial: 0 }
nodes:
  hub:
    text: T
    choices:
      - { id: more-a, text: A, effects: { a: 1 }, goto: hub }
      - { id: more-b, text: B, effects: { b: 1 }, goto: hub }
      - { id: more-c, text: C, effects: { c: 1 }, goto: hub }
      - { id: go, text: Go, recommended: true, goto: sort }
${extra}
  sort:
    text: T
    routes:
      - { when: a <= 49, goto: low }
      - { when: a >= 50, goto: high }
  low: { end: true, outcome: mixed, text: T }
  high: { end: true, outcome: positive, text: T }
`;

describe('validateScenario', () => {
  it('points a bad goto deep in the file at its value, with the node list as related', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `  step-${i}:\n    text: Step ${i}.\n    choices:\n      - id: on\n        text: On.\n        recommended: true\n        goto: ${i === 29 ? 'finale' : `step-${i + 1}`}\n`).join('');
    const { diagnostics } = check(`id: long\ntitle: Long\nnodes:\n${filler}  finish: { end: true, outcome: positive, text: Done. }\n`);
    const missing = diagnostics.find((d) => d.code === 'scenario-missing-target')!;
    // step-29 starts at line 4 + 29 * 7; its goto is the 7th line of the block.
    expect(missing.range).toEqual({ start: { line: 213, column: 15 }, end: { line: 213, column: 21 } });
    expect(missing.message).toBe('Expected a node "finale" for the choice "on" of "step-29" to lead to, found none.');
    expect(missing.related).toEqual([{ file: 'scenarios/s.yml', range: expect.objectContaining({ start: { line: 3, column: 1 } }), message: 'Node ids are the keys under "nodes".' }]);
    expect(missing.hint).toContain('goto');
  });

  it('suggests the id the author probably meant', () => {
    const { diagnostics } = check('id: a\ntitle: A\nstart: intor\nnodes:\n  intro: { text: T, routes: [{ goto: ending }] }\n  the-end: { end: true, outcome: mixed, text: T }\n');
    expect(diagnostics.find((d) => d.code === 'scenario-missing-start')!.hint).toMatch(/^Did you mean "intro"\?/);
    expect(diagnostics.find((d) => d.code === 'scenario-missing-target')!.hint).not.toMatch(/Did you mean/);
  });

  it('does not call a variable unused when an unreadable condition names it or a misspelt name is meant for it: those errors are the problem', () => {
    const scenario = (choice: string) =>
      `id: a\ntitle: A\nvariables:\n  trust: { label: T, initial: 50 }\nnodes:\n  n:\n    text: T\n    choices:\n      - { id: x, text: X, ${choice}recommended: true, goto: e }\n  e: { end: true, outcome: mixed, text: T }\n`;
    const unused = (choice: string) => codes(check(scenario(choice)).diagnostics).filter((code) => code === 'scenario-variable-unused');
    expect(unused('')).toEqual(['scenario-variable-unused']);
    expect(unused('when: "trust >", ')).toEqual([]);
    expect(unused('effects: { trsut: 5 }, ')).toEqual([]);
    expect(unused('when: "trsut > 5", ')).toEqual([]);
    expect(unused('effects: { other: 5 }, ')).toEqual(['scenario-variable-unused']);
  });

  it('points an undeclared variable at its column inside the condition', () => {
    const { diagnostics } = check(
      'id: a\ntitle: A\nvariables:\n  trust: { label: T, initial: 50 }\nnodes:\n  n:\n    text: T\n    choices:\n      - id: x\n        text: X\n        when: "trust > 1 and trsut < 90"\n        effects: { trust: 1 }\n        recommended: true\n        goto: e\n  e: { end: true, outcome: mixed, text: T }\n',
    );
    const unknown = diagnostics.filter((d) => d.code === 'scenario-unknown-variable');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.range).toEqual({ start: { line: 11, column: 30 }, end: { line: 11, column: 35 } });
    expect(unknown[0]!.hint).toBe('Did you mean "trust"? If "trsut" is a new variable, declare it, e.g. "variables: { trsut: { label: …, initial: 50 } }".');
  });

  it('reports a trapping loop once, and leaves loops that fall into a dead end to scenario-dead-end', () => {
    const trap = check(
      'id: a\ntitle: A\nnodes:\n  s:\n    text: T\n    choices:\n      - { id: in, text: I, goto: x }\n      - { id: out, text: O, goto: e, recommended: true }\n  x: { text: T, routes: [{ goto: y }] }\n  y: { text: T, routes: [{ goto: z }] }\n  z: { text: T, routes: [{ goto: x }] }\n  e: { end: true, outcome: mixed, text: T }\n',
    );
    expect(codes(trap.diagnostics)).toEqual(['scenario-no-exit-cycle']);
    expect(trap.diagnostics[0]!.message).toBe('Learners who reach "x", "y" and "z" can only go round in a loop; no ending can be reached from there.');
    const leaky = check(
      'id: a\ntitle: A\nnodes:\n  s:\n    text: T\n    choices:\n      - { id: in, text: I, goto: x }\n      - { id: out, text: O, goto: e, recommended: true }\n  x:\n    text: T\n    choices: [{ id: on, text: O, goto: y }, { id: off, text: F, goto: hole }]\n  y: { text: T, routes: [{ goto: x }] }\n  hole: { text: T }\n  e: { end: true, outcome: mixed, text: T }\n',
    );
    expect(codes(leaky.diagnostics)).toEqual(['scenario-dead-end']);
  });

  it('accepts routes whose conditions together cover every case', () => {
    const { diagnostics } = check(
      'id: a\ntitle: A\nvariables: { k: { label: K, initial: 50 } }\nnodes:\n  s:\n    text: T\n    choices:\n      - { id: up, text: U, effects: { k: 7 }, goto: r, recommended: true }\n      - { id: down, text: D, effects: { k: -3 }, goto: r }\n  r:\n    text: T\n    routes:\n      - { when: k >= 50, goto: e }\n      - { when: k < 50, goto: f }\n  e: { end: true, outcome: positive, text: T }\n  f: { end: true, outcome: mixed, text: T }\n',
    );
    expect(diagnostics).toEqual([]);
  });

  it('still finds never-holding conditions when the state space is too large to walk', () => {
    const { diagnostics } = check(bigStateSpace('      - { id: wild, text: W, when: a > 200 or b < 0, goto: sort }'));
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['scenario-condition-never-holds', 'The condition "a > 200 or b < 0" can never hold: a stays between 0 and 100 and b stays between 0 and 100 when learners reach "hub".'],
    ]);
  });

  it('treats whole-number variables as whole numbers when checking coverage on ranges', () => {
    // a <= 49 and a >= 50 leave no whole number out, so the routes need no fallback.
    expect(check(bigStateSpace('')).diagnostics).toEqual([]);
  });

  it('computes the best score exactly, thresholds included', () => {
    const text = (points: number) =>
      `id: a\ntitle: A\nvariables: { k: { label: K, initial: 0 } }\nnodes:\n  s:\n    text: T\n    choices:\n      - { id: up, text: U, effects: { k: 5 }, goto: e, recommended: true }\n      - { id: top, text: T, effects: { k: 20 }, goto: f }\n  e: { end: true, outcome: positive, text: T }\n  f: { end: true, outcome: mixed, text: T }\nscoring:\n  ends: { e: 70, f: 40 }\n  thresholds:\n    - { when: k >= 10, points: ${points} }\n`;
    // The bonus only comes with the weaker ending: best is max(70, 40 + 30) = 70.
    expect(bestScenarioScore(check(text(30)).scenario)).toBe(70);
    expect(codes(check(text(30), 75).diagnostics)).toEqual(['scenario-passing-impossible']);
    expect(codes(check(text(50), 75).diagnostics)).toEqual([]);
  });

  it('stays quiet about reachability when the start is missing', () => {
    const { diagnostics } = check('id: a\ntitle: A\nstart: nope\nnodes:\n  s: { text: T, routes: [{ goto: e }] }\n  e: { end: true, outcome: mixed, text: T }\n');
    expect(codes(diagnostics)).toEqual(['scenario-missing-start']);
  });

  it('handles a long loop without running out of stack', () => {
    // Built in code: parsing 20,000 YAML nodes would measure the YAML layer, not the analysis.
    const count = 20_000;
    const at = { file: 'scenarios/s.yml' };
    const scenario: Scenario = {
      id: 'a',
      title: 'A',
      start: 'n0',
      variables: [],
      allowRewind: true,
      allowRestart: true,
      at,
      nodes: Array.from({ length: count }, (_, i) => ({
        id: `n${i}`,
        text: 'T',
        at,
        routes: [],
        choices: [{ id: 'c', text: 'C', effects: {}, recommended: true, goto: `n${(i + 1) % count}`, at, gotoAt: at }],
      })),
    };
    const sink = createDiagnosticSink();
    validateScenario(scenario, sink);
    // One loop through every node and no ending: one trap, reported once.
    expect(codes(sink.diagnostics)).toEqual(['scenario-no-exit-cycle']);
    expect(sink.diagnostics[0]!.message).toContain('and 19995 more');
  });
});
