import type { Course } from '../model/course.js';
import type { CourseSource } from '../load/course-source.js';
import { readSourceText } from '../load/read-source-text.js';
import { createDiagnosticSink, type DiagnosticSink } from '../diagnostics/context.js';
import { unifiedLineDiff } from './line-diff.js';
import { courseTranslationStart, setTranslationOf } from './set-translation-of.js';
import { readTranslationOf } from '../parse/course/translation-files.js';
import { translationStatus, type TranslationState } from './translation-status.js';

/** One file of a translator's hand-off folder, its path relative to the folder. */
export interface ExportedFile {
  path: string;
  text: string;
}

/**
 * The hand-off folder for translating a course into `language`: every translated file that is
 * missing (started from its original), stale, or recording no `translation-of` (both started from
 * the existing translation, with a `<file>.changes.md` showing the original as it is now), each
 * with `translation-of` already set to the original's current hash, and a README.txt: every file
 * `translate status` lists. Paths are sorted; the output is the same on every run. Files that are
 * up to date are left out.
 * `previousText(original, hash)` finds the original's text as it was when translated (the version
 * with that `translation-of` hash), for a diff in the changes file; without it, or when it finds
 * nothing, the changes file shows the original as it is now. A course file that cannot be read
 * (too large, unreadable, hard-linked) is reported to `sink` and left out, as by `translationStatus`.
 */
export function exportTranslation(
  course: Course,
  source: CourseSource,
  language: string,
  previousText?: (original: string, hash: string) => string | undefined,
  sink: DiagnosticSink = createDiagnosticSink(),
): ExportedFile[] {
  const listed = translationStatus(course, source, sink).filter((s) => s.language === language && s.state !== 'current');
  const files: ExportedFile[] = [];
  const todo: TranslationState[] = [];
  for (const state of listed) {
    const original = readSourceText(source, state.original, sink);
    const translated = state.state === 'missing' ? undefined : readSourceText(source, state.path, sink);
    if (original === undefined || (state.state !== 'missing' && translated === undefined)) continue;
    todo.push(state);
    const start = translated ?? (state.original === 'course.yml' ? courseTranslationStart(original) : withOptionIds(original, course, state.original));
    files.push({ path: state.path, text: setTranslationOf(state.path, start, state.hash) });
    // A stale one shows what changed since; one that records no version is checked against the original as it is.
    const recorded = translated === undefined ? undefined : readTranslationOf(translated)?.hash;
    if (translated !== undefined) files.push({ path: `${state.path}.changes.md`, text: changesText(state, original, recorded === undefined ? undefined : previousText?.(state.original, recorded)) });
  }
  files.push({ path: 'README.txt', text: readmeText(course, language, todo) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The original lesson `file` with the id of each check option and practice technique written out
 * (`- [x] Allergies {#allergies}`) where the author left it to be made from the words: made from
 * the translated words it would differ, and the translation would not match the original.
 */
function withOptionIds(text: string, course: Course, file: string): string {
  const lesson = course.lessons.find((l) => l.file === file);
  if (!lesson) return text;
  const lines = text.split('\n');
  for (const block of lesson.blocks) {
    const options = block.kind === 'check' ? block.options : block.kind === 'practice' ? block.techniques : [];
    for (const option of options) {
      const index = (option.at.file === file ? option.at.range?.start.line : undefined) ?? 0;
      const line = lines[index - 1];
      if (line === undefined || line.includes(`{#${option.id}}`)) continue;
      const end = line.endsWith('\r') ? '\r' : '';
      lines[index - 1] = `${line.slice(0, line.length - end.length).trimEnd()} {#${option.id}}${end}`;
    }
  }
  return lines.join('\n');
}

function changesText(state: TranslationState, original: string, previous: string | undefined): string {
  const fenced = (language: string, text: string): string[] => {
    const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return [`${fence}${language}`, text.replace(/\n$/, ''), fence];
  };
  const diff = previous === undefined ? '' : unifiedLineDiff(previous, original, { from: `${state.original} (when translated)`, to: `${state.original} (now)` });
  return [
    `# What changed in ${state.original}`,
    '',
    ...(state.state === 'untracked'
      ? [`${state.path} does not say which version of ${state.original} it was translated from. Check it`, 'against the original as it is now, and bring it up to date where it differs.']
      : [`${state.path} was translated from an earlier version of ${state.original}. Bring the translation`, 'up to date with the original as it is now.']),
    `Its translation-of is already set to ${state.hash}, the hash of this version.`,
    '',
    ...(diff ? ['## The changes (lines starting with - were removed, + were added)', '', ...fenced('diff', diff), ''] : []),
    `## ${state.original} now`,
    '',
    ...fenced(state.original.endsWith('.md') ? 'markdown' : 'yaml', original),
    '',
  ].join('\n');
}

function readmeText(course: Course, language: string, todo: TranslationState[]): string {
  const what = (s: TranslationState): string => (s.state === 'missing' ? 'new' : s.state === 'untracked' ? `check against the original; see ${s.path}.changes.md` : `update; see ${s.path}.changes.md`);
  const list = todo.length ? todo.map((s) => `  ${s.path}  (${what(s)}, from ${s.original})`) : ['  (none: every file is translated and up to date)'];
  return [
    `Translation of "${course.title}" (${course.id}) into ${language}`,
    '',
    'What to do',
    '  1. Translate the words in each file listed below. Each file is named as its translation will',
    '     be and starts as a copy of the text to translate (or of the existing translation, for an',
    '     update: the matching .changes.md file shows what changed in the original).',
    '  2. Keep everything that is not words for learners exactly as it is: ids ({#some-id}, also at',
    '     the end of each answer option: its report id, whatever its words become), the',
    '     lines that start with ":::" (blocks), field names before ":" in YAML and front matter,',
    '     node and choice ids in scenarios, editions="...", link targets and media paths',
    '     (media/..., lessons/...), and the translation-of line. For an update, bring into the',
    '     translation what changed in the original that is not words (a number, an id, where a',
    '     choice leads: the .changes.md file shows it), so the two do the same.',
    '  3. Keep the files UTF-8 and their names unchanged. Send the whole folder back; the course',
    `     author imports it with: coursewright translate import <this-folder> <course-folder>`,
    '',
    'Files to translate',
    ...list,
    '',
  ].join('\n');
}
