import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { readEmbeddedRuntimeData, readPageData } from '../../src/inspect/read-coursewright-data.js';
import { es } from '../../src/model/strings/languages/es.js';
import { runtimeStringKeys } from '../../src/model/strings/player-strings.js';
import { readBlockStringsScript } from '../../src/render/block-strings-script.js';
import { renderCourse } from '../../src/render/render-course.js';
import { siteText } from '../support/package-lessons.js';

// The built runtime (the tests' global setup builds it).
const runtimeDir = join(import.meta.dirname, '..', '..', 'build', 'runtime');

// A Spanish course whose first screen holds a check and no scenario: the scenario is in lesson 2.
// The author rewords a scenario button and the check's praise in course.yml.
const scenarioYaml = [
  'id: handover', 'title: The handover joke', 'start: intro', 'nodes:',
  '  intro:', '    text: A colleague jokes about a patient.', '    choices:',
  '      - { id: speak, text: Say it is not okay., consequence: The room goes quiet., recommended: true, goto: good-end }',
  '      - { id: laugh, text: Laugh along., goto: poor-end }',
  '  good-end: { end: true, outcome: positive, text: The team thinks again. }',
  '  poor-end: { end: true, outcome: negative, text: Nothing changes. }', '',
].join('\n');
const files = {
  'course.yml': [
    'id: travelling-strings', 'title: Cadenas', 'version: "1"', 'language: es', 'lessons: [lessons/a.md, lessons/b.md]',
    'strings:', '  scenario.continue: Seguir adelante', '  check.correct: ¡Bien visto!', '',
  ].join('\n'),
  'lessons/a.md': '---\ntitle: A\n---\n:::check{#q-a}\n¿Hablar?\n\n- [x] Sí\n- [ ] No\n:::\n',
  'lessons/b.md': '---\ntitle: B\n---\n::scenario{src="../scenarios/handover.yml"}\n',
  'scenarios/handover.yml': scenarioYaml,
};

async function rendered() {
  const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
  expect(diagnostics).toEqual([]);
  if (!course) throw new Error('the test course did not parse');
  return renderCourse(course, { runtimeDir });
}

describe('the player strings of a block kind whose code is a file of its own', () => {
  it('travel in that file, translated and as the author reworded them, and the first page carries only the shell\u2019s and the first screen\u2019s', async () => {
    const site = await rendered();
    const read = siteText(site);
    const page = readPageData(read('index.html') ?? '');
    const pageKeys = Object.keys(page?.strings ?? {});
    expect(pageKeys.filter((key) => key.startsWith('scenario.'))).toEqual([]);
    expect(pageKeys.sort()).toEqual([...runtimeStringKeys.shell, ...runtimeStringKeys.tracked, ...runtimeStringKeys.check].sort());
    expect(page?.strings['check.correct']).toBe('¡Bien visto!');
    expect(page?.strings['progress.activities']).toBe(es['progress.activities']);

    const file = read('assets/blocks/scenario.js') ?? '';
    // The kind's code first, as built, and its strings after it.
    expect(file.startsWith(readFileSync(join(runtimeDir, 'blocks', 'scenario.js'), 'utf8'))).toBe(true);
    const strings = readBlockStringsScript(file) ?? {};
    expect(Object.keys(strings).sort()).toEqual([...runtimeStringKeys.scenario].sort());
    expect(strings['scenario.continue']).toBe('Seguir adelante');
    expect(strings['scenario.choose']).toBe('¿Qué haces?');
    for (const key of runtimeStringKeys.scenario.filter((k) => k !== 'scenario.continue')) expect({ key, text: strings[key] }).toEqual({ key, text: es[key] });
  });

  it('are the same bytes at every build, and inspect reads them back with the page\u2019s', async () => {
    const first = siteText(await rendered());
    const again = siteText(await rendered());
    expect(again('assets/blocks/scenario.js')).toBe(first('assets/blocks/scenario.js'));
    expect(again('index.html')).toBe(first('index.html'));
    const data = readEmbeddedRuntimeData(first('index.html') ?? '', first);
    expect(data?.strings['scenario.continue']).toBe('Seguir adelante');
    expect(data?.strings['check.correct']).toBe('¡Bien visto!');
    expect(Object.keys(data?.strings ?? {}).sort()).toEqual([...runtimeStringKeys.shell, ...runtimeStringKeys.tracked, ...runtimeStringKeys.check, ...runtimeStringKeys.scenario].sort());
  });

  it('are read by the kind\u2019s code only: no target\u2019s runtime script, nor a feature script it loads, names one', () => {
    const kindKeys = Object.entries(runtimeStringKeys).filter(([part]) => !['shell', 'tracked', 'standalone', 'completionRecord'].includes(part)).flatMap(([, keys]) => keys);
    const cores = readdirSync(runtimeDir).filter((name) => /^coursewright-[a-z0-9]+\.js$/.test(name));
    const features = readdirSync(join(runtimeDir, 'features')).filter((name) => name.endsWith('.js')).map((name) => join('features', name));
    expect(cores.length).toBeGreaterThan(0);
    const named = [...cores, ...features].flatMap((name) => {
      const code = readFileSync(join(runtimeDir, name), 'utf8');
      return kindKeys.filter((key) => code.includes(`"${key}"`) || code.includes(`'${key}'`)).map((key) => `${name}: ${key}`);
    });
    expect(named).toEqual([]);
    // The scan would see one: a kind's chunk names its keys.
    expect(readFileSync(join(runtimeDir, 'blocks', 'scenario.js'), 'utf8')).toContain('"scenario.continue"');
  });
});
