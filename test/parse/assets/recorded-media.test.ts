import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { imageSize, trackCodecs } from '../../../src/parse/assets/check-media.js';
import { launchBrowser } from '../../support/browser.js';

// Real files, not hand-built headers: Chromium records a moving canvas with MediaRecorder, in the
// containers and codecs it can encode here (H.264 and AV1 in MP4, VP8 in WebM), and saves a canvas
// of noise as a picture in the formats it writes (PNG, JPEG, WebP).
let browser: Browser;
const recordings = new Map<string, Uint8Array>();
const pictures = new Map<string, Uint8Array>();

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  for (const type of ['video/mp4;codecs=avc1', 'video/mp4;codecs=av01', 'video/webm;codecs=vp8']) {
    const bytes = await page.evaluate(async (mimeType) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d')!;
      const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      for (let frame = 0; frame < 12; frame++) {
        context.fillStyle = `hsl(${frame * 30}, 70%, 50%)`;
        context.fillRect(0, 0, 64, 64);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      recorder.stop();
      await stopped;
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
    }, type);
    recordings.set(type, Uint8Array.from(bytes));
  }
  for (const type of ['image/png', 'image/jpeg', 'image/webp']) {
    const bytes = await page.evaluate(async (type) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 900;
      const context = canvas.getContext('2d')!;
      const noise = context.createImageData(1200, 900);
      for (let i = 0; i < noise.data.length; i += 65536) crypto.getRandomValues(noise.data.subarray(i, i + 65536));
      for (let i = 3; i < noise.data.length; i += 4) noise.data[i] = 255;
      context.putImageData(noise, 0, 0);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), type, 1));
      const url = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsDataURL(blob);
      });
      return url.slice(url.indexOf(',') + 1);
    }, type);
    pictures.set(type, new Uint8Array(Buffer.from(bytes, 'base64')));
  }
});
afterAll(() => browser?.close());

/** The media diagnostics of a lesson whose interview plays `video` (captions and transcript given). */
async function interviewDiagnostics(video: Uint8Array, name = 'ana.mp4'): Promise<string[]> {
  const lesson = `::::interview{#ana speaker="Ana" video="../media/${name}" captions="../media/ana.vtt"}\n:::transcript\nAna: My first week was hard.\n:::\n::::`;
  const { diagnostics } = await compileCourse({
    files: {
      'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\n',
      'lessons/one.md': `---\ntitle: One\n---\n${lesson}\n`,
      [`media/${name}`]: video,
      'media/ana.vtt': 'WEBVTT\n\n00:00.000 --> 00:03.000\nMy first week was hard.\n',
    },
    validateOnly: true,
  });
  return diagnostics.map((d) => `${d.code}: ${d.message}`);
}

const reader = (bytes: Uint8Array) => ({
  size: bytes.byteLength,
  read: (into: Uint8Array, position: number) => {
    const part = bytes.subarray(position, position + into.byteLength);
    into.set(part);
    return part.byteLength;
  },
});

describe('pictures saved by a browser', () => {
  it('reads their size in pixels from their headers', () => {
    for (const [type, format] of [['image/png', 'png'], ['image/jpeg', 'jpeg'], ['image/webp', 'webp']] as const) {
      expect(imageSize(format, reader(pictures.get(type)!)), type).toEqual({ width: 1200, height: 900 });
    }
  });

  it('calls a picture of noise at full quality heavy, at its first use', async () => {
    const png = pictures.get('image/png')!;
    expect(png.byteLength).toBeGreaterThan(1024 * 1024);
    const { diagnostics } = await compileCourse({
      files: { 'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\n', 'lessons/one.md': '---\ntitle: One\n---\n![Static on a screen](../media/static.png)\n', 'media/static.png': png },
      validateOnly: true,
    });
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      `asset-image-heavy: The picture "media/static.png" is ${(png.byteLength / 1024 / 1024).toFixed(1)} MB (1,200 × 900 pixels): every learner downloads all of it, on a phone too, though a lesson shows it at most 736 pixels wide (1,472 on sharp screens).`,
    ]);
  });
});

describe('video recorded by a browser', () => {
  it('reads the codec of a real MP4 (fragmented, as MediaRecorder writes it)', () => {
    expect(trackCodecs(reader(recordings.get('video/mp4;codecs=avc1')!))).toEqual(['avc1']);
    expect(trackCodecs(reader(recordings.get('video/mp4;codecs=av01')!))).toEqual(['av01']);
  });

  it('says nothing of H.264 in MP4, nor of WebM named .webm', async () => {
    expect(await interviewDiagnostics(recordings.get('video/mp4;codecs=avc1')!)).toEqual([]);
    expect(await interviewDiagnostics(recordings.get('video/webm;codecs=vp8')!, 'ana.webm')).toEqual([]);
  });

  it('warns of AV1, and refuses a WebM renamed .mp4', async () => {
    expect(await interviewDiagnostics(recordings.get('video/mp4;codecs=av01')!)).toEqual(['asset-codec-limited: The file "media/ana.mp4" holds AV1 video, which many browsers or devices cannot play: Safari plays it only where the device has hardware for it (the newest iPhones, iPads and Macs, from late 2023 on).']);
    expect(await interviewDiagnostics(recordings.get('video/webm;codecs=vp8')!)).toEqual(['asset-not-its-type: The file "media/ana.mp4" is not an MP4 file: it is a WebM or Matroska (.mkv) video.']);
  });
});
