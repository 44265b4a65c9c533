/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';

// Two lessons: the first in the first page, with a section learners open; the second loaded when opened.
const env = useCourseInBrowser({
  'course.yml': 'id: printing\ntitle: Printing\nlessons: [lessons/one.md, lessons/two.md]\n',
  'lessons/one.md': ['---', 'title: The policy', '---', 'What the policy covers.', '', ':::details[What if it was a joke?]', 'A joke can still be harassment.', ':::', '', ':::check{#q-joke}', 'Can a joke be harassment?', '', '- [x] Yes', '- [ ] No', ':::', ''].join('\n'),
  'lessons/two.md': ['---', 'title: Raising a concern', '---', 'Talk to your manager or the Speak-Up line.', ''].join('\n'),
});

/** What a printer gets: the lessons' titles that print, and whether the section's text does. */
const printed = (frame: Frame): Promise<{ lessons: string[]; sectionText: boolean }> =>
  frame.evaluate(() => ({
    lessons: Array.from(document.querySelectorAll<HTMLElement>('.cw-lesson')).filter((section) => getComputedStyle(section).display !== 'none').map((section) => section.querySelector('h1')?.textContent ?? ''),
    sectionText: Array.from(document.querySelectorAll('p')).some((p) => p.textContent === 'A joke can still be harassment.' && p.checkVisibility()),
  }));

const print = (frame: Frame, moment: 'beforeprint' | 'afterprint'): Promise<void> => frame.evaluate((name) => void window.dispatchEvent(new Event(name)), moment);

describe('printing a lesson', () => {
  it('prints the lesson shown, whole: its closed sections open while it prints and close after, its blocks without their buttons', async () => {
    const page = await env.newPage();
    const frame = (await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() })).course;
    await frame.getByRole('heading', { name: 'The policy' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await print(frame, 'beforeprint');
    expect(await printed(frame)).toEqual({ lessons: ['The policy'], sectionText: true });
    // The question prints; its Check button, which paper cannot press, does not.
    expect(await frame.getByText('Can a joke be harassment?').isVisible()).toBe(true);
    expect(await frame.getByRole('button', { name: 'Check' }).isVisible()).toBe(false);
    await print(frame, 'afterprint');
    await page.emulateMedia({ media: 'screen' });
    expect(await printed(frame)).toEqual({ lessons: ['The policy'], sectionText: false });
    expect(await frame.getByRole('button', { name: 'Check' }).isVisible()).toBe(true);

    // Another lesson shown: that one prints, not the first, nor an empty title for a lesson not loaded.
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByText('Talk to your manager or the Speak-Up line.').waitFor();
    await page.emulateMedia({ media: 'print' });
    await print(frame, 'beforeprint');
    expect(await printed(frame)).toEqual({ lessons: ['Raising a concern'], sectionText: false });
  });
});
