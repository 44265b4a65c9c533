/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusedId, useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { auditLayout, auditWcag, injectAxe } from '../support/page-audits.js';
import { lessonShown } from '../support/play-course.js';
import { openInLms } from '../support/scorm12-lms.js';

/**
 * Three lessons, two graded checks (one with several right answers) and a mastery score of 80:
 * one check missed means 50 %, below it. The wrap-up holds a table wider than a phone.
 */
const course: Record<string, string> = {
  'course.yml': [
    'id: end-screen',
    'title: Speaking up',
    'version: "2027.2"',
    'lessons: [lessons/welcome.md, lessons/quiz.md, lessons/wrap-up.md]',
    'completion: [all-lessons, checks]',
    'masteryScore: 80',
    'support:',
    '  title: Someone to talk to',
    '  resources:',
    '    - name: Employee Assistance Programme',
    '      contact: 0800 123 456 (24 hours)',
    '    - name: People team',
    '      contact: people@example.org',
    '',
  ].join('\n'),
  // Its content note lists the support, as the end panel does.
  'lessons/welcome.md': '---\ntitle: Welcome\n---\nSpeaking up protects everyone.\n\n::content-note{#cn-welcome}\n',
  'lessons/quiz.md': [
    '---',
    'title: Check your understanding',
    '---',
    ':::check{#q-first graded}',
    'Who can raise a concern?',
    '',
    '- [x] Anyone',
    '- [ ] Managers only',
    ':::',
    '',
    ':::check{#q-signs graded}',
    'Which of these are warning signs?',
    '',
    '- [x] Repeated jokes about one person',
    '- [x] Being left out of meetings',
    '- [ ] Asking a colleague for help',
    ':::',
    '',
  ].join('\n'),
  'lessons/wrap-up.md': [
    '---',
    'title: Wrap-up',
    '---',
    'Who to contact, by site:',
    '',
    '| Site | Contact | Hours | Phone | E-mail | Notes |',
    '| --- | --- | --- | --- | --- | --- |',
    '| Northgate Hospital main building | Duty manager on call | 24 hours, every day of the year | 0800 123 456 | northgate-duty-manager@example.org | Ask the switchboard for the duty manager by name |',
    '',
  ].join('\n'),
};

const env = useCourseInBrowser(course, { allowWarnings: /not confirmed by the learning system|SCORM 1\.2: .* failed/ });

const check = (frame: Frame, id: string) => frame.locator(`[data-cw-block="${id}"]`);

async function answer(frame: Frame, id: string, options: string[]): Promise<void> {
  const block = check(frame, id);
  for (const input of await block.locator('input[type=checkbox]').all()) await input.setChecked(false);
  for (const name of options) await block.getByLabel(name).check();
  await block.getByRole('button', { name: 'Check', exact: true }).click();
}

const progressText = (frame: Frame): Promise<string | null> => frame.locator('#cw-progress-text').textContent();
const endPanel = (frame: Frame) => frame.locator('.cw-end');

