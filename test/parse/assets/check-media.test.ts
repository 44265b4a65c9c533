import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseCodes } from '../../../src/diagnostics/codes/course-codes.js';
import { checkMedia, detectFormat, imageSize, pictureSize, trackCodecs, type ByteReader } from '../../../src/parse/assets/check-media.js';
import { compileCourse } from '../../../src/compile.js';
import { box, bytesOf, ftyp, largeBox, mp4, track, u32 } from '../../support-course/media-bytes.js';

/** A movie header: version 0 with 32-bit times, 1 with 64-bit ones. */
const mvhd = (timescale: number, duration: number, version: 0 | 1 = 0): number[] =>
  version === 0 ? box('mvhd', [0, 0, 0, 0], u32(0), u32(0), u32(timescale), u32(duration), new Array<number>(80).fill(0)) : box('mvhd', [1, 0, 0, 0], u32(0), u32(0), u32(0), u32(0), u32(timescale), u32(0), u32(duration), new Array<number>(80).fill(0));
const movie = (header: number[], ...codecs: string[]): number[] => [...ftyp('isom', 'isom', 'mp42'), ...box('moov', header, ...codecs.map(track))];

/** The file `bytes`, which may claim to be larger (`size`): the check reads headers, never the media after them. */
const reader = (bytes: number[] | Uint8Array, size?: number): ByteReader => {
  const all = Uint8Array.from(bytes);
  return {
    size: size ?? all.byteLength,
    read(into, position) {
      const part = all.subarray(position, position + into.byteLength);
      into.set(part);
      return part.byteLength;
    },
  };
};

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16, ...bytesOf('JFIF')];
const heic = ftyp('heic', 'mif1', 'heic');
const html = bytesOf('<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in to continue</body></html>\n');

