import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../src/diagnostics/context.js';
import { parseScenario } from '../../src/parse/scenario/parse-scenario.js';
import { enumeratePaths, formatPaths, recommendedPath, scenarioToDot, scenarioToMermaid } from '../../src/graph/index.js';
import type { Scenario } from '../../src/model/scenario.js';

const dir = fileURLToPath(new URL('../fixtures/scenario/valid-rich/', import.meta.url));

function load(text: string): Scenario {
  const sink = createDiagnosticSink();
  const scenario = parseScenario(text, 'scenario.yml', sink);
  if (!scenario) throw new Error(sink.diagnostics.map((d) => d.message).join('\n'));
  return scenario;
}

/** Compare with a golden file next to the rich fixture; UPDATE=1 rewrites it. */
function golden(name: string, actual: string): void {
  const file = `${dir}${name}`;
  if (process.env.UPDATE === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing; run with UPDATE=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const rich = load(readFileSync(`${dir}scenario.yml`, 'utf8'));

describe('scenario graph output', () => {
  it('draws the rich scenario as Mermaid', () => golden('graph.mmd', scenarioToMermaid(rich)));
  it('draws the rich scenario as DOT', () => golden('graph.dot', scenarioToDot(rich)));
  it('lists every path of the rich scenario for reviewers', () => golden('paths.txt', formatPaths(enumeratePaths(rich))));

  it('is deterministic', () => {
    expect(scenarioToMermaid(rich)).toBe(scenarioToMermaid(load(readFileSync(`${dir}scenario.yml`, 'utf8'))));
    expect(scenarioToDot(rich)).toBe(scenarioToDot(rich));
  });

  it('keeps Mermaid ids safe, even for a node called "end", and escapes quotes in labels', () => {
    const s = load('id: a\ntitle: A\nnodes:\n  start:\n    title: Say "hi" <b>now</b>\n    text: T\n    choices: [{ id: go, text: Go, goto: end }]\n  end: { end: true, outcome: positive, text: T }\n');
    const mermaid = scenarioToMermaid(s);
    expect(mermaid).toContain('n_end(["end (positive)"])');
    expect(mermaid).toContain('n_start["Say #quot;hi#quot; #lt;b>now#lt;/b><br/>start"]');
    expect(mermaid).toContain('n_start -->|"go"| n_end');
    expect(scenarioToDot(s)).toContain('"start" [label="Say \\"hi\\" <b>now</b>\\nstart", penwidth=3];');
  });

  it('draws targets that do not exist, dashed', () => {
    const s = load('id: a\ntitle: A\nnodes:\n  n:\n    text: T\n    choices: [{ id: go, text: Go, goto: nowhere }]\n');
    expect(scenarioToMermaid(s)).toContain('n_nowhere["nowhere<br/>(does not exist)"]');
    expect(scenarioToDot(s)).toContain('"nowhere" [label="nowhere\\n(does not exist)", style=dashed, color="#c62828"];');
  });
});

describe('enumeratePaths', () => {
  it('finds each way to an ending with its outcome, values and score', () => {
    const { paths, truncated } = enumeratePaths(rich);
    expect(truncated).toBe(false);
    expect(paths.map((p) => [p.steps.map((s) => s.choice ?? `route ${s.route}`).join(' > '), p.end, p.score])).toEqual([
      ['laugh > apologise > route 3', 'poor-end', 0],
      ['laugh > ignore', 'poor-end', 0],
      ['name-it > route 1', 'good-end', 100],
      ['ask > ask-again > name-it > route 2', 'mixed-end', 50],
      ['ask > name-it > route 1', 'good-end', 90],
    ]);
    expect(paths[2]!.values).toEqual({ trust: 60, safety: 70, asked: 0 });
  });

  it('follows a loop at most once per choice, so it always ends', () => {
    const s = load(
      'id: a\ntitle: A\nnodes:\n  a:\n    text: T\n    choices:\n      - { id: stay, text: S, goto: a }\n      - { id: next, text: N, goto: b }\n      - { id: skip, text: K, goto: e }\n  b:\n    text: T\n    choices:\n      - { id: back, text: B, goto: a }\n      - { id: done, text: D, goto: e }\n  e: { end: true, outcome: mixed, text: T }\n',
    );
    const { paths, truncated, loopsCut } = enumeratePaths(s);
    expect(truncated).toBe(false);
    expect(loopsCut).toBeGreaterThan(0);
    expect(paths.map((p) => p.steps.map((x) => x.choice).join(' '))).toEqual([
      'stay next back skip',
      'stay next done',
      'stay skip',
      'next back stay skip',
      'next back skip',
      'next done',
      'skip',
    ]);
  });

  it('says that ways round a loop again are not listed, where an ending is reached only that way', () => {
    // The way out opens on the second visit: no path is listed, and the listing says why.
    const s = load(
      'id: a\ntitle: A\nvariables: { visits: { label: Visits, initial: 0 } }\nnodes:\n  a:\n    text: T\n    choices:\n      - { id: again, text: Again, goto: a, effects: { visits: 1 } }\n      - { id: leave, text: Leave, goto: e, when: visits >= 2, effects: { visits: 1 } }\n      - { id: wait, text: Wait, goto: a, effects: { visits: 1 } }\n  e: { end: true, outcome: mixed, text: T }\n',
    );
    const result = enumeratePaths(s);
    expect(result.paths.map((p) => p.steps.map((x) => x.choice).join(' '))).toEqual(['again wait leave', 'wait again leave']);
    expect(result.loopsCut).toBeGreaterThan(0);
    const line = 'Each loop is followed once: ways that go round a loop again are not listed, nor an ending reached only that way.';
    expect(formatPaths(result)).toContain(line);
    // Without a loop, no such line.
    const straight = load('id: a\ntitle: A\nnodes:\n  a:\n    text: T\n    choices:\n      - { id: x, text: X, goto: e }\n      - { id: y, text: Y, goto: e }\n  e: { end: true, outcome: mixed, text: T }\n');
    expect(enumeratePaths(straight).loopsCut).toBe(0);
    expect(formatPaths(enumeratePaths(straight))).not.toContain(line);
  });

  it('stops at the limit and says so', () => {
    // 2^12 ways through a chain of binary choices.
    const nodes = Array.from({ length: 12 }, (_, i) => `  n${i}:\n    text: T\n    choices:\n      - { id: a, text: A, goto: ${i === 11 ? 'e' : `n${i + 1}`} }\n      - { id: b, text: B, goto: ${i === 11 ? 'e' : `n${i + 1}`} }\n`).join('');
    const s = load(`id: a\ntitle: A\nnodes:\n${nodes}  e: { end: true, outcome: mixed, text: T }\n`);
    expect(enumeratePaths(s).paths).toHaveLength(1000);
    const limited = enumeratePaths(s, { limit: 10 });
    expect(limited.paths).toHaveLength(10);
    expect(limited.truncated).toBe(true);
    expect(formatPaths(limited)).toContain('The search stopped after 10 paths; there may be more.');
    expect(enumeratePaths(s, { limit: 5000 }).paths).toHaveLength(4096);
  });
});

describe('recommendedPath', () => {
  it('follows recommended choices and the first route that holds', () => {
    expect(recommendedPath(rich)).toEqual(['intro', 'check-in', 'good-end']);
  });

  it('is empty when the recommended choices do not reach an ending', () => {
    const s = load('id: a\ntitle: A\nnodes:\n  a:\n    text: T\n    choices:\n      - { id: x, text: X, goto: b }\n  b: { end: true, outcome: mixed, text: T }\n');
    expect(recommendedPath(s)).toEqual([]);
  });

  it('skips a recommended choice that is not offered', () => {
    const s = load(
      'id: a\ntitle: A\nvariables: { k: { label: K, initial: 0 } }\nnodes:\n  a:\n    text: T\n    choices:\n      - { id: x, text: X, goto: b, recommended: true, when: k > 5 }\n      - { id: y, text: Y, goto: c, recommended: true }\n  b: { end: true, outcome: positive, text: T }\n  c: { end: true, outcome: mixed, text: T }\n',
    );
    expect(recommendedPath(s)).toEqual(['a', 'c']);
  });
});
