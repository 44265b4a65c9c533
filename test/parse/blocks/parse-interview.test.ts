import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { formatDiagnostic } from '../../../src/diagnostics/format-diagnostics.js';
import { createMemorySource } from '../../../src/load/course-source.js';
import { SourceFileError } from '../../../src/load/source-file-error.js';
import type { InterviewBlock } from '../../../src/model/blocks.js';
import { parseCourse } from '../../../src/parse/course/parse-course.js';
import { knownLanguageNames, languageName } from '../../../src/parse/blocks/parse-interview.js';
import { playerCatalogues } from '../../../src/model/strings/player-strings.js';
import { mediaBytes } from '../../support-course/media-bytes.js';

const media = {
  'media/rosa.mp3': mediaBytes.mp3,
  'media/rosa.jpg': mediaBytes.jpeg,
  'media/rosa.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
  'media/rosa.es.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHola.\n',
  'media/rosa.chapters.vtt': 'WEBVTT\n\nintro\n00:00.000 --> 00:30.000\nWhy I spoke up\n\n01:05.500 --> 02:00.000\n<b>What changed</b>\n',
  'media/rosa.transcript.md': 'Rosa: It started with jokes.\nDan Lee: I saw it too.\n',
};

/** Parse a one-lesson course whose lesson is `lesson`; the interview and the formatted diagnostics. */
function parseLesson(lesson: string, language = 'en', files: Record<string, string> = {}) {
  const sink = createDiagnosticSink();
  const source = createMemorySource({
    'course.yml': `id: demo\ntitle: Demo\nlanguage: ${language}\nlessons: [lessons/a.md]\n`,
    'lessons/a.md': `---\ntitle: A\n---\n${lesson}`,
    ...media,
    ...files,
  });
  const course = parseCourse(source, sink);
  const interview = course?.lessons[0]?.blocks.find((b) => b.kind === 'interview') as InterviewBlock | undefined;
  return { interview, diagnostics: sink.diagnostics.map((d) => formatDiagnostic(d, { color: false }).split('\n')[0]) };
}

