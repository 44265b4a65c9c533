/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { buildUnpackedPackage } from '../support/course-package.js';
import { focusedId, menuMarks, useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { auditWcag, injectAxe } from '../support/page-audits.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { openInLms } from '../support/scorm12-lms.js';
import { lessonShown } from '../support/play-course.js';
import { startStaticServer } from '../support/static-server.js';

const env = useCourseInBrowser(runtimeTestCourse);

describe('the course shell of a SCORM 1.2 package', () => {
  it('opens lessons from the menu with the keyboard', async () => {
    const page = await env.newPage();
    const { course: frame } = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const toggle = frame.locator('#cw-menu-toggle');

    await frame.locator('.cw-skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(frame)).toBe('cw-main');

    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await frame.locator('#cw-menu').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedId(frame)).toBe('cw-menu-toggle');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await visibleLessons(frame)).toEqual(['lesson-wrap-up']);
    expect(await focusedId(frame)).toBe('lesson-wrap-up-title');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await frame.locator('#cw-menu').isVisible()).toBe(false);
    await lessonShown(frame, 2); // it loads on demand; it counts as visited once shown
    const current = await frame.evaluate(() => Array.from(document.querySelectorAll('.cw-menu-link')).map((l) => l.getAttribute('aria-current')));
    expect(current).toEqual([null, null, 'step']);
    expect(await menuMarks(frame)).toEqual(['complete', 'new', 'complete']);
    expect(await frame.locator('#cw-next').isDisabled()).toBe(true);
  });

  it('without JavaScript shows the first lesson and says the others need it (they are scripts of their own)', async () => {
    const page = await env.newPage(undefined, { javaScriptEnabled: false });
    await page.goto(env.launchUrl());
    expect(await page.locator('#lesson-welcome').isVisible()).toBe(true);
    const notice = page.locator('p.cw-notice-info');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe('Turn on JavaScript to use the course player and open every lesson. Until then, only the first lesson is shown below.');
    for (const id of ['lesson-recognising', 'lesson-wrap-up']) expect(await page.locator(`#${id}`).count()).toBe(0);
    // Its links would lead nowhere without the player.
    expect(await page.locator('#cw-menu').isVisible()).toBe(false);
    expect(await page.locator('#cw-pager').isVisible()).toBe(false);
    expect(await page.locator('#cw-menu-toggle').isVisible()).toBe(false);
  });

  it('fits a 360 × 740 phone screen without sideways scrolling, with 44 px targets', async () => {
    const page = await env.newPage({ width: 360, height: 740 });
    await page.goto(env.launchUrl());
    const overflow = (): Promise<{ scrollWidth: number; clientWidth: number }> =>
      page.evaluate(() => {
        const root = document.scrollingElement as HTMLElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
    await page.locator('#cw-menu-toggle').click();
    for (let lesson = 0; lesson < 3; lesson++) {
      const { scrollWidth, clientWidth } = await overflow();
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      if (lesson < 2) await page.locator('#cw-next').click();
    }
    const sizes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#cw-menu-toggle, .cw-pager .cw-button, .cw-menu-link')).map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.id || element.textContent, width: box.width, height: box.height };
      }));
    expect(sizes).toHaveLength(7);
    for (const size of sizes) {
      expect(size.width, String(size.name)).toBeGreaterThanOrEqual(44);
      expect(size.height, String(size.name)).toBeGreaterThanOrEqual(44);
    }
  });

  it('lays out right to left for right-to-left languages', async () => {
    const rtl = await buildUnpackedPackage({
      ...runtimeTestCourse,
      'course.yml': (runtimeTestCourse['course.yml'] ?? '').replace('id: respect-basics', 'id: respect-basics\nlanguage: ar'),
    });
    const server = await startStaticServer(rtl.dir);
    try {
      const page = await env.newPage({ width: 360, height: 740 });
      await page.goto(server.url('index.html'));
      await page.locator('#cw-next').click();
      // The lesson's check code loads when it is shown: done before the server closes.
      await page.locator('[data-cw-block="q-signs"][data-cw-mounted]').waitFor();
      const layout = await page.evaluate(() => {
        const root = document.scrollingElement as HTMLElement;
        const left = (id: string): number => document.getElementById(id)?.getBoundingClientRect().left ?? 0;
        return { dir: document.documentElement.dir, lang: document.documentElement.lang, fits: root.scrollWidth <= root.clientWidth, previous: left('cw-prev'), next: left('cw-next') };
      });
      expect(layout).toMatchObject({ dir: 'rtl', lang: 'ar', fits: true });
      expect(layout.previous).toBeGreaterThan(layout.next); // Previous sits at the inline start: the right
    } finally {
      await server.close();
      await rtl.remove();
    }
  });

  it('has no WCAG 2.1 A/AA problems axe-core can find, with the menu closed and open', async () => {
    const page = await env.newPage();
    await page.goto(env.launchUrl());
    // Not a script tag: the page's Content-Security-Policy refuses inline scripts.
    await injectAxe(page);
    const audit = (): Promise<{ id: string; nodes: string[] }[]> => auditWcag(page);
    expect(await audit()).toEqual([]);
    await page.locator('#cw-menu-toggle').click();
    await page.locator('#cw-next').click();
    expect(await audit()).toEqual([]);
  });
});
