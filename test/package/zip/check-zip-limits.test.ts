import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkZipLimits, type ZipLimits } from '../../../src/package/zip/check-zip-limits.js';
import { zipLimits } from '../../../src/package/zip/zip-records.js';
import type { SiteFile } from '../../../src/model/site.js';

const gib = 1024 ** 3;

/** Check `files` whose course files have the sizes in `sizes`, with the real limits unless given. */
function check(files: SiteFile[], sizes: Record<string, number>, limits: ZipLimits = zipLimits) {
  const sink = createDiagnosticSink();
  const failed = checkZipLimits('course-scorm12.zip', files, (path) => sizes[path] ?? 0, sink, limits);
  return { failed, diagnostics: sink.diagnostics.map((d) => ({ code: d.code, file: d.file, message: d.message })) };
}

describe('a package that needs Zip64 is refused before writing, with the limit named', () => {
  it('a media file over 4 GiB, named, without reading it', () => {
    const result = check([{ path: 'index.html', content: '<p>' }, { path: 'media/ward-tour.mp4', source: 'media/ward-tour.mp4' }], { 'media/ward-tour.mp4': 5 * gib });
    expect(result.failed).toBe(true);
    expect(result.diagnostics).toEqual([
      {
        code: 'package-file-over-zip-limit',
        file: 'media/ward-tour.mp4',
        message:
          '"media/ward-tour.mp4" is 5 GiB (5,368,709,120 bytes); a file in a zip without Zip64 can be at most 4 GiB (4,294,967,295 bytes), so "course-scorm12.zip" was not written. coursewright does not write Zip64: many LMSs cannot unpack it.',
      },
    ]);
  });

  it('a file of exactly the limit fits', () => {
    const limits = { entries: 100, bytes: 10_000 };
    expect(check([{ path: 'media/a.mp4', source: 'media/a.mp4' }], { 'media/a.mp4': 10_000 - 300 }, limits).failed).toBe(false);
    expect(check([{ path: 'media/a.mp4', source: 'media/a.mp4' }], { 'media/a.mp4': 10_000 }, limits).diagnostics.map((d) => d.code)).toEqual(['package-over-zip-limit']);
    expect(check([{ path: 'media/a.mp4', source: 'media/a.mp4' }], { 'media/a.mp4': 10_001 }, limits).diagnostics.map((d) => d.code)).toEqual(['package-file-over-zip-limit']);
  });

  it('media that add up to more than 4 GiB, counting the zip records', () => {
    const files = [1, 2, 3].map((n) => ({ path: `media/part-${n}.mp4`, source: `media/part-${n}.mp4` }));
    const result = check(files, { 'media/part-1.mp4': 1.5 * gib, 'media/part-2.mp4': 1.5 * gib, 'media/part-3.mp4': 1 * gib });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'The package "course-scorm12.zip" was not written: it would be at least 4 GiB (4,294,967,730 bytes), more than the 4 GiB (4,294,967,295 bytes) a zip without Zip64 holds. coursewright does not write Zip64, which many LMSs cannot unpack.',
    ]);
  });

  it('more files and folders than a zip without Zip64 holds, counting the folders', () => {
    const files = Array.from({ length: 65_535 }, (_, i) => ({ path: `media/f${i}.png`, source: `media/f${i}.png` }));
    expect(check(files, {}).diagnostics.map((d) => d.message)).toEqual([
      'The package "course-scorm12.zip" was not written: it would have 65536 files and folders, more than the 65535 a zip without Zip64 holds. coursewright does not write Zip64, which many LMSs cannot unpack.',
    ]);
    expect(check(files.slice(1), {}).failed).toBe(false);
  });

  it('text that deflation shrinks does not count as certain size', () => {
    const limits = { entries: 100, bytes: 1_000 };
    const pages = [1, 2, 3].map((n) => ({ path: `page-${n}.html`, content: 'x'.repeat(600) }));
    expect(check(pages, {}, limits).failed).toBe(false);
    expect(check([{ path: 'media/a.svg', source: 'media/a.svg' }, ...pages], { 'media/a.svg': 600 }, limits).failed).toBe(false);
    expect(check([{ path: 'media/a.png', source: 'media/a.png' }, { path: 'media/b.png', source: 'media/b.png' }], { 'media/a.png': 600, 'media/b.png': 600 }, limits).failed).toBe(true);
  });
});
