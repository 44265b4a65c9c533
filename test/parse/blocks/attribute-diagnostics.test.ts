import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { mediaBytes } from '../../support-course/media-bytes.js';

const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n';
const media = {
  'media/amara.mp4': mediaBytes.mp4,
  'media/amara.mp3': mediaBytes.mp3,
  'media/amara.jpg': mediaBytes.jpeg,
  'media/amara.vtt': vtt,
  'media/amara.md': 'Amara: Hello.\n',
};

/** Validate a one-lesson course whose lesson body (from line 4) is `body`. */
async function validate(body: string, files: Record<string, string | Uint8Array> = {}): Promise<Diagnostic[]> {
  const result = await compileCourse({
    files: { 'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${body}\n`, ...media, ...files },
    validateOnly: true,
  });
  return result.diagnostics;
}

/** `line:column-end code`, and what the range covers on the lesson's line. */
function placed(diagnostics: readonly Diagnostic[], body: string): string[] {
  const lines = `---\ntitle: One\n---\n${body}`.split('\n');
  return diagnostics.map((d) => {
    const { start, end } = d.range ?? { start: { line: 0, column: 0 } };
    const covered = end && end.line === start.line ? lines[start.line - 1]?.slice(start.column - 1, end.column - 1) : undefined;
    return `${d.file}:${start.line}:${start.column} ${d.code}${covered !== undefined ? ` ${covered}` : ''}`;
  });
}

describe('problems with the file an attribute names are reported at that attribute', () => {
  it.each([
    ['video', 'video="../media/nope.mp4" captions="../media/amara.vtt" transcript="../media/amara.md"', '../media/nope.mp4'],
    ['audio', 'audio="../media/nope.mp3" captions="../media/amara.vtt" transcript="../media/amara.md"', '../media/nope.mp3'],
    ['poster', 'video="../media/amara.mp4" poster="../media/nope.jpg" captions="../media/amara.vtt" transcript="../media/amara.md"', '../media/nope.jpg'],
    ['captions', 'video="../media/amara.mp4" captions="../media/nope.vtt" transcript="../media/amara.md"', '../media/nope.vtt'],
    ['captions-es', 'video="../media/amara.mp4" captions="../media/amara.vtt" captions-es="../media/nope.es.vtt" transcript="../media/amara.md"', '../media/nope.es.vtt'],
    ['transcript', 'video="../media/amara.mp4" captions="../media/amara.vtt" transcript="../media/nope.md"', '../media/nope.md'],
    ['chapters', 'video="../media/amara.mp4" captions="../media/amara.vtt" transcript="../media/amara.md" chapters="../media/nope.vtt"', '../media/nope.vtt'],
    ['portrait', 'audio="../media/amara.mp3" captions="../media/amara.vtt" transcript="../media/amara.md" portrait="../media/nope.jpg" portrait-alt="Amara"', '../media/nope.jpg'],
  ])('%s', async (name, attributes, value) => {
    const body = `::::interview{#amara speaker="Amara" ${attributes}}\n::::`;
    const written = `${name}="${value}"`;
    expect(placed(await validate(body), body)).toEqual([`lessons/one.md:4:${body.indexOf(written) + 1} asset-missing ${written}`]);
  });

  it('for each asset problem, and for the scenario a block names', async () => {
    const body = [
      '::::interview{#amara speaker="Amara" video="../media/amara.avi" captions="../media/amara.vtt" transcript="../media/amara.md"}',
      '::::',
      '',
      '::scenario{src="../scenarios/nope.yml"}',
      '',
      '::scenario{src=../media/amara.jpg}',
      '',
      '::scenario{src="../../outside.yml"}',
    ].join('\n');
    expect(placed(await validate(body), body)).toEqual([
      'lessons/one.md:4:38 asset-unsupported-type video="../media/amara.avi"',
      'lessons/one.md:7:12 scenario-file-missing src="../scenarios/nope.yml"',
      'lessons/one.md:9:12 scenario-file-not-yaml src=../media/amara.jpg',
      'lessons/one.md:11:12 asset-outside-course src="../../outside.yml"',
    ]);
  });

  it('for a missing file, the one suggested is of its kind: a transcript is not told a recording', async () => {
    const body = '::::interview{#amara speaker="Amara" audio="../media/a.mp3" captions="../media/amara.vtt" transcript="../media/a.md"}\n::::';
    const hints = async (files: Record<string, string | Uint8Array>): Promise<(string | undefined)[]> => (await validate(body, files)).map((d) => d.hint);
    expect(await hints({ 'media/a.mp3': mediaBytes.mp3 })).toEqual(['Paths are relative to the file that uses them and case-sensitive (LMS servers run on Linux).']);
    // Nor a plain-text file, which a transcript cannot be.
    expect(await hints({ 'media/a.mp3': mediaBytes.mp3, 'media/a.txt': 'Amara: Hello.\n' })).toEqual(['Paths are relative to the file that uses them and case-sensitive (LMS servers run on Linux).']);
  });

  it('for a file a package takes but of another kind than the attribute, which would never play', async () => {
    const body = '::::interview{#amara speaker="Amara" audio="../media/amara.vtt" poster="../media/amara.md" captions="../media/amara.vtt" transcript="../media/amara.mp3" chapters="../media/amara.jpg"}\n::::';
    const found = await validate(body);
    expect(placed(found, body)).toEqual(['audio', 'poster', 'transcript', 'chapters'].map((name) => `lessons/one.md:4:${body.indexOf(` ${name}=`) + 2} invalid-attribute ${name}`));
    expect(found[0]?.message).toBe('Unexpected value "../media/amara.vtt" for "audio" on "interview"; expected a sound file (.mp3, .m4a, .ogg or .wav).');
    const video = '::::interview{#amara speaker="Amara" video="../media/amara.mp3" captions="../media/amara.vtt" transcript="../media/amara.md"}\n::::';
    expect((await validate(video)).map((d) => d.message)).toEqual(['Unexpected value "../media/amara.mp3" for "video" on "interview"; expected a video file (.mp4 or .webm).']);
  });

  it('for an id on a block that takes none, which would be ignored: a scenario (its YAML names it) and details', async () => {
    const scenario = 'id: story\ntitle: S\nstart: a\nnodes:\n  a:\n    text: Hi\n    end: true\n    outcome: positive\n';
    const body = '::scenario{#my-scenario src="../scenarios/s.yml"}\n\n:::details[Why]{#why}\nBecause.\n:::';
    const found = await validate(body, { 'scenarios/s.yml': scenario });
    expect(placed(found, body)).toEqual(['lessons/one.md:4:12 unknown-attribute #my-scenario', 'lessons/one.md:6:17 unknown-attribute #why']);
    expect(found.map((d) => [d.message, d.hint])).toEqual([
      ['Unexpected attribute "#my-scenario" on "scenario"; expected one of: src.', 'A scenario\'s id is the "id" in its YAML file: reports and saved progress use that one. Remove "#my-scenario".'],
      ['Unexpected attribute "#why" on "details"; it takes none.', 'Details take no id: nothing in them is tracked or linked to. Remove "#why".'],
    ]);
  });

  it('in a lesson with Windows line endings', async () => {
    const body = '::::interview{#amara speaker="Amara" audio="../media/nope.mp3"}\r\n::::';
    const result = await compileCourse({ files: { 'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\r\ntitle: One\r\n---\r\n${body}\r\n` }, validateOnly: true });
    const missing = result.diagnostics.filter((d) => d.code === 'asset-missing');
    expect(missing.map((d) => [d.code, d.range])).toEqual([['asset-missing', { start: { line: 4, column: 38 }, end: { line: 4, column: 63 } }]]);
  });

  it('even where the same word stands in another value before it', async () => {
    const body = '::::interview{#amara speaker="Amara" role="On captions duty" audio="../media/amara.mp3" captions="../media/nope.vtt" transcript="../media/amara.md"}\n::::';
    expect(placed(await validate(body), body)).toEqual(['lessons/one.md:4:89 asset-missing captions="../media/nope.vtt"']);
  });
});

describe('a misspelt attribute is one error, not also the one it was meant for missing', () => {
  it('speker: told "speaker", which is not also reported missing', async () => {
    const body = '::::interview{#amara speker="Amara" video="../media/amara.mp4" captions="../media/amara.vtt" transcript="../media/amara.md"}\n::::';
    const diagnostics = await validate(body);
    expect(placed(diagnostics, body)).toEqual(['lessons/one.md:4:22 unknown-attribute speker']);
    expect(diagnostics[0]?.hint).toBe('Did you mean "speaker"? Check the spelling; attribute names are case-sensitive.');
  });

  it.each([
    ['an id', ':::reflection{ID="r1"}\nWhy?\n:::', 'ID'],
    ['the editions of an only block', ':::only{edition="manager"}\nFor managers.\n:::', 'edition'],
    ['the speakers', '::::interview{#amara speakrs="Amara; Dan" video="../media/amara.mp4" captions="../media/amara.vtt" transcript="../media/amara.md"}\n::::', 'speakrs'],
    ['the captions of an interview', '::::interview{#amara speaker="Amara" video="../media/amara.mp4" caption="../media/amara.vtt" transcript="../media/amara.md"}\n::::', 'caption'],
    ['the transcript of an interview', '::::interview{#amara speaker="Amara" video="../media/amara.mp4" captions="../media/amara.vtt" transcrip="../media/amara.md"}\n::::', 'transcrip'],
    ['the media of an interview', '::::interview{#amara speaker="Amara" vidoe="../media/amara.mp4"}\n::::', 'vidoe'],
  ])('%s', async (_what, body, written) => {
    const diagnostics = await validate(body, { 'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\neditions:\n  manager: { title: Managers }\n' });
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-attribute']);
    expect(diagnostics[0]?.message).toContain(`"${written}"`);
    expect(diagnostics[0]?.hint).toMatch(/^Did you mean "/);
  });

  it('a name too far from any is still an unknown one, and what is missing is still said', async () => {
    const body = '::::interview{#amara name="Amara" video="../media/amara.mp4" captions="../media/amara.vtt" transcript="../media/amara.md"}\n::::';
    expect((await validate(body)).map((d) => d.code)).toEqual(['missing-attribute', 'unknown-attribute']);
  });
});

describe('HTML habits get the attribute meant', () => {
  it('src on an interview: video, or audio for a sound file, and no "neither video nor audio" after it', async () => {
    const video = await validate('::::interview{#amara speaker="Amara" src="../media/amara.mp4" captions="../media/amara.vtt" transcript="../media/amara.md"}\n::::');
    expect(video.map((d) => [d.code, d.hint])).toEqual([['unknown-attribute', 'Did you mean "video"? A block takes video or audio where HTML has "src". Check the spelling; attribute names are case-sensitive.']]);
    const audio = await validate('::::interview{#amara speaker="Amara" src="../media/amara.mp3"}\n::::');
    expect(audio.map((d) => [d.code, d.hint?.split('?')[0]])).toEqual([['unknown-attribute', 'Did you mean "audio"']]);
  });

  it('alt on an interview: portrait-alt, and no "portrait without its text" after it', async () => {
    const diagnostics = await validate('::::interview{#amara speaker="Amara" audio="../media/amara.mp3" captions="../media/amara.vtt" transcript="../media/amara.md" portrait="../media/amara.jpg" alt="Amara smiling"}\n::::');
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-attribute']);
    expect(diagnostics[0]?.hint).toBe('Did you mean "portrait-alt"? A block takes portrait-alt where HTML has "alt". Check the spelling; attribute names are case-sensitive.');
  });

  it('not on a block that takes neither', async () => {
    const diagnostics = await validate(':::reflection{#r1 src="../media/amara.mp4"}\nWhy?\n:::');
    expect(diagnostics.map((d) => [d.code, d.hint])).toEqual([['unknown-attribute', 'Check the spelling; attribute names are case-sensitive.']]);
  });
});

describe('privacy words on a reflection, which is private already', () => {
  it.each(['private', 'anonymous'])('%s: the hint says a reflection is private unless it reports', async (word) => {
    const diagnostics = await validate(`:::reflection{#r1 ${word}}\nWhat would you say?\n:::`);
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-attribute']);
    expect(diagnostics[0]?.hint).toBe('A reflection is private already: what a learner writes stays on their device unless course.yml and the block both say "report". Leave this out. Check the spelling; attribute names are case-sensitive.');
  });

  it('a misspelt "report" is still told the one meant', async () => {
    const diagnostics = await validate(':::reflection{#r1 reprot}\nWhat would you say?\n:::');
    expect(diagnostics[0]?.hint).toMatch(/^Did you mean "report"\?/);
  });
});
