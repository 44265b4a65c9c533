/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';

// A Spanish course whose first lesson is long: its scenario is several screens down, so its code
// (and now its strings) is a file of its own. The author rewords the scenario's Continue button.
const paragraph = (n: number): string =>
  `Párrafo ${n} de la lección. Un compañero hace una broma sobre un paciente durante el relevo, y el equipo se ríe; ` +
  'la enfermera de noche no dice nada, y más tarde se pregunta si hablar habría cambiado algo para el paciente o para el equipo.';
const course: Record<string, string> = {
  'course.yml': 'id: scenario-strings\ntitle: Cadenas\nversion: "1"\nlanguage: es\nlessons: [lessons/one.md]\nstrings:\n  scenario.continue: Seguir adelante\n',
  'lessons/one.md': ['---', 'title: Uno', '---', ...Array.from({ length: 30 }, (_, i) => `${paragraph(i + 1)}\n`), '::scenario{src="../scenarios/handover.yml"}', ''].join('\n'),
  'scenarios/handover.yml': [
    'id: handover', 'title: La broma del relevo', 'start: intro', 'nodes:',
    '  intro:', '    title: Martes, turno de noche', '    text: Un compañero bromea sobre un paciente.', '    choices:',
    '      - { id: speak, text: Decir que no está bien., consequence: La sala se queda en silencio., recommended: true, goto: good-end }',
    '      - { id: laugh, text: Reírse también., goto: poor-end }',
    '  good-end: { end: true, outcome: positive, text: El equipo lo piensa de nuevo. }',
    '  poor-end: { end: true, outcome: negative, text: Nada cambia. }', '',
  ].join('\n'),
};

const env = useCourseInBrowser(course);

describe('a scenario below the first screen', () => {
  it('speaks the course\u2019s words, translated and as the author reworded them, which came with its code and not with the first page', async () => {
    const page = await env.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      const kind = /\/assets\/blocks\/([a-z-]+)\.js$/.exec(request.url())?.[1];
      if (kind) chunks.push(kind);
    });
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.locator('#cw-data').waitFor({ state: 'attached' });
    const pageKeys = await frame.evaluate(() => Object.keys((JSON.parse(document.getElementById('cw-data')?.textContent ?? '{}') as { strings?: object }).strings ?? {}));
    expect(pageKeys).toContain('page.title');
    expect(pageKeys.filter((key) => key.startsWith('scenario.'))).toEqual([]);

    const scenario = frame.locator('[data-cw-block="handover"]');
    await scenario.evaluate((element) => element.scrollIntoView());
    await frame.locator('[data-cw-block="handover"][data-cw-mounted]').waitFor({ timeout: 15_000 });
    expect(chunks).toContain('scenario');
    // The catalogue's Spanish, and the author's wording.
    await expect.poll(() => scenario.locator('.cw-scenario__prompt').textContent()).toBe('¿Qué haces?');
    await scenario.getByRole('button', { name: 'Decir que no está bien.' }).click();
    expect(await scenario.locator('.cw-scenario__chosen-label').textContent()).toBe('Elegiste:');
    await scenario.getByRole('button', { name: 'Seguir adelante' }).click();
    await expect.poll(() => scenario.locator('.cw-outcome__label').first().textContent()).toBe('Resultado:');
    expect(await scenario.textContent()).not.toMatch(/scenario\.[a-zA-Z]/);
    expect(await lms.errors()).toEqual([]);
  });
});
