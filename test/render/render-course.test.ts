import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { renderCourse } from '../../src/render/render-course.js';
import { contentSecurityPolicy } from '../../src/render/content-security-policy.js';
import { readBlockStringsScript } from '../../src/render/block-strings-script.js';
import { deviceKeptKeys, englishStrings } from '../../src/model/strings/player-strings.js';

const files = {
  'course.yml': 'id: handover\ntitle: Safe handover\niri: https://learning.example.org/courses/handover\nlessons: [lessons/a.md]\n',
  'lessons/a.md': '---\ntitle: Before you hand over\n---\nCheck the chart together.\n',
};

async function renderedSite() {
  const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
  expect(diagnostics).toEqual([]);
  if (!course) throw new Error('the test course did not parse');
  return { course, site: renderCourse(course) };
}

describe('renderCourse', () => {
  it('renders one site for every target: the page loads site.script, which the package stage fills in', async () => {
    const { site } = await renderedSite();
    expect(site.script).toBe('assets/coursewright.js');
    expect(site.files.map((f) => f.path)).not.toContain('assets/coursewright.js');
    expect(site.files.map((f) => f.path)).toContain('assets/coursewright.css');
    const page = String(site.files.find((f) => f.path === 'index.html')?.content);
    expect(page).toContain('<script src="assets/coursewright.js"></script>');
    // The content security policy is written as it is (no entities): nothing in it can end its attribute.
    expect(contentSecurityPolicy).not.toMatch(/["<>&]/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`);
  });

  it('gives the page of the targets a learning system launches the strings of tracking, and the web target\u2019s page those of a course no one tracks, each only its own', async () => {
    const { site } = await renderedSite();
    const stringsOf = (page: string): Record<string, string> =>
      (JSON.parse(/<script type="application\/json" id="cw-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}') as { strings: Record<string, string> }).strings;
    const tracked = stringsOf(String(site.files.find((f) => f.path === site.launch)?.content));
    const web = stringsOf(site.standaloneLaunch?.() ?? '');
    expect(tracked['tracking.failed']).toContain('not being recorded');
    expect(tracked['course.completedUnrecorded']).toBeDefined();
    expect(tracked['course.completedStandalone']).toBeUndefined();
    expect(web['course.completedStandalone']).toBe('You have completed this course. Your progress is kept on this device.');
    expect(Object.keys(web).filter((key) => key.startsWith('tracking.') || key.endsWith('Unrecorded'))).toEqual([]);
    // Otherwise the same page.
    expect(site.standaloneLaunch?.().replace(/<script type="application\/json" id="cw-data">[\s\S]*?<\/script>/, '')).toBe(String(site.files.find((f) => f.path === site.launch)?.content).replace(/<script type="application\/json" id="cw-data">[\s\S]*?<\/script>/, ''));
  });

  it('puts the words for a browser that keeps nothing on the device in a file of their own, in the course\u2019s wording, and none on the page', async () => {
    const reworded = { ...files, 'course.yml': `${files['course.yml']}strings:\n  save.unsaved.noStorage: Not saved yet, and kept in this window only.\n` };
    const { course, diagnostics } = await compileCourse({ files: reworded, validateOnly: true });
    expect(diagnostics).toEqual([]);
    if (!course) throw new Error('the test course did not parse');
    const site = renderCourse(course);
    const words = readBlockStringsScript(String(site.files.find((file) => file.path === 'assets/no-storage.js')?.content));
    // Under the keys they replace, so the player shows them where it would have said "on this device".
    expect(Object.keys(words ?? {}).sort()).toEqual([...deviceKeptKeys].sort());
    expect(words?.['save.unsaved']).toBe('Not saved yet, and kept in this window only.');
    expect(words?.['exit.unsaved']).toBe(englishStrings['exit.unsaved.noStorage']);
    expect(Object.values(words ?? {}).filter((text) => /kept on this device/.test(text))).toEqual([]);
    const page = String(site.files.find((file) => file.path === site.launch)?.content);
    expect(page).not.toContain('.noStorage');
    expect(page).not.toContain('Not saved yet, and kept in this window only.');
  });

  it('gives an en-US course no other name for a statement verb than the English one reports key on, and a course in another English its own', async () => {
    const pageStrings = async (language: string): Promise<Record<string, string>> => {
      const yml = `${files['course.yml']}language: ${language}\nstrings:\n  verb.passed: completed the assessment\n`;
      const { course } = await compileCourse({ files: { ...files, 'course.yml': yml }, validateOnly: true });
      if (!course) throw new Error('the test course did not parse');
      const page = String(renderCourse(course).files.find((f) => f.path === 'index.html')?.content);
      return (JSON.parse(/<script type="application\/json" id="cw-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}') as { strings: Record<string, string> }).strings;
    };
    expect((await pageStrings('en-US'))['verb.passed']).toBeUndefined();
    expect((await pageStrings('en-GB'))['verb.passed']).toBe('completed the assessment');
  });

  it('gives the runtime the course IRI it builds xAPI activity ids from', async () => {
    const { site } = await renderedSite();
    const page = String(site.files.find((f) => f.path === 'index.html')?.content);
    const json = /<script type="application\/json" id="cw-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}';
    const data = JSON.parse(json) as { course: { id: string; iri: string } };
    expect(data.course).toMatchObject({ id: 'handover', iri: 'https://learning.example.org/courses/handover' });
  });

  it('makes support phone numbers and e-mails tappable links, in content notes and for the end panel', async () => {
    const { course } = await compileCourse({
      files: {
        'course.yml': [
          'id: handover',
          'title: Safe handover',
          'lessons: [lessons/a.md]',
          'masteryScore: 80',
          'support:',
          '  resources:',
          '    - name: Staff helpline',
          '      contact: "Call 0800 123 456, any time"',
          '    - name: People team',
          '      contact: people@example.org',
          '',
        ].join('\n'),
        'lessons/a.md': '---\ntitle: Before you hand over\n---\n:::content-note\nThis lesson mentions harm.\n:::\n',
      },
      validateOnly: true,
    });
    if (!course) throw new Error('the test course did not parse');
    const page = String(renderCourse(course).files.find((f) => f.path === 'index.html')?.content);
    expect(page).toContain('<p class="cw-support__contact">Call <a href="tel:0800123456">0800 123 456</a>, any time</p>');
    expect(page).toContain('<p class="cw-support__contact"><a href="mailto:people@example.org">people@example.org</a></p>');
    const json = /<script type="application\/json" id="cw-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}';
    const data = JSON.parse(json) as { retake?: object; support?: { resources: { contactLink?: { href: string } }[] } };
    expect(data.support?.resources.map((resource) => resource.contactLink?.href)).toEqual(['tel:0800123456', 'mailto:people@example.org']);
    // Retakes of missed checks are the default.
    expect(data.retake).toEqual({});
  });
});