describe('the end of a course, where the learner is', () => {
  it('lets a learner who slipped retry a check and pass, and the LMS records passed', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    expect(await progressText(frame)).toBe('Lesson 1 of 3 · 1 of 5 activities done');
    await frame.getByRole('button', { name: 'Next' }).click();
    await answer(frame, 'q-first', ['Anyone']);
    await answer(frame, 'q-signs', ['Repeated jokes about one person']);
    expect(await check(frame, 'q-signs').textContent()).toContain('You have 1 more try.');
    await answer(frame, 'q-signs', ['Repeated jokes about one person', 'Being left out of meetings']);
    expect(await progressText(frame)).toBe('Lesson 2 of 3 · 4 of 5 activities done');
    await frame.getByRole('button', { name: 'Next' }).click();
    // Opening the last lesson completes the course: the panel is at its end, focus stays on its heading.
    expect(await focusedId(frame)).toBe('lesson-wrap-up-title');
    await expect.poll(() => endPanel(frame).locator('[data-cw-notice="outcome"]').textContent())
      .toBe('You have passed this course with a score of 100%. Your learning system has recorded it.');
    expect(await endPanel(frame).evaluate((panel) => panel.closest('.cw-lesson')?.id)).toBe('lesson-wrap-up');
    expect(await frame.locator('#cw-notices [data-cw-notice="outcome"]').count()).toBe(0);
    expect((await lms.cmi()).core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
  });

  it('lists the support once on a page: not in the end panel of a lesson whose content note lists it', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    const supportShown = (lesson: string) => frame.locator(`#lesson-${lesson} .cw-support`).evaluateAll((lists) => lists.filter((list) => (list as HTMLElement).offsetParent !== null).map((list) => list.closest('.cw-end') ? 'end panel' : 'content note'));
    await frame.getByRole('button', { name: 'Next' }).click();
    await answer(frame, 'q-first', ['Anyone']);
    await answer(frame, 'q-signs', ['Repeated jokes about one person', 'Being left out of meetings']);
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => endPanel(frame).locator('[data-cw-notice="outcome"]').textContent()).toContain('passed');
    expect(await supportShown('wrap-up')).toEqual(['end panel']);
    // Finished, the panel follows the learner back to the first lesson, whose note lists the support.
    await frame.getByRole('button', { name: 'Previous' }).click();
    await frame.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => endPanel(frame).evaluate((panel) => panel.closest('.cw-lesson')?.id)).toBe('lesson-welcome');
    expect(await endPanel(frame).isVisible()).toBe(true);
    expect(await supportShown('welcome')).toEqual(['content note']);
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => supportShown('quiz')).toEqual(['end panel']);
  });

  it('offers a retake of only the missed check below the mastery score, reports incomplete meanwhile, then passed', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.getByRole('button', { name: 'Next' }).click();
    await lessonShown(frame, 1);
    await frame.getByRole('button', { name: 'Next' }).click();
    await lessonShown(frame, 2);
    // All lessons opened, nothing answered: not 100 %, and the panel says what is left, with a link.
    expect(await progressText(frame)).toBe('Lesson 3 of 3 · 3 of 5 activities done');
    expect(await frame.locator('#cw-progress-bar').getAttribute('aria-valuenow')).toBe('60');
    expect(await endPanel(frame).getByRole('heading', { level: 2 }).textContent()).toBe('Before you finish');
    const left = endPanel(frame).getByRole('link', { name: 'Check your understanding (2 activities left)' });
    expect(await frame.locator('.cw-menu-link[data-lesson="1"] .cw-menu-mark').textContent()).toBe('(2 activities left)');
    expect(await frame.locator('.cw-menu-link[data-lesson="0"] .cw-menu-mark').textContent()).toBe('(done)');
    await left.click();
    expect(await visibleLessons(frame)).toEqual(['lesson-quiz']);

    await answer(frame, 'q-first', ['Anyone']);
    await answer(frame, 'q-signs', ['Asking a colleague for help']);
    await answer(frame, 'q-signs', ['Repeated jokes about one person']);
    // Complete at 50 %, below 80 %: the result panel comes to the learner, in this lesson, and offers a retake.
    await expect.poll(() => focusedId(frame)).toBe('cw-end-heading');
    expect(await endPanel(frame).evaluate((panel) => panel.closest('.cw-lesson')?.id)).toBe('lesson-quiz');
    expect(await endPanel(frame).locator('.cw-end__retake').textContent()).toBe('Your score is 50%; 80% is needed to pass. Retake the questions you missed; your result is not final until then.');
    expect(await endPanel(frame).textContent()).not.toMatch(/failed|recorded|passed/i);
    expect(await progressText(frame)).toBe('Lesson 2 of 3 · 4 of 5 activities done');
    let cmi = await lms.cmi();
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.score.raw ?? '').toBe('');

    await endPanel(frame).getByRole('button', { name: 'Retake the questions you missed' }).click();
    // Only the missed check starts again; the one answered right stays answered.
    expect(await check(frame, 'q-signs').getByRole('button', { name: 'Check' }).isVisible()).toBe(true);
    expect(await check(frame, 'q-signs').locator('input:checked').count()).toBe(0);
    expect(await check(frame, 'q-first').locator('input').first().isDisabled()).toBe(true);
    expect(await frame.evaluate(() => document.activeElement?.closest('[data-cw-block]')?.getAttribute('data-cw-block'))).toBe('q-signs');
    expect(await endPanel(frame).isVisible()).toBe(false);
    await answer(frame, 'q-signs', ['Repeated jokes about one person', 'Being left out of meetings']);
    await expect.poll(() => endPanel(frame).locator('[data-cw-notice="outcome"]').textContent())
      .toBe('You have passed this course with a score of 100%. Your learning system has recorded it.');
    await expect.poll(() => focusedId(frame)).toBe('cw-end-heading');
    expect(await endPanel(frame).locator('.cw-end__retake').isVisible()).toBe(false);
    cmi = await lms.cmi();
    expect(cmi.core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
    const statuses = (await lms.calls()).filter((call) => call.fn === 'LMSSetValue' && call.args[0] === 'cmi.core.lesson_status').map((call) => call.args[1]);
    expect(statuses).not.toContain('failed');
  });

  it('never says recorded or passed on the end panel when the LMS refuses the result', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.getByRole('button', { name: 'Next' }).click();
    await answer(frame, 'q-first', ['Anyone']);
    await lms.setFaults({ refuseSets: true, refuseCommit: true });
    await answer(frame, 'q-signs', ['Repeated jokes about one person', 'Being left out of meetings']);
    await frame.getByRole('button', { name: 'Next' }).click();
    await lessonShown(frame, 2); // it loads first; only then does it count as visited
    await expect.poll(() => frame.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('unsaved');
    // The visit counts once the lesson's blocks have started, a moment after it is shown.
    await expect.poll(() => progressText(frame)).toBe('Lesson 3 of 3 · 5 of 5 activities done');
    const text = await endPanel(frame).innerText();
    expect(text).toContain('Saving your result');
    expect(text).not.toMatch(/recorded|passed/i);
    expect((await lms.cmi()).core.lesson_status).not.toBe('passed');
  });

  it('links support contacts for tapping and has no axe-core WCAG 2.1 AA problems at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await env.newPage({ width, height: 800 });
      const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
      const frame = lms.course;
      await frame.getByRole('button', { name: 'Next' }).click();
      await answer(frame, 'q-first', ['Anyone']);
      await answer(frame, 'q-signs', ['Asking a colleague for help']);
      await answer(frame, 'q-signs', ['Being left out of meetings']);
      await frame.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => endPanel(frame).locator('.cw-end__retake').isVisible()).toBe(true);
      expect(await endPanel(frame).getByRole('link', { name: '0800 123 456' }).getAttribute('href')).toBe('tel:0800123456');
      expect(await endPanel(frame).getByRole('link', { name: 'people@example.org' }).getAttribute('href')).toBe('mailto:people@example.org');
      await injectAxe(frame);
      expect(await auditWcag(frame)).toEqual([]);
      expect((await auditLayout(frame)).fits).toBe(true);
      if (width !== 360) continue;
      // On the narrowest phone with text at twice its size (WCAG 1.4.4, 1.4.10), the contacts wrap
      // inside their boxes: no sideways scrolling, no words past the edge.
      await page.setViewportSize({ width: 320, height: 640 });
      await frame.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect((await auditLayout(frame)).fits).toBe(true);
      const overflowing = await endPanel(frame).locator('.cw-support__item').evaluateAll((items) => items.filter((item) => item.scrollWidth > item.clientWidth || item.getBoundingClientRect().right > window.innerWidth).length);
      expect(overflowing).toBe(0);
    }
  });

  it('scrolls a wide table inside a labelled, focusable region at 320 px instead of clipping it', async () => {
    const page = await env.newPage({ width: 320, height: 640 });
    await page.goto(env.launchUrl());
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const region = page.getByRole('region', { name: /Site, Contact/ });
    const box = await region.evaluate((element) => ({
      tabIndex: element.tabIndex,
      clientWidth: element.clientWidth,
      scrollWidth: element.scrollWidth,
      right: element.getBoundingClientRect().right,
      tableWidth: element.querySelector('table')?.getBoundingClientRect().width ?? 0,
      pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    }));
    expect(box.tabIndex).toBe(0);
    expect(box.pageFits).toBe(true);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    // Scrolled to its end, the last column is in view: scrolled, not clipped.
    await region.focus();
    await page.keyboard.press('End');
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const lastCell = page.getByRole('cell', { name: /Ask the switchboard/ });
    const cell = await lastCell.boundingBox();
    expect(cell && cell.x + cell.width).toBeLessThanOrEqual(321);
  });
});
