import { compileCourse } from '../../compile.js';
import { createDiagnosticSink } from '../../diagnostics/context.js';
import { createDiskSource } from '../../load/course-source.js';
import { translationStatus, type TranslationState } from '../../translate/translation-status.js';
import { exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import type { Terminal } from '../terminal.js';
import { unreadFileDiagnostics } from './translate-diagnostics.js';
import { renderDiagnostics } from '../print-diagnostics.js';

const labels: Record<TranslationState['state'], string> = {
  missing: 'missing  ',
  stale: 'stale    ',
  untracked: 'untracked',
  current: 'current  ',
};

/**
 * `coursewright translate status [course…]`: per language, each translated file that is missing,
 * behind its original (stale) or records no `translation-of`, with the hash to record once it is
 * done. Exit 1 when any is missing or stale, so CI can hold a release until translations catch up.
 * Files are read once, by the build's reader with its limits: a file too large or unreadable is
 * printed as the build prints it (`file-too-large`, …) and also exits 1.
 */
export async function runTranslateStatus(dirs: string[], options: { all: boolean }, term: Terminal): Promise<number> {
  let behind = false;
  for (const dir of findCourses(dirs)) {
    const source = createDiskSource(dir);
    const { course, diagnostics } = await compileCourse({ source, validateOnly: true });
    const sink = createDiagnosticSink();
    const states = course ? translationStatus(course, source, sink) : [];
    // The build already named the files it could not read; the worklist may add ones it skipped.
    const named = unreadFileDiagnostics(diagnostics);
    const unread = [...named, ...sink.diagnostics.filter((d) => !named.some((n) => n.code === d.code && (n.related?.[0]?.file ?? n.file) === d.file))];
    if (unread.length) {
      term.err(`${renderDiagnostics(dir, unread, term.color, source)}\n`);
      behind = true;
    }
    if (!course) {
      if (!unread.length) term.err(`${dir}: course.yml cannot be read; run "coursewright validate ${dir}".`);
      behind = true;
      continue;
    }
    if ((course.languages ?? []).length < 2) {
      term.err(`${dir}: one language (${course.language}); nothing to translate. Add "languages: [${course.language}, …]" to course.yml.`);
      continue;
    }
    for (const language of [...new Set(states.map((s) => s.language))]) {
      const mine = states.filter((s) => s.language === language);
      for (const s of mine) {
        if (s.state === 'current' && !options.all) continue;
        const todo = s.state === 'current' ? '' : s.state === 'missing' ? `  copy ${s.original}, translate it, set translation-of: ${s.hash}` : `  update from ${s.original}, then set translation-of: ${s.hash}`;
        term.out(`${language}  ${labels[s.state]}  ${dir}/${s.path}${todo}`);
      }
      const count = (state: TranslationState['state']) => mine.filter((s) => s.state === state).length;
      term.err(`${dir} ${language}: ${count('current')} up to date, ${count('stale')} stale, ${count('missing')} missing, ${count('untracked')} without translation-of`);
      if (count('missing') || count('stale')) behind = true;
    }
  }
  return behind ? exitCodes.content : exitCodes.ok;
}