describe('what a media file is, against its name', () => {
  it('finds the codec of every track, the moov box before or after a large mdat', () => {
    expect(trackCodecs(reader(mp4('avc1', 'mp4a')))).toEqual(['avc1', 'mp4a']);
    const moovLast = [...ftyp('isom'), ...largeBox('mdat', new Array<number>(300).fill(7)), ...box('moov', box('mvhd', u32(0)), track('hvc1'), track('mp4a'))];
    expect(trackCodecs(reader(moovLast))).toEqual(['hvc1', 'mp4a']);
  });

  it('says nothing of H.264 and AAC, and names HEVC, AV1 and Apple Lossless', () => {
    expect(checkMedia('mp4', reader(mp4('avc1', 'mp4a')))).toEqual([]);
    expect(checkMedia('mp4', reader(mp4('hvc1', 'mp4a')))).toEqual([{ kind: 'codec', codec: 'hvc1' }]);
    expect(checkMedia('mp4', reader(mp4('av01')))).toEqual([{ kind: 'codec', codec: 'av01' }]);
    expect(checkMedia('m4a', reader(mp4('alac')))).toEqual([{ kind: 'codec', codec: 'alac' }]);
    // A .mov renamed .mp4 whose tracks every browser plays: nothing to say.
    expect(checkMedia('mp4', reader([...ftyp('qt  ', 'qt  '), ...box('moov', track('avc1'))]))).toEqual([]);
  });

  it('tells a video too heavy for a busy connection by its size over its duration', () => {
    const minute = movie(mvhd(600, 600 * 60), 'avc1', 'mp4a');
    // An iPhone's 1080p: 120 MB a minute, 16 Mbit/s.
    expect(checkMedia('mp4', reader(minute, 120_000_000))).toEqual([{ kind: 'heavy', bitsPerSecond: 16_000_000, seconds: 60 }]);
    // 720p for the web: 15 MB a minute, 2 Mbit/s.
    expect(checkMedia('mp4', reader(minute, 15_000_000))).toEqual([]);
    // A long film's 64-bit header; HEVC and heavy both said.
    expect(checkMedia('mp4', reader(movie(mvhd(1000, 3_600_000, 1), 'hvc1'), 9_000_000_000))).toEqual([{ kind: 'codec', codec: 'hvc1' }, { kind: 'heavy', bitsPerSecond: 20_000_000, seconds: 3600 }]);
    // No duration known (a recorder's fragmented MP4), a moment's clip, or a recording (.m4a): nothing said.
    expect(checkMedia('mp4', reader(movie(mvhd(1000, 0), 'avc1'), 120_000_000))).toEqual([]);
    expect(checkMedia('mp4', reader(movie(mvhd(1000, 500), 'avc1'), 2_000_000))).toEqual([]);
    expect(checkMedia('m4a', reader(movie(mvhd(1000, 60_000), 'mp4a'), 120_000_000))).toEqual([]);
  });

  it('tells a video whose index comes after its media, as a camera writes it, from one made to stream', () => {
    const media = largeBox('mdat', new Array<number>(300).fill(7));
    const index = box('moov', mvhd(1000, 4000), track('avc1'), track('mp4a'));
    expect(checkMedia('mp4', reader([...ftyp('isom'), ...media, ...index]))).toEqual([{ kind: 'index-at-end' }]);
    // "Fast start": the index first. A recorder's fragmented MP4: the index, then fragments of media.
    expect(checkMedia('mp4', reader([...ftyp('isom'), ...index, ...media]))).toEqual([]);
    expect(checkMedia('mp4', reader([...ftyp('iso5'), ...index, ...box('moof', box('mfhd', u32(0), u32(1))), ...media, ...box('moof', box('mfhd', u32(0), u32(2))), ...media]))).toEqual([]);
    // A file cut off after its media (no index at all) is not said to have it at the end; a recording (.m4a) is fetched whole anyway.
    expect(checkMedia('mp4', reader([...ftyp('isom'), ...media]))).toEqual([]);
    expect(checkMedia('m4a', reader([...ftyp('M4A '), ...media, ...index]))).toEqual([]);
  });

  it('reads the size in pixels of a PNG, GIF, WebP and JPEG (after its metadata) from their headers', () => {
    const u16le = (n: number): number[] => [n & 255, n >> 8];
    const u16 = (n: number): number[] => [n >> 8, n & 255];
    const pngHeader = [...png.slice(0, 8), ...u32(13), ...bytesOf('IHDR'), ...u32(4032), ...u32(3024)];
    expect(imageSize('png', reader(pngHeader))).toEqual({ width: 4032, height: 3024 });
    expect(imageSize('gif', reader([...bytesOf('GIF89a'), ...u16le(640), ...u16le(480)]))).toEqual({ width: 640, height: 480 });
    const riff = (chunk: string, data: number[]): number[] => [...bytesOf('RIFF'), ...u32(0), ...bytesOf('WEBP'), ...bytesOf(chunk), ...u32(data.length), ...data];
    expect(imageSize('webp', reader(riff('VP8X', [0, 0, 0, 0, 1999 & 255, 1999 >> 8, 0, 1499 & 255, 1499 >> 8, 0])))).toEqual({ width: 2000, height: 1500 });
    expect(imageSize('webp', reader(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(1280), ...u16le(720)])))).toEqual({ width: 1280, height: 720 });
    const lossless = (1023 & 0x3fff) | ((767 & 0x3fff) << 14);
    expect(imageSize('webp', reader(riff('VP8L', [0x2f, lossless & 255, (lossless >> 8) & 255, (lossless >> 16) & 255, (lossless >>> 24) & 255])))).toEqual({ width: 1024, height: 768 });
    // A phone's JPEG: its EXIF data (here 20 KB) before the frame header; a progressive frame (SOF2).
    const exif = [0xff, 0xe1, ...u16(20_002), ...new Array<number>(20_000).fill(0)];
    const frame = [0xff, 0xc2, ...u16(17), 8, ...u16(3024), ...u16(4032), 3];
    expect(imageSize('jpeg', reader([...jpeg.slice(0, 2), ...exif, 0xff, 0xc4, ...u16(4), 0, 0, ...frame]))).toEqual({ width: 4032, height: 3024 });
    expect(imageSize('jpeg', reader([...jpeg.slice(0, 2), 0xff, 0xe1, ...u16(60_000)]))).toEqual({});
  });

  it("reads an AVIF's size from its item properties: the whole picture's, not its thumbnail's", () => {
    const ispe = (width: number, height: number): number[] => box('ispe', u32(0), u32(width), u32(height));
    const properties = box('iprp', box('ipco', ispe(160, 120), box('pixi', [0, 0, 0, 0, 3, 8, 8, 8]), ispe(4032, 3024)), box('ipma', u32(0), u32(0)));
    // meta is a full box (version and flags before its children); its handler and items come first.
    const avif = [...ftyp('mif1', 'mif1', 'avif', 'miaf'), ...box('meta', u32(0), box('hdlr', u32(0), u32(0), bytesOf('pict')), box('pitm', u32(0), [0, 1]), properties), ...box('mdat', [1, 2, 3])];
    expect(imageSize('avif', reader(avif))).toEqual({ width: 4032, height: 3024 });
    expect(pictureSize(reader(avif))).toEqual({ width: 4032, height: 3024 });
    expect(checkMedia('avif', reader(avif, 2_000_000))).toEqual([{ kind: 'heavy-image', bytes: 2_000_000, width: 4032, height: 3024 }]);
    // No properties, or damaged ones: no size.
    expect(imageSize('avif', reader(ftyp('avif', 'mif1', 'avif')))).toEqual({});
    expect(imageSize('avif', reader([...ftyp('avif'), ...box('meta', u32(0), box('iprp', box('ipco', box('ispe', u32(0), u32(12)))))]))).toEqual({});
  });

  it('calls a picture over 1 MB heavy, with its size in pixels where known', () => {
    const pngHeader = [...png.slice(0, 8), ...u32(13), ...bytesOf('IHDR'), ...u32(4032), ...u32(3024)];
    expect(checkMedia('png', reader(pngHeader, 3_500_000))).toEqual([{ kind: 'heavy-image', bytes: 3_500_000, width: 4032, height: 3024 }]);
    expect(checkMedia('png', reader(pngHeader, 900_000))).toEqual([]);
    expect(checkMedia('avif', reader(ftyp('avif', 'mif1', 'avif'), 2_000_000))).toEqual([{ kind: 'heavy-image', bytes: 2_000_000 }]);
  });

  it('stops at a damaged box without throwing', () => {
    const damaged = [...ftyp('isom'), ...u32(3), ...bytesOf('moov'), 0, 0, 0, 0];
    expect(trackCodecs(reader(damaged))).toEqual([]);
    const truncated = mp4('hvc1').slice(0, 60);
    expect(checkMedia('mp4', reader(truncated))).toEqual([]);
    const tooLong = [...ftyp('isom'), ...u32(1_000_000), ...bytesOf('moov')];
    expect(checkMedia('mp4', reader(tooLong))).toEqual([]);
  });

  it('tells a renamed file by its first bytes', () => {
    expect(checkMedia('jpg', reader(heic))).toEqual([{ kind: 'not-its-type', expected: 'jpeg', found: 'heic' }]);
    expect(checkMedia('mp4', reader(html))).toEqual([{ kind: 'not-its-type', expected: 'mp4', found: 'text' }]);
    expect(checkMedia('mp4', reader([]))).toEqual([{ kind: 'not-its-type', expected: 'mp4', found: 'empty' }]);
    expect(checkMedia('pdf', reader([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]))).toEqual([{ kind: 'not-its-type', expected: 'pdf', found: 'zip' }]);
    expect(checkMedia('png', reader(Array.from({ length: 256 }, (_, i) => (i * 97 + 1) % 256)))).toEqual([{ kind: 'not-its-type', expected: 'png', found: undefined }]);
  });

  it('calls an image of another format misnamed, not broken: browsers show it', () => {
    expect(checkMedia('jpg', reader(png))).toEqual([{ kind: 'misnamed', found: 'png', extension: 'png' }]);
    expect(checkMedia('png', reader(jpeg))).toEqual([{ kind: 'misnamed', found: 'jpeg', extension: 'jpg' }]);
  });

  it('accepts each format by its own signature, and an MP3 whose start it does not know', () => {
    expect(checkMedia('png', reader(png))).toEqual([]);
    expect(checkMedia('jpeg', reader(jpeg))).toEqual([]);
    expect(checkMedia('pdf', reader(bytesOf('\n%PDF-1.7\n')))).toEqual([]);
    expect(checkMedia('wav', reader([...bytesOf('RIFF'), 0, 0, 0, 0, ...bytesOf('WAVE')]))).toEqual([]);
    expect(checkMedia('mp3', reader([0xff, 0xfb, 0x90, 0x64]))).toEqual([]);
    expect(checkMedia('mp3', reader([0, 0, 0, 0, 0xff, 0xfb]))).toEqual([]);
    expect(checkMedia('avif', reader(ftyp('avif', 'mif1', 'avif')))).toEqual([]);
    expect(detectFormat(Uint8Array.from(ftyp('mif1', 'mif1', 'heic')))).toBe('heic');
    // Captions, transcripts and SVG are text the build reads and checks itself.
    expect(checkMedia('vtt', reader(html))).toEqual([]);
  });
});

