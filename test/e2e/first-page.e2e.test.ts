/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';

// Lesson 1 is short; lesson 2 holds a captioned interview, the kind of file a learner on ward Wi-Fi
// should not wait for before the first screen.
const course: Record<string, string | Uint8Array> = {
  'course.yml': 'id: first-page\ntitle: First page\nversion: "1"\nlessons: [lessons/one.md, lessons/two.md]\n',
  'lessons/one.md': '---\ntitle: One\n---\nA short first lesson.\n',
  'lessons/two.md': [
    '---',
    'title: Two',
    '---',
    ':::interview{#sam speaker="Sam Lee" role="Charge nurse" video="../media/sam.mp4" captions="../media/sam.en.vtt" transcript="../media/sam.md"}',
    'Sam talks about nights.',
    ':::',
    '',
  ].join('\n'),
  'media/sam.mp4': new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]),
  'media/sam.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
  'media/sam.md': 'Nights are long.\n',
};

const env = useCourseInBrowser(course);

describe('the first page of a package', () => {
  it('never requests the media of a lesson before that lesson is shown', async () => {
    const page = await env.newPage();
    const media: string[] = [];
    page.on('request', (request) => {
      if (/\/media\//.test(request.url())) media.push(new URL(request.url()).pathname);
    });
    await page.goto(env.launchUrl(), { waitUntil: 'networkidle' });
    expect(media).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => media.some((path) => path.endsWith('/media/sam.mp4'))).toBe(true);
    // Its first captions are then on, as a `default` track would have been.
    await expect.poll(() => page.locator('.cw-interview track').evaluate((track: HTMLTrackElement) => track.track.mode)).toBe('showing');
    expect(media).toContain('/media/sam.en.vtt');
  });
});
