import { describe, expect, it } from 'vitest';
// The published entry point, as a program that depends on coursewright imports it.
import { activityId, compileCourse, createBuildCache, formatDiagnostic, targetNames } from 'coursewright';

describe('library API', () => {
  it('compiles a course held in memory into a SCORM 1.2 zip, without printing or exiting', async () => {
    const result = await compileCourse({
      files: {
        'course.yml': 'id: handover\ntitle: Safe handover\nlessons: [lessons/a.md]\n',
        'lessons/a.md': '---\ntitle: Before you hand over\n---\nCheck the chart together.\n',
      },
    });
    expect(result.diagnostics).toEqual([]);
    const [artifact] = result.artifacts;
    expect(artifact).toMatchObject({ target: 'scorm12', courseId: 'handover', fileName: 'handover-scorm12-1.0.zip' });
    expect(Buffer.from(artifact?.bytes ?? []).subarray(0, 2).toString()).toBe('PK');
  });

  it('makes one package per target asked for, and names activities as the packages do', async () => {
    const result = await compileCourse({
      files: {
        'course.yml': 'id: handover\ntitle: Safe handover\niri: https://learning.example.org/courses/handover\nlessons: [lessons/a.md]\n',
        'lessons/a.md': '---\ntitle: Before you hand over\n---\nCheck the chart together.\n',
      },
      targets: [...targetNames],
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.artifacts.map((a) => a.fileName)).toEqual(targetNames.map((target) => `handover-${target}-1.0.zip`));
    expect(activityId(result.course?.iri ?? '', 'lesson', 'a')).toBe('https://learning.example.org/courses/handover/lessons/a');
  });

  it('reuses lesson parses through a build cache, and says so when given a cache it did not make', async () => {
    const files = {
      'course.yml': 'id: handover\ntitle: Safe handover\nlessons: [lessons/a.md, lessons/b.md]\n',
      'lessons/a.md': '---\ntitle: Before you hand over\n---\nCheck the chart together.\n',
      'lessons/b.md': '---\ntitle: After\n---\nAsk what was missed.\n',
    };
    const cache = createBuildCache();
    const first = await compileCourse({ files, cache });
    const again = await compileCourse({ files: { ...files, 'lessons/b.md': files['lessons/b.md'].replace('missed', 'left out') }, cache });
    expect(cache.stats).toEqual({ reused: 1, parsed: 3 });
    expect(first.artifacts).toHaveLength(1);
    expect(again.artifacts).toHaveLength(1);
    await expect(compileCourse({ files, cache: { size: 0, stats: { reused: 0, parsed: 0 } } })).rejects.toThrow(new TypeError('compileCourse: `cache` must be made by createBuildCache()'));
  });

  it('returns problems as data that formats to file:line:column', async () => {
    const result = await compileCourse({ files: { 'course.yml': 'id: Bad Id\ntitle: X\nlessons: []\n' } });
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0])).toContain(
      'course.yml:1:5 error Unexpected value for "id": expected lower-case letters, digits and hyphens, starting with a letter.  schema-invalid-value',
    );
  });
});
