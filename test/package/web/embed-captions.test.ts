import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { readLessonScript } from '../../../src/render/lesson-scripts.js';
import { readZip } from '../../support-package/read-zip.js';

/** Lesson `n` with a captioned interview (its cue says CUE-OF-PART-<n>). */
const interviewLesson = (n: number): string =>
  `---\ntitle: Part ${n}\n---\n:::interview{#iv-${n} speaker="Sam Lee" video="../media/v${n}.mp4" captions="../media/v${n}.vtt" transcript="../media/v${n}.md"}\nSam, part ${n}.\n:::\n`;

const files: Record<string, string | Uint8Array> = {
  'course.yml': 'id: captions\ntitle: Captions\nversion: "1"\nlessons: [lessons/one.md, lessons/two.md, lessons/three.md]\n',
  'lessons/one.md': interviewLesson(1),
  'lessons/two.md': interviewLesson(2),
  'lessons/three.md': '---\ntitle: Part 3\n---\nNo recording here.\n',
};
for (const n of [1, 2]) {
  files[`media/v${n}.mp4`] = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]);
  files[`media/v${n}.vtt`] = `WEBVTT\n\n00:00.000 --> 00:02.000\nCUE-OF-PART-${n}\n`;
  files[`media/v${n}.md`] = `What Sam says in part ${n}.\n`;
}

describe('the captions a web package embeds', () => {
  it('puts each lesson\u2019s cues where its HTML is: the first lesson\u2019s in the page, a later lesson\u2019s in its script only', async () => {
    const { artifacts, diagnostics } = await compileCourse({ files, targets: ['web'] });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const entries = await readZip(artifacts[0]?.bytes ?? new Uint8Array());
    const text = (name: string): string => Buffer.from(entries.find((entry) => entry.name === name)?.content ?? new Uint8Array()).toString('utf8');
    const page = text('index.html');
    expect(page).toContain('<script type="application/json" id="cw-captions">{"media/v1.vtt":[{"start":0,"end":2,"text":"CUE-OF-PART-1"}]}</script>');
    expect(page).not.toContain('CUE-OF-PART-2');
    expect(readLessonScript(text('assets/lessons/2.js'))?.content.captions).toEqual({ 'media/v2.vtt': [{ start: 0, end: 2, text: 'CUE-OF-PART-2' }] });
    // A lesson without captions gets none: its script is the renderer's, as every other target's.
    expect(readLessonScript(text('assets/lessons/3.js'))?.content).not.toHaveProperty('captions');
  });
});
