/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditWcag, injectAxe } from '../support/page-audits.js';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';

/** Six seconds of silence: 8 kHz, 8-bit mono PCM in a WAV file. */
function silentWav(seconds: number): Uint8Array {
  const samples = 8000 * seconds;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string): void => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  bytes.fill(128, 44);
  return bytes;
}

const vtt = (lines: [string, string][]): string =>
  `WEBVTT\n\n${lines.map(([time, text]) => `${time}\n${text}\n`).join('\n')}`;

/** An audio interview with captions and chapters, then a composite text interview. */
function interviewCourse(language: 'en' | 'es'): Record<string, string | Uint8Array> {
  return {
    'course.yml': `id: interviews\ntitle: Interviews\nlanguage: ${language}\nlessons: [lessons/listen.md, lessons/read.md]\n`,
    'media/rosa.wav': silentWav(6),
    'media/rosa.vtt': vtt([
      ['00:00.000 --> 00:02.500', language === 'es' ? 'Hola, soy Rosa.' : "Hello, I'm Rosa."],
      ['00:02.500 --> 00:04.000', 'I work nights.'],
      ['00:04.000 --> 00:06.000', '<v Rosa>It started with jokes.'],
    ]),
    'media/rosa.md': 'Rosa: Hello, I\'m Rosa. I work nights. It started with jokes.\n',
    'media/rosa.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><circle cx="48" cy="48" r="40" fill="#0b5cad"/></svg>',
    'lessons/listen.md': [
      '---',
      'title: Listen',
      '---',
      '::::interview{#rosa speakers="Rosa Méndez, Ward clerk; Dan Lee, Porter" audio="../media/rosa.wav" captions="../media/rosa.vtt" transcript="../media/rosa.md"}',
      'Rosa talks about her first months on nights.',
      '',
      ':::chapters',
      '- 0:00 Introduction',
      '- 0:04 The jokes',
      ':::',
      '::::',
      '',
    ].join('\n'),
    'lessons/read.md': [
      '---',
      'title: Read',
      '---',
      '::::interview{#dan format="text" composite speaker="Dan Lee" role="Porter" portrait="../media/rosa.svg" portrait-alt="Dan, smiling, in his porter\'s uniform"}',
      'Dan has moved patients around the hospital for nine years.',
      '',
      '### When did you first notice it?',
      '',
      'In the lift, on my second week.',
      '',
      '> Nobody wanted to be the awkward one.',
      '',
      '### What helped?',
      '',
      '**Dan:** A nurse who said, calmly, that it was not okay.',
      '::::',
      '',
    ].join('\n'),
  };
}

const caption = (frame: Frame): Locator => frame.locator('.cw-interview__caption');
/** The audio plays muted: a test page has no user gesture, and muted playback needs none. */
const play = (frame: Frame): Promise<void> => frame.locator('audio').evaluate(async (audio: HTMLAudioElement) => {
  audio.muted = true;
  await audio.play();
});

describe('interviews in a SCORM 1.2 package', () => {
  const env = useCourseInBrowser(interviewCourse('en'));

  it('shows the captions of an audio interview on the page while it plays, and chapters seek it', async () => {
    const page = await env.newPage();
    const { course: frame } = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    expect(await frame.getByRole('list', { name: 'People in this interview' }).locator('li').allTextContents()).toEqual(['Rosa Méndez Ward clerk', 'Dan Lee Porter']);
    const toggle = frame.getByRole('button', { name: 'Captions' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await caption(frame).getAttribute('aria-live')).toBe('off');

    await play(frame);
    await expect.poll(() => caption(frame).textContent()).toBe("Hello, I'm Rosa.");
    expect(await caption(frame).isVisible()).toBe(true);

    await frame.getByRole('button', { name: '0:04 The jokes' }).click();
    await expect.poll(() => caption(frame).textContent()).toBe('It started with jokes.');
    expect(await frame.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeGreaterThanOrEqual(4);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await caption(frame).isVisible()).toBe(false);

    await frame.locator('summary', { hasText: 'Read the transcript' }).click();
    expect(await frame.locator('.cw-interview__transcript-text strong').allTextContents()).toEqual(['Rosa:']);
    await injectAxe(frame);
    expect(await auditWcag(frame)).toEqual([]);
  });

  it('shows only the chapter\'s caption when a chapter lands where one caption ends and the next begins, even with the recording stopped there', async () => {
    const page = await env.newPage();
    const { course: frame } = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await play(frame);
    await expect.poll(() => caption(frame).textContent()).toBe("Hello, I'm Rosa.");
    // As when the recording has ended, or cannot go on: the chapter seeks and nothing plays.
    await frame.locator('audio').evaluate((audio: HTMLAudioElement) => {
      audio.pause();
      audio.play = () => Promise.resolve();
    });
    await frame.getByRole('button', { name: '0:04 The jokes' }).click();
    await expect.poll(() => frame.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBe(4);
    await expect.poll(() => caption(frame).textContent()).toBe('It started with jokes.');
  });

  it('shows a composite text interview that passes the WCAG 2.1 AA audit', async () => {
    const page = await env.newPage();
    const { course: frame } = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await frame.getByRole('button', { name: 'Next' }).click();
    const interview = frame.locator('[data-cw-block="dan"]');
    await interview.waitFor({ state: 'visible' });
    expect(await interview.locator('.cw-interview__composite').textContent()).toBe('Composite account: based on several real experiences; names and details changed.');
    expect(await interview.getByRole('img').getAttribute('alt')).toBe("Dan, smiling, in his porter's uniform");
    expect(await interview.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['When did you first notice it?', 'What helped?']);
    expect(await interview.locator('figure figcaption').textContent()).toBe('Dan Lee');
    expect(await interview.locator('audio, video').count()).toBe(0);
    await injectAxe(frame);
    expect(await auditWcag(frame)).toEqual([]);
  });
});

describe('interviews in a Spanish web package', () => {
  const env = useCourseInBrowser(interviewCourse('es'), { target: 'web' });

  it('speaks Spanish and shows the embedded captions of an audio interview on the page', async () => {
    const page = await env.newPage();
    await page.goto(env.launchUrl());
    const frame = page.mainFrame();
    expect(await frame.locator('#cw-next').textContent()).toBe('Siguiente');
    expect(await frame.locator('#cw-progress-text').textContent()).toContain('Lección 1 de 2');
    expect(await frame.getByRole('button', { name: 'Subtítulos' }).getAttribute('aria-pressed')).toBe('true');
    expect(await frame.locator('.cw-interview__chapters-title').textContent()).toBe('Capítulos');
    await play(frame);
    await expect.poll(() => caption(frame).textContent()).toBe('Hola, soy Rosa.');

    await frame.getByRole('button', { name: 'Siguiente' }).click();
    expect(await frame.locator('.cw-interview__composite').textContent()).toBe('Testimonio compuesto: basado en varias experiencias reales; se han cambiado los nombres y algunos detalles.');
  });
});