describe('interview', () => {
  it('reads several speakers, attributed pull quotes, chapters from WebVTT and bolds names in the transcript', () => {
    const { interview, diagnostics } = parseLesson([
      '::::interview{#rosa speakers="Rosa Méndez, Ward clerk; Dan Lee, Porter" composite audio="../media/rosa.mp3" captions="../media/rosa.en.vtt" chapters="../media/rosa.chapters.vtt" transcript="../media/rosa.transcript.md"}',
      'Rosa and Dan work on the same ward.',
      '',
      '> It starts with a joke.',
      '',
      '> Nobody wants to be the awkward one.',
      '>',
      '> — Dan Lee',
      '::::',
      '',
    ].join('\n'));
    expect(diagnostics).toEqual([]);
    expect(interview?.speakers).toEqual([{ name: 'Rosa Méndez', role: 'Ward clerk' }, { name: 'Dan Lee', role: 'Porter' }]);
    expect(interview?.speaker).toBe('Rosa Méndez');
    expect(interview?.composite).toBe(true);
    expect(interview?.quotes).toEqual([
      { html: '<p>It starts with a joke.</p>', by: 'Rosa Méndez' },
      { html: '<p>Nobody wants to be the awkward one.</p>', by: 'Dan Lee' },
    ]);
    expect(interview?.chapters).toEqual([{ start: 0, time: '0:00', title: 'Why I spoke up' }, { start: 65.5, time: '1:05', title: 'What changed' }]);
    expect(interview?.transcriptHtml).toBe('<p><strong>Rosa:</strong> It started with jokes.\n<strong>Dan Lee:</strong> I saw it too.</p>');
  });

  it('reads chapters written in the block, and points at a chapter without a time', () => {
    const { interview, diagnostics } = parseLesson([
      '::::interview{#rosa speaker="Rosa" audio="../media/rosa.mp3" captions="../media/rosa.en.vtt" transcript="../media/rosa.transcript.md"}',
      ':::chapters',
      '- 0:00 Introduction',
      '- 1:02:03 Much later',
      '- Speaking up',
      ':::',
      '::::',
      '',
    ].join('\n'));
    expect(interview?.chapters).toEqual([{ start: 0, time: '0:00', title: 'Introduction' }, { start: 3723, time: '1:02:03', title: 'Much later' }]);
    expect(interview?.introHtml).toBe('');
    expect(diagnostics).toEqual(['lessons/a.md:8:1 error The chapter "Speaking up" of the interview "rosa" does not start with a time.  interview-chapter-invalid']);
  });

  it('reads chapters as written from the text the parser read: the lesson is not read a third time', () => {
    const memory = createMemorySource({
      'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/a.md]\n',
      'lessons/a.md': ['---', 'title: A', '---', '::::interview{#rosa speaker="Rosa" audio="../media/rosa.mp3" captions="../media/rosa.en.vtt" transcript="../media/rosa.transcript.md"}', ':::chapters', '- 0:00 Introduction', '- 1:02:03 Much later', ':::', '::::', ''].join('\n'),
      ...media,
    });
    // Read for its front matter, then for its blocks; a third read would find it changed, as the disk source does.
    let reads = 0;
    const source = {
      ...memory,
      readText: (path: string) => {
        if (path === 'lessons/a.md' && ++reads > 2) throw new SourceFileError(path, 'unreadable', { reason: 'it changed while the build ran' });
        return memory.readText(path);
      },
    };
    const sink = createDiagnosticSink();
    const interview = parseCourse(source, sink)?.lessons[0]?.blocks.find((b) => b.kind === 'interview') as InterviewBlock | undefined;
    expect(reads).toBe(2);
    expect(sink.diagnostics).toEqual([]);
    // Before: read a third time for the chapters' times as written ("1:02:03" is a directive to the parser).
    expect(interview?.chapters).toEqual([{ start: 0, time: '0:00', title: 'Introduction' }, { start: 3723, time: '1:02:03', title: 'Much later' }]);
  });

  it('keeps the cues of each caption file, and reports what players would skip at its line in the .vtt file', () => {
    const sink = createDiagnosticSink();
    const source = createMemorySource({
      'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/a.md]\n',
      'lessons/a.md': '---\ntitle: A\n---\n::::interview{#rosa speaker="Rosa" audio="../media/rosa.mp3" captions="../media/rosa.en.vtt" captions-es="../media/rosa.es.vtt" chapters="../media/rosa.chapters.vtt" transcript="../media/rosa.transcript.md"}\n::::\n',
      ...media,
      // Converted from .srt: the first cue kept its comma, the second was corrected.
      'media/rosa.es.vtt': 'WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHola.\n\n2\n00:00:02.500 --> 00:00:04.000 align:middle\nSoy Rosa.\n',
      'media/rosa.chapters.vtt': 'WEBVTT\n\nNOTE no chapters yet\n',
    });
    const lesson = parseCourse(source, sink)?.lessons[0];
    const interview = lesson?.blocks.find((b) => b.kind === 'interview') as InterviewBlock | undefined;
    expect(interview?.captions.map((track) => [track.lang, track.cues])).toEqual([
      ['en', [{ start: 0, end: 2, text: 'Hello.' }]],
      ['es', [{ start: 2.5, end: 4, text: 'Soy Rosa.' }]],
    ]);
    expect(sink.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}`)).toEqual([
      'media/rosa.es.vtt:4:9 error vtt-cue-lost',
      'media/rosa.es.vtt:8:31 warning vtt-not-valid',
      // Where the file is named: the chapters attribute's value.
      'lessons/a.md:4:129 error vtt-no-cues',
    ]);
    expect(sink.diagnostics.find((d) => d.code === 'vtt-no-cues')?.message).toBe('The chapters file "media/rosa.chapters.vtt" of the interview "rosa" has no cue a player can show.');
  });

  it('in a Spanish lesson whose attributes were copied from the English one, finds English captions offered as Spanish, and two Spanish tracks', () => {
    const { interview, diagnostics } = parseLesson('::::interview{#rosa speaker="Rosa" audio="../media/rosa.mp3" captions="../media/rosa.en.vtt" captions-es="../media/rosa.es.vtt" transcript="../media/rosa.transcript.md"}\n::::\n', 'es');
    expect(diagnostics).toEqual([
      'lessons/a.md:4:62 warning captions="media/rosa.en.vtt" is offered to learners as Spanish captions ("es"), but the file\'s name says English ("en").  captions-language-mismatch',
      'lessons/a.md:4:94 error The interview "rosa" has two Spanish caption files ("es"): captions="…" and captions-es="…".  captions-duplicate-language',
    ]);
    expect(interview?.captions.map((track) => [track.lang, track.path])).toEqual([['es', 'media/rosa.en.vtt']]);
    // Written the right way round, the lesson has both tracks and nothing to report.
    const fixed = parseLesson('::::interview{#rosa speaker="Rosa" audio="../media/rosa.mp3" captions="../media/rosa.es.vtt" captions-en="../media/rosa.en.vtt" transcript="../media/rosa.transcript.md"}\n::::\n', 'es');
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed.interview?.captions.map((track) => [track.lang, track.label, track.path])).toEqual([['es', 'español', 'media/rosa.es.vtt'], ['en', 'inglés', 'media/rosa.en.vtt']]);
  });

  it('warns when a transcript in the block has little of what the captions say, and not when it is the recording\'s own', () => {
    const said = 'I have worked nights on this ward for twelve years. The comments started small, remarks about clothes and voices. Nobody laughed louder than me, and that still bothers me today.';
    const words = said.split(' ');
    const captions = { 'media/rosa.long.vtt': `WEBVTT\n\n${words.map((word, i) => `00:${String(i).padStart(2, '0')}.000 --> 00:${String(i).padStart(2, '0')}.900\n${word}\n`).join('\n')}` };
    const lesson = (transcript: string) => `::::interview{#rosa speaker="Rosa" audio="../media/rosa.mp3" captions="../media/rosa.long.vtt"}\n:::transcript\n${transcript}\n:::\n::::\n`;
    expect(parseLesson(lesson(`Rosa: ${said} [She looks away.]`), 'en', captions).diagnostics).toEqual([]);
    expect(parseLesson(lesson('Dan: I joined the community team last spring, and the comments about my voice started then.'), 'en', captions).diagnostics).toEqual([
      'lessons/a.md:5:1 warning The transcript (in the block) of the interview "rosa" has only 14% of the words its captions "media/rosa.long.vtt" say: is it the transcript of this recording?  interview-transcript-mismatch',
    ]);
  });

  it('reads a text interview: introduction, questions with answers, and pull quotes in place', () => {
    const { interview, diagnostics } = parseLesson([
      '::::interview{#rosa format="text" speaker="Rosa Méndez" role="Ward clerk" portrait="../media/rosa.jpg" portrait-alt="Rosa at the ward desk"}',
      'Rosa has worked on the ward for twelve years.',
      '',
      '### When did you notice?',
      '',
      'On my second week.',
      '',
      '> I thought it was my fault.',
      '',
      '### What helped?',
      '',
      'A colleague who said something.',
      '::::',
      '',
    ].join('\n'));
    expect(diagnostics).toEqual([]);
    expect(interview?.format).toBe('text');
    expect(interview?.introHtml).toBe('<p>Rosa has worked on the ward for twelve years.</p>');
    expect(interview?.portrait).toEqual({ path: 'media/rosa.jpg', alt: 'Rosa at the ward desk' });
    expect(interview?.parts).toEqual([
      { html: '<h3>When did you notice?</h3>\n<p>On my second week.</p>' },
      { quote: { html: '<p>I thought it was my fault.</p>', by: 'Rosa Méndez' } },
      { html: '<h3>What helped?</h3>\n<p>A colleague who said something.</p>' },
    ]);
    expect(interview?.quotes).toEqual([]);
  });

  it('warns about a portrait without alternative text and describes it in the course language', () => {
    const { interview, diagnostics } = parseLesson(':::interview{#rosa format="text" speaker="Rosa" portrait="../media/rosa.jpg"}\n### ¿Qué pasó?\n\nNada.\n:::\n', 'es');
    expect(interview?.portrait?.alt).toBe('Retrato de Rosa');
    expect(diagnostics).toEqual(['lessons/a.md:4:49 warning The portrait of the interview "rosa" has no alternative text, so screen readers only hear "Retrato de Rosa".  interview-portrait-missing-alt']);
  });

  it('a recording not found still needs captions and a transcript: all three said in one run', () => {
    const { diagnostics } = parseLesson(':::interview{#ana speaker="Ana" video="../media/ana.mp4"}\nAna talks about her first week.\n:::\n');
    expect(diagnostics).toEqual([
      'lessons/a.md:4:33 error Expected the file "media/ana.mp4", found none.  asset-missing',
      'lessons/a.md:4:1 error The interview "ana" has a recording but no captions.  interview-missing-captions',
      'lessons/a.md:4:1 error The interview "ana" has a recording but no transcript.  interview-missing-transcript',
    ]);
  });

  it('reports a recording in a text interview, and a missing speaker', () => {
    const { diagnostics } = parseLesson(':::interview{#rosa format="text" audio="../media/rosa.mp3"}\nText.\n:::\n');
    expect(diagnostics).toEqual([
      'lessons/a.md:4:13 error Expected the attribute "speaker" on "interview", found none.  missing-attribute',
      'lessons/a.md:4:34 error The interview "rosa" is a text interview (format="text") but has "audio", which text interviews do not show.  interview-text-with-media',
    ]);
  });
});

describe('caption language names', () => {
  it('names each player language in each, as Intl.DisplayNames does, without asking it', () => {
    const languages = Object.keys(playerCatalogues);
    const pairs = languages.flatMap((lang) => languages.map((inLanguage) => `${lang}\n${inLanguage}`));
    expect([...knownLanguageNames.keys()].sort()).toEqual(pairs.sort());
    for (const [pair, name] of knownLanguageNames) {
      const [lang, inLanguage] = pair.split('\n') as [string, string];
      expect(name, pair).toBe(new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(lang));
    }
  });

  it('asks Intl.DisplayNames for any other language', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('de', 'es')).toBe('alemán');
    expect(languageName('en-GB', 'en')).toBe('British English');
  });
});
