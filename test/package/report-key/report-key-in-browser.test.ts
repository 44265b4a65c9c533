import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { activityId } from '../../../src/model/activity-ids.js';
import { buildReportKey } from '../../../src/package/report-key/build-report-key.js';
import { reportKeyHtml } from '../../../src/package/report-key/report-key-html.js';
import { launchBrowser, newContext } from '../../support/browser.js';
import { auditWcag, injectAxe } from '../../support/page-audits.js';

let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const { course } = await compileCourse({ dir: join(import.meta.dirname, '..', '..', '..', 'courses', 'respect-at-work'), validateOnly: true });
  if (!course) throw new Error('no course');
  // As a SCORM 2004 key: the longest ids, the course IRI before each.
  html = reportKeyHtml(course, 'scorm2004', buildReportKey(course), { reportedId: (id) => activityId(course.iri, 'interaction', id) }, 'respect-at-work-scorm2004-2027.1.zip');
});

afterAll(async () => {
  await browser.close();
});

/** The key opened in Chromium at a laptop's width, with every request the page makes counted (and refused). */
async function openKey(width: number): Promise<{ page: Page; requests: string[] }> {
  const page = await (await newContext(browser, { width, height: 768 })).newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html);
  return { page, requests };
}

describe('the HTML report key in a browser', () => {
  it('fits a small laptop screen with no sideways scrolling, makes no requests and has no WCAG violations', async () => {
    const { page, requests } = await openKey(1024);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await injectAxe(page);
    expect(await auditWcag(page)).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('takes HR from the contents to a question', async () => {
    const { page } = await openKey(1024);
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /^q-power\b/ }).click();
    const heading = page.getByRole('heading', { level: 3, name: /more power/ });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#interaction-q-power');
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    // The responses of that question are a table named after it.
    expect(await page.getByRole('table', { name: 'Responses to q-power' }).getByRole('row').count()).toBeGreaterThan(2);
  });

  it('prints without the navigation links and keeps each response table on one page', async () => {
    const { page } = await openKey(1024);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.top').first().evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('table').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });
});
