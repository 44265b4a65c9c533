import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { reviewCourse } from '../../src/review/review-course.js';
import { reviewToHtml } from '../../src/review/review-to-html.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { auditWcag, injectAxe } from '../support/page-audits.js';

let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // The flagship's review as a sign-off panel gets it: every edition, in the original language.
  const result = await compileCourse({ dir: join(import.meta.dirname, '..', '..', 'courses', 'respect-at-work'), validateOnly: true });
  if (!result.course) throw new Error('no course');
  html = reviewToHtml(reviewCourse(result.course, result.variants.filter((variant) => variant.language === result.course?.language)));
});

afterAll(async () => {
  await browser?.close();
});

describe('the review document in a browser', () => {
  it('has no WCAG 2.1 A/AA violation, headings in order, and contents that reach each lesson', async () => {
    const page = await (await newContext(browser)).newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => (requests.push(route.request().url()), route.abort()));
    await page.setContent(html);
    await injectAxe(page);
    expect(await auditWcag(page)).toEqual([]);
    // No heading deeper than one level below the one before it: the outline a screen reader lists.
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
    expect(levels.length).toBeGreaterThan(50);
    const jumps = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]!} → h${level}`] : []));
    expect(jumps).toEqual([]);
    // A reviewer goes from the contents to a lesson of the manager edition.
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'Your duty as a manager' }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#edition-manager-en-lesson-/);
    expect(requests).toEqual([]);
  });
});
