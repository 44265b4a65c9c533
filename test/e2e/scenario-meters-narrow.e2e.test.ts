/// <reference lib="dom" />
// Callbacks passed to locator.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { blocksCourse } from '../runtime/blocks/fixtures/blocks-course.js';

// The blocks course, its meters renamed as an author might name them in a longer language.
const scenario = String(blocksCourse['scenarios/break-room.yml'])
  .replace('label: Team trust,', 'label: How far the night team trusts each other,')
  .replace('label: Feeling safe,', 'label: Priya feels safe on the ward tonight,');
const env = useCourseInBrowser({ ...blocksCourse, 'scenarios/break-room.yml': scenario });

describe('scenario meters on a 320 px screen', () => {
  it('wrap a long label and keep each value whole on one line beside it', async () => {
    const page = await env.newPage({ width: 320, height: 640 });
    await page.goto(env.launchUrl());
    // The scenario is below the first screen: its code comes as the learner scrolls to it.
    await page.locator('[data-cw-block="break-room"]').scrollIntoViewIfNeeded();
    const meters = page.locator('.cw-meter');
    await expect.poll(() => meters.count()).toBe(2);
    const shapes = await meters.evaluateAll((elements) =>
      elements.map((meter) => {
        // Lines a text takes: one client rect per line box it is laid out in.
        const lines = (element: Element | null): number => {
          const range = document.createRange();
          if (element) range.selectNodeContents(element);
          return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
        };
        const value = meter.querySelector('.cw-meter__value');
        return { value: value?.textContent, valueLines: lines(value), labelLines: lines(meter.querySelector('.cw-meter__label')), fits: meter.getBoundingClientRect().right <= 320 };
      }),
    );
    expect(shapes).toEqual([
      { value: '50', valueLines: 1, labelLines: expect.any(Number), fits: true },
      { value: '50', valueLines: 1, labelLines: expect.any(Number), fits: true },
    ]);
    // The labels are long enough to need two lines at this width: the case the test is about.
    expect(shapes.every((shape) => shape.labelLines >= 2)).toBe(true);
  });
});