it("says the widest a lesson shows a picture as the player's stylesheet has it", () => {
  // asset-image-heavy's message: "at most 736 pixels wide", the lesson column at 16 px to the rem.
  const css = readFileSync(join(import.meta.dirname, '../../../src/runtime/styles/shell.css'), 'utf8');
  expect(Number(/--cw-measure: ([\d.]+)rem;/.exec(css)?.[1]) * 16).toBe(736);
  expect(courseCodes['asset-image-heavy'].message({ path: 'p.png', megabytes: '2.0' })).toContain('at most 736 pixels wide');
});

describe('a course with renamed media', () => {
  const course = (lesson: string, media: Record<string, Uint8Array>) =>
    compileCourse({ files: { 'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${lesson}\n`, ...media }, validateOnly: true });

  it('reports each file once, at its first use, with what it is and what to do', async () => {
    const { diagnostics } = await course('![The ward at night](../media/ward.jpg)\n\n![The ward again](../media/ward.jpg)\n\n![A chart](../media/chart.jpg)', {
      'media/ward.jpg': Uint8Array.from(heic),
      'media/chart.jpg': Uint8Array.from(png),
    });
    expect(diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.message}  ${d.code}\n  ${d.hint}`)).toEqual([
      '4:1 error The file "media/ward.jpg" is not a JPEG image: it is a HEIC image (the iPhone photo format).  asset-not-its-type\n  Renaming a file does not change its format: save the image as .jpg (photos) or .png (screenshots, diagrams) in an image editor. An iPhone takes JPEG photos with Settings → Camera → Formats → "Most Compatible".',
      '8:1 warning The file "media/chart.jpg" is a PNG image, named ".jpg".  asset-misnamed\n  Browsers show it anyway, but tools and LMS servers go by the name: rename it to "media/chart.png", and the paths that use it.',
    ]);
  });

  it('warns of an HEVC interview, and says how to export one every browser plays', async () => {
    const lesson = '::::interview{#ana speaker="Ana" video="../media/ana.mp4" captions="../media/ana.vtt"}\n:::transcript\nAna: My first week was hard.\n:::\n::::';
    const { diagnostics } = await course(lesson, { 'media/ana.mp4': Uint8Array.from(mp4('hvc1', 'mp4a')), 'media/ana.vtt': new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:03.000\nMy first week was hard.\n') });
    expect(diagnostics.map((d) => [d.code, d.severity, d.range?.start.column, d.message])).toEqual([
      ['asset-codec-limited', 'warning', 34, 'The file "media/ana.mp4" holds HEVC (H.265) video, which many browsers or devices cannot play: Chrome, Edge and Firefox play it only where the device has hardware for it, so on many work PCs and older phones the player stays blank.'],
    ]);
    expect(diagnostics[0]!.hint).toContain('Settings → Camera → Formats → "Most Compatible"');
  });
});
