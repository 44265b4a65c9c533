import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { addRuntimeBundle } from '../../src/package/runtime-bundle.js';
import { renderCourse } from '../../src/render/render-course.js';

// A stand-in built runtime: each file says what it is, so the test can see where it went.
let runtimeDir = '';
beforeAll(async () => {
  runtimeDir = await mkdtemp(join(tmpdir(), 'cw-block-assets-'));
  await mkdir(join(runtimeDir, 'blocks'));
  await writeFile(join(runtimeDir, 'coursewright.css'), '/*shell*/');
  await writeFile(join(runtimeDir, 'completion-record.css'), '/*record styles*/');
  await writeFile(join(runtimeDir, 'coursewright-scorm12.js'), '/*core*/\n');
  await writeFile(join(runtimeDir, 'target-features.json'), '{ "scorm12": [] }\n');
  for (const kind of ['acknowledgement', 'check', 'practice', 'reflection']) {
    await writeFile(join(runtimeDir, 'blocks', `${kind}.js`), `/*${kind} code*/\n`);
    await writeFile(join(runtimeDir, 'blocks', `${kind}.css`), `/*${kind} styles*/`);
  }
});
afterAll(() => rm(runtimeDir, { recursive: true, force: true }));

const files = {
  'course.yml': 'id: kinds\ntitle: Kinds\nversion: "1"\nlessons: [lessons/a.md, lessons/b.md]\n',
  'lessons/a.md': '---\ntitle: A\n---\n:::check{#q-a}\nRight?\n\n- [x] Yes\n- [ ] No\n:::\n',
  'lessons/b.md': '---\ntitle: B\n---\n:::reflection{#r-b}\nThink.\n:::\n\n:::check{#q-b}\nAgain?\n\n- [x] Yes\n- [ ] No\n:::\n',
};

describe('the block code and styles of a rendered course', () => {
  it('puts the first screen\u2019s block code after the runtime and its styles in the stylesheet, the other kinds\u2019 beside them, and only the kinds used', async () => {
    const { course } = await compileCourse({ files, validateOnly: true });
    if (!course) throw new Error('the test course did not parse');
    const site = addRuntimeBundle(renderCourse(course, { runtimeDir }), 'scorm12', runtimeDir);
    const content = (path: string): string => String(site.files.find((file) => file.path === path)?.content);
    expect(site.files.map((file) => file.path).filter((path) => path.startsWith('assets/'))).toEqual([
      'assets/blocks/reflection.css', 'assets/blocks/reflection.js', 'assets/coursewright.css', 'assets/lessons/2.js', 'assets/no-storage.js', 'assets/coursewright.js',
    ]);
    expect(content('assets/coursewright.js')).toBe('/*core*/\n/*check code*/\n');
    // Its player strings follow its code (test/render/block-kind-strings.test.ts).
    expect(content('assets/blocks/reflection.js')).toMatch(/^\/\*reflection code\*\/\nObject\.assign\(/);
    expect(content('assets/blocks/reflection.css')).toBe('/*reflection styles*/');
    expect(content('assets/coursewright.css')).toBe('/*shell*//*check styles*/');
    // No block of the first lesson is below its first screen: the page links no other stylesheet.
    expect(content('index.html').match(/<link rel="stylesheet"[^>]*>/g)).toEqual(['<link rel="stylesheet" href="assets/coursewright.css">']);
  });

  it('leaves the code and styles of a first-lesson block below the first screen out of the runtime script and stylesheet: files of their own, loaded as the learner nears it', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}: ${'the night shift handover, and what was said there. '.repeat(4)}\n`).join('\n');
    const lessonA = `---\ntitle: A\n---\n:::reflection{#r-a}\nThink first.\n:::\n\n${long}\n:::check{#q-a}\nRight?\n\n- [x] Yes\n- [ ] No\n:::\n`;
    const { course } = await compileCourse({ files: { ...files, 'lessons/a.md': lessonA }, validateOnly: true });
    if (!course) throw new Error('the test course did not parse');
    const site = addRuntimeBundle(renderCourse(course, { runtimeDir }), 'scorm12', runtimeDir);
    const content = (path: string): string => String(site.files.find((file) => file.path === path)?.content);
    expect(content('assets/coursewright.js')).toBe('/*core*/\n/*reflection code*/\n');
    expect(content('assets/blocks/check.js')).toMatch(/^\/\*check code\*\/\nObject\.assign\(/);
    expect(site.files.some((file) => file.path === 'assets/blocks/reflection.js')).toBe(false);
    // Its styles come with its code (the block stays hidden until both are in) or, without
    // JavaScript, from a link the page holds in <noscript>.
    expect(content('assets/coursewright.css')).toBe('/*shell*//*reflection styles*/');
    expect(content('assets/blocks/check.css')).toBe('/*check styles*/');
    expect(content('index.html')).toMatch(/<noscript>.*<link rel="stylesheet" href="assets\/blocks\/check\.css"><\/noscript>/);
  });

  it('adds the record of completion\u2019s styles to the stylesheet of the courses that offer the record only', async () => {
    const stylesheet = async (courseYml: string): Promise<string> => {
      const { course } = await compileCourse({ files: { ...files, 'course.yml': courseYml }, validateOnly: true });
      if (!course) throw new Error('the test course did not parse');
      return String(renderCourse(course, { runtimeDir }).files.find((file) => file.path === 'assets/coursewright.css')?.content);
    };
    expect(await stylesheet(`${files['course.yml']}completionRecord: true\n`)).toBe('/*shell*//*record styles*//*check styles*/');
    expect(await stylesheet(files['course.yml'])).not.toContain('record');
  });
});
