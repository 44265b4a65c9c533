import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { createDiskSource, type CourseSource } from '../../src/load/course-source.js';
import { holdReadFiles } from '../../src/package/hold-read-files.js';

/** `source` counting how often each file is read whole from it. */
function counting(source: CourseSource): { source: CourseSource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    source: {
      ...source,
      readUpTo: (path, limit) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return source.readUpTo?.(path, limit);
      },
    },
  };
}

const sample = join(import.meta.dirname, '..', '..', 'courses', 'getting-started');

describe('holdReadFiles', () => {
  it('reads each course file once however many packages one build writes, with the same packages', async () => {
    const { source, reads } = counting(createDiskSource(sample));
    const targets = ['scorm12', 'scorm2004', 'web'] as const;
    const held = await compileCourse({ source, targets: [...targets] });
    expect(held.artifacts.map((a) => a.target)).toEqual([...targets]);
    expect(reads.get('media/progress.png')).toBe(1);
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
    // Each package alone reads it again (a web build once for its zip and folder), and gives the same bytes.
    for (const [i, target] of targets.entries()) {
      const alone = counting(createDiskSource(sample));
      const [artifact] = (await compileCourse({ source: alone.source, targets: [target] })).artifacts;
      expect(alone.reads.get('media/progress.png')).toBe(1);
      expect(Buffer.from(artifact?.bytes ?? []).equals(Buffer.from(held.artifacts[i]?.bytes ?? []))).toBe(true);
    }
  });

  it('keeps no more than its limit: files past it are read again', () => {
    const { source, reads } = counting(createDiskSource(sample));
    const size = source.size('media/progress.png');
    const small = holdReadFiles(source, size - 1);
    const big = holdReadFiles(source, size);
    for (const kept of [small, small, big, big]) expect(kept.readUpTo?.('media/progress.png', 1 << 20)?.byteLength).toBe(size);
    expect(reads.get('media/progress.png')).toBe(3);
    // Over the caller's limit: not given, even when held.
    expect(big.readUpTo?.('media/progress.png', size - 1)).toBeUndefined();
  });
});
