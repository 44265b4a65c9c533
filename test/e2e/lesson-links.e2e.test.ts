/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { focusedId, useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';

// Three lessons; the first links to the last (a lesson script not loaded yet), the last back to the first.
const env = useCourseInBrowser({
  'course.yml': 'id: linked\ntitle: Linked lessons\nversion: "1.0"\nlessons: [lessons/start.md, lessons/middle.md, lessons/end.md]\n',
  'lessons/start.md': '---\ntitle: Start\n---\nWhen you are ready, read [what happens next](end.md).\n',
  'lessons/middle.md': '---\ntitle: Middle\n---\nIn between.\n',
  'lessons/end.md': '---\ntitle: What happens next\n---\nGo back to [the start](start.md).\n',
});

describe('links between lessons', () => {
  it('open the linked lesson in the player, loading it first, and move the bookmark there', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.getByRole('link', { name: 'what happens next' }).click();
    await frame.locator('#lesson-end .cw-lesson-title').waitFor();
    expect(await visibleLessons(frame)).toEqual(['lesson-end']);
    expect(await focusedId(frame)).toBe('lesson-end-title');
    // The bookmark reaches the LMS with the next save, which the player sends 0.6 s after a change.
    await expect.poll(async () => (await lms.cmi()).core.lesson_location, { timeout: 5000 }).toBe('end');

    await frame.getByRole('link', { name: 'the start' }).focus();
    await page.keyboard.press('Enter');
    expect(await visibleLessons(frame)).toEqual(['lesson-start']);
    expect(await focusedId(frame)).toBe('lesson-start-title');
  });
});
