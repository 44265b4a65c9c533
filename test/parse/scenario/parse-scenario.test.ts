import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { parseScenario } from '../../../src/parse/scenario/parse-scenario.js';
import { scenarioSchema } from '../../../src/parse/scenario/scenario-schema.js';
import type { SourceLocation } from '../../../src/model/position.js';

const rich = readFileSync(new URL('../../fixtures/scenario/valid-rich/scenario.yml', import.meta.url), 'utf8');

function parse(text: string, options: Parameters<typeof parseScenario>[3] = {}) {
  const sink = createDiagnosticSink();
  const scenario = parseScenario(text, 'scenarios/s.yml', sink, options);
  return { scenario, diagnostics: sink.diagnostics };
}

const start = (at: SourceLocation | undefined) => at?.range?.start;

describe('parseScenario', () => {
  it('builds the model from a rich scenario without diagnostics', () => {
    const { scenario, diagnostics } = parse(rich);
    expect(diagnostics).toEqual([]);
    expect(scenario).toMatchObject({ id: 'break-room', title: 'The break-room comment', start: 'intro', allowRewind: true, allowRestart: false });
    expect(scenario!.nodes.map((n) => n.id)).toEqual(['intro', 'clarify', 'after-laugh', 'check-in', 'good-end', 'mixed-end', 'poor-end']);
    expect(scenario!.at.file).toBe('scenarios/s.yml');
  });

  it('applies variable defaults: min 0, max 100, visible, initial = min', () => {
    const { scenario } = parse(rich);
    expect(scenario!.variables.map(({ at: _at, ...v }) => v)).toEqual([
      { id: 'trust', label: 'Team trust', initial: 50, min: 0, max: 100, visible: true, better: 'higher' },
      { id: 'safety', label: 'Feeling safe', initial: 50, min: 0, max: 100, visible: true, better: 'higher' },
      { id: 'asked', label: 'Times you asked', initial: 0, min: 0, max: 3, visible: false, better: 'higher' },
    ]);
    const { scenario: noInitial } = parse('id: a\ntitle: A\nvariables:\n  x: { label: X, min: 5 }\nnodes:\n  n: { end: true, outcome: mixed, text: T }\n');
    expect(noInitial!.variables[0]).toMatchObject({ initial: 5, min: 5, max: 100 });
  });

  it('reads a meter where lower is better, such as risk', () => {
    const { scenario, diagnostics } = parse('id: a\ntitle: A\nvariables:\n  risk: { label: Risk of harm, better: lower }\nnodes:\n  n: { end: true, outcome: mixed, text: T }\n');
    expect(diagnostics).toEqual([]);
    expect(scenario!.variables[0]).toMatchObject({ id: 'risk', better: 'lower' });
    expect(parse('id: a\ntitle: A\nvariables:\n  risk: { label: Risk, better: down }\nnodes:\n  n: { end: true, outcome: mixed, text: T }\n').diagnostics.map((d) => d.code)).toEqual(['schema-invalid-value']);
  });

  it('says how an ending is written when "end" is given its outcome as a map', () => {
    const { diagnostics } = parse('id: a\ntitle: A\nnodes:\n  n:\n    text: T\n    end: { outcome: positive }\n');
    expect(diagnostics.map((d) => [d.code, d.range?.start, d.hint])).toEqual([
      ['schema-invalid-value', { line: 6, column: 10 }, expect.stringContaining('"end": Marks an ending: "end: true", with the node\'s "outcome" and its debrief in "text" beside it.')],
    ]);
  });

  it('accepts a speaker as a name or an object, and infers the media kind', () => {
    const { scenario } = parse(rich);
    const [intro, clarify] = scenario!.nodes;
    expect(intro!.speaker).toEqual({ name: 'Sam', role: 'Porter', portrait: '../media/sam.jpg' });
    expect(clarify!.speaker).toEqual({ name: 'Sam' });
    expect(intro!.media).toMatchObject({ path: '../media/break-room.jpg', kind: 'image', alt: 'A hospital break room at night' });
    const video = parse('id: a\ntitle: A\nnodes:\n  n:\n    media: { src: clip.mp4 }\n    end: true\n    outcome: mixed\n    text: T\n');
    expect(video.scenario!.nodes[0]!.media).toMatchObject({ kind: 'video' });
    expect(video.diagnostics).toEqual([]);
  });

  it('turns media and portrait paths into course paths through resolvePath, and drops what it rejects', () => {
    const calls: [string, number | undefined][] = [];
    const { scenario } = parse(rich, {
      resolvePath: (relative, at) => {
        calls.push([relative, at.range?.start.line]);
        return relative.endsWith('sam.jpg') ? undefined : relative.replace('../', '');
      },
    });
    expect(calls).toEqual([
      ['../media/sam.jpg', 14],
      ['../media/break-room.jpg', 15],
    ]);
    expect(scenario!.nodes[0]!.speaker).toEqual({ name: 'Sam', role: 'Porter' });
    expect(scenario!.nodes[0]!.media!.path).toBe('media/break-room.jpg');
  });

  it('keeps choices, routes, endings and scores', () => {
    const { scenario } = parse(rich);
    const intro = scenario!.nodes[0]!;
    expect(intro.choices[1]).toMatchObject({
      id: 'name-it',
      goto: 'check-in',
      recommended: true,
      effects: { trust: 10, safety: 20 },
      whenSource: 'trust >= 40',
      when: { kind: 'compare', variable: 'trust', op: '>=', value: 40 },
    });
    expect(intro.choices[0]).toMatchObject({ recommended: false, consequence: 'Priya looks down and leaves.' });
    expect(intro.choices[0]!.when).toBeUndefined();
    const checkIn = scenario!.nodes[3]!;
    expect(checkIn.routes.map((r) => r.goto)).toEqual(['good-end', 'mixed-end', 'poor-end']);
    expect(checkIn.routes[2]!.when).toBeUndefined();
    expect(scenario!.nodes[4]!.end).toEqual({ outcome: 'positive', outcomeLabel: 'You helped Priya feel safe', score: 90 });
    expect(scenario!.scoring).toMatchObject({ weight: 2, ends: { 'good-end': 90, 'mixed-end': 50, 'poor-end': 0 } });
    expect(scenario!.scoring!.thresholds[0]).toMatchObject({ whenSource: 'safety >= 70', points: 10 });
  });

  it('points node, choice, goto and condition locations at the author text', () => {
    const { scenario } = parse(rich);
    const intro = scenario!.nodes[0]!;
    expect(start(intro.at)).toEqual({ line: 12, column: 3 });
    const nameIt = intro.choices[1]!;
    expect(start(nameIt.at)).toEqual({ line: 24, column: 9 });
    expect(start(nameIt.gotoAt)).toEqual({ line: 29, column: 15 });
    // The condition range covers exactly "trust >= 40".
    expect(nameIt.whenAt!.range).toEqual({ start: { line: 30, column: 15 }, end: { line: 30, column: 26 } });
    const route = scenario!.nodes[3]!.routes[0]!;
    expect(route.whenAt!.range).toEqual({ start: { line: 69, column: 15 }, end: { line: 69, column: 43 } });
    expect(start(scenario!.scoring!.thresholds[0]!.at)).toEqual({ line: 92, column: 13 });
  });

  it('defaults start to the first node', () => {
    const { scenario } = parse('id: a\ntitle: A\nnodes:\n  first: { text: T, routes: [{ goto: last }] }\n  last: { end: true, outcome: mixed, text: T }\n');
    expect(scenario!.start).toBe('first');
  });

  it('adds the line offset of an inline block to every position', () => {
    const text = 'id: a\ntitle: A\nnodes:\n  n:\n    text: T\n    choices:\n      - { id: x, text: X, goto: n, when: "k > 1 &&" }\n';
    const { scenario, diagnostics } = parse(text, { lineOffset: 10 });
    expect(start(scenario!.nodes[0]!.at)).toEqual({ line: 14, column: 3 });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'scenario-invalid-condition', range: { start: { line: 17, column: 49 }, end: { line: 17, column: 51 } } }),
    ]);
  });

  it('reports bad ids with a suggestion and keeps going', () => {
    const { scenario, diagnostics } = parse('id: Break Room\ntitle: A\nnodes:\n  Start Here: { end: true, outcome: mixed, text: T }\n');
    expect(scenario).toBeDefined();
    expect(diagnostics.map((d) => [d.code, d.range?.start.line, d.hint])).toEqual([
      ['invalid-id', 1, 'Try "break-room". Ids become part of LMS report ids, which only take plain ASCII.'],
      ['invalid-id', 4, 'Try "start-here". Ids become part of LMS report ids, which only take plain ASCII.'],
    ]);
  });

  it('reports unknown fields at their key, and reads the rest without them so its other problems show in the same run', () => {
    const { scenario, diagnostics } = parse('id: a\ntitle: A\nnodes:\n  n:\n    end: true\n    outcome: mixed\n    text: T\n    ends: true\n');
    expect(scenario?.nodes.map((node) => [node.id, node.end?.outcome])).toEqual([['n', 'mixed']]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'schema-unknown-field', range: expect.objectContaining({ start: { line: 8, column: 5 } }) }),
    ]);
  });

  it('requires text except on pure routing nodes', () => {
    const { diagnostics } = parse('id: a\ntitle: A\nnodes:\n  n:\n    choices: [{ id: x, text: X, goto: m }]\n  m:\n    routes: [{ goto: e }]\n  e: { end: true, outcome: mixed, text: T }\n');
    expect(diagnostics.map((d) => [d.code, d.message, d.range?.start.line])).toEqual([['schema-missing-field', 'Expected the field "text", found none.', 4]]);
  });

  it('refuses blank words learners would see: a choice, its consequence, a debrief, a meter name, a speaker', () => {
    const text = ['id: a', 'title: A', 'variables:', '  trust: { label: "" }', 'nodes:', '  n:', '    speaker: " "', '    text: Go.', '    choices:', '      - { id: x, text: "", consequence: "  ", goto: e }', '  e: { end: true, outcome: mixed, text: "" }', ''].join('\n');
    const { scenario, diagnostics } = parse(text);
    expect(scenario).toBeUndefined();
    expect(diagnostics.map((d) => [d.message, d.range?.start.line])).toEqual([
      ['Unexpected value for "label": expected text, found none.', 4],
      ['Unexpected value for "speaker": expected text, found none.', 7],
      ['Unexpected value for "text": expected text, found none.', 10],
      ['Unexpected value for "consequence": expected text, found none.', 10],
      ['Unexpected value for "text": expected text, found none.', 11],
    ]);
  });

  it('rejects an empty nodes map', () => {
    const { scenario, diagnostics } = parse('id: a\ntitle: A\nnodes: {}\n');
    expect(scenario).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'schema-invalid-value', message: 'Unexpected value for "nodes": expected at least one node.' });
  });

  it('reports a scenario image without alternative text at its src', () => {
    const { diagnostics } = parse('id: a\ntitle: A\nnodes:\n  n:\n    media: { src: ../media/x.png }\n    end: true\n    outcome: mixed\n    text: T\n');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'scenario-image-missing-alt', range: expect.objectContaining({ start: { line: 5, column: 19 } }) })]);
  });
});

describe('scenarioSchema', () => {
  it('describes every field for the editor JSON Schema', () => {
    const schema = z.toJSONSchema(scenarioSchema, { io: 'input' }) as Record<string, unknown>;
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { description?: string }>; additionalProperties?: unknown; items?: unknown; anyOf?: unknown[] };
      for (const [key, child] of Object.entries(n.properties ?? {})) {
        if (!child.description) missing.push(`${path}.${key}`);
        visit(child, `${path}.${key}`);
      }
      visit(n.additionalProperties, `${path}.*`);
      visit(n.items, `${path}[]`);
      for (const option of n.anyOf ?? []) visit(option, path);
    };
    visit(schema, '$');
    expect(missing).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });
});
