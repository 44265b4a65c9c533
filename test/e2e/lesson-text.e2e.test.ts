/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { auditWcag, injectAxe } from '../support/page-audits.js';
import { openInLms } from '../support/scorm12-lms.js';

// A lesson of a course in Spanish with what Markdown adds words of its own to: a web link (which
// opens in a new tab) and a footnote (its list's heading, and its link back to the reference); and
// a section learners open (:::details).
const env = useCourseInBrowser({
  'course.yml': 'id: labels\ntitle: Etiquetas\nversion: "1.0"\nlanguage: es\nlessons: [lessons/one.md]\n',
  'lessons/one.md': [
    '---',
    'title: La política',
    '---',
    'Lee [la política de dignidad](https://example.org/policies/dignity) antes del turno.',
    '',
    'Casi la mitad del personal lo ha vivido.[^1]',
    '',
    '[^1]: Encuesta de personal de 2026.',
    '',
    ':::details[¿Por qué importa una *broma*?]',
    'Porque dice a todo el equipo lo que está **permitido**.',
    ':::',
    '',
  ].join('\n'),
});

describe('the words Markdown adds to a lesson, for screen readers', () => {
  it("are in the course's language, and the footnotes' heading is for screen readers only", async () => {
    const page = await env.newPage({ width: 360, height: 740 });
    const frame = (await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() })).course;
    // The link says it opens a new tab, as part of its name (a screen reader reads it with the link).
    const link = frame.getByRole('link', { name: 'la política de dignidad (se abre en una pestaña nueva)', exact: true });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    // Seen, the link is only its words: what it adds takes no room.
    expect(await link.locator('span').evaluate((span) => span.getBoundingClientRect().width <= 1 && span.getBoundingClientRect().height <= 1)).toBe(true);
    const heading = frame.getByRole('heading', { name: 'Notas', exact: true });
    expect(await heading.count()).toBe(1);
    expect(await heading.evaluate((h) => h.getBoundingClientRect().width <= 1 && h.getBoundingClientRect().height <= 1)).toBe(true);
    expect(await frame.getByRole('link', { name: 'Volver a la referencia 1', exact: true }).count()).toBe(1);
    expect(await frame.getByText('Footnotes').count()).toBe(0);
    await injectAxe(frame);
    expect(await auditWcag(frame)).toEqual([]);
  });
});

describe('a section learners open (:::details)', () => {
  it('opens from the keyboard and with a tap, shows its text only then, and has a 44 px target', async () => {
    const page = await env.newPage({ width: 360, height: 740 });
    const frame = (await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() })).course;
    const summary = frame.locator('summary', { hasText: '¿Por qué importa una broma?' });
    await summary.waitFor();
    const text = frame.getByText('Porque dice a todo el equipo lo que está permitido.');
    expect(await text.isVisible()).toBe(false);
    expect(await summary.evaluate((s) => s.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => text.isVisible()).toBe(true);
    await summary.click();
    await expect.poll(() => text.isVisible()).toBe(false);
    await injectAxe(frame);
    expect(await auditWcag(frame)).toEqual([]);
  });
});
