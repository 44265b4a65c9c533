/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';

/** A real 800 × 400 PNG: one grey row, repeated (zlib-deflated scanlines, as any PNG writer makes). */
function greyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0; // filter: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

// A lesson long enough that its pictures, far below the first screen, are not loaded at first (the
// player loads pictures lazily), with a paragraph under each: a photo, and a diagram drawn in SVG
// at a size of its own (as drawing programs save one).
const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the handover notes, long enough to wrap on a phone screen once or twice.`).join('\n\n');
const diagram = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 60 20"><rect width="60" height="20" fill="#468"/></svg>\n';
const env = useCourseInBrowser({
  'course.yml': 'id: pictures\ntitle: Pictures\nversion: "1.0"\nlessons: [lessons/one.md]\n',
  'lessons/one.md': `---\ntitle: The ward\n---\n${paragraphs}\n\n![The ward at night](../media/ward.png)\n\nThe paragraph under the picture.\n\n${paragraphs}\n\n![Who to tell, step by step](../media/steps.svg)\n\nThe paragraph under the diagram.\n`,
  'media/ward.png': greyPng(800, 400),
  'media/steps.svg': diagram,
});

describe('a picture in a lesson', () => {
  it.each([
    ['a PNG photo', 'The ward at night', 'The paragraph under the picture.', 800, 2],
    ['an SVG diagram', 'Who to tell, step by step', 'The paragraph under the diagram.', 600, 3],
  ])('holds its place before it loads, so the text under it does not jump when it arrives: %s', async (_kind, alt, text, naturalWidth, ratio) => {
    const page = await env.newPage({ width: 360, height: 740 });
    const frame = (await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() })).course;
    const picture = frame.locator(`img[alt="${alt}"]`);
    const under = frame.getByText(text);
    await under.waitFor({ state: 'attached' });
    // Not loaded yet, far below: already as tall as it will be, at its own proportions.
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete)).toBe(false);
    const before = await picture.evaluate((img: HTMLImageElement) => ({ width: img.getBoundingClientRect().width, height: img.getBoundingClientRect().height }));
    expect(before.width).toBeGreaterThan(200);
    expect(Math.abs(before.height - before.width / ratio)).toBeLessThan(1);
    const underBefore = await under.evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
    // Scrolled to, it loads: nothing under it moves.
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(naturalWidth);
    expect(await under.evaluate((p) => p.getBoundingClientRect().top + window.scrollY)).toBeCloseTo(underBefore, 0);
  });
});
