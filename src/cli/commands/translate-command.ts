import { compileCourse } from '../../compile.js';
import { createDiskSource } from '../../load/course-source.js';
import { translationStatus, type TranslationState } from '../../translate/translation-status.js';
import { exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import type { Terminal } from '../terminal.js';

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
 */
export async function runTranslateStatus(dirs: string[], options: { all: boolean }, term: Terminal): Promise<number> {
  let behind = false;
  for (const dir of findCourses(dirs)) {
    const { course } = await compileCourse({ dir, validateOnly: true });
    if (!course) {
      term.err(`${dir}: course.yml cannot be read; run "coursewright validate ${dir}".`);
      behind = true;
      continue;
    }
    const states = translationStatus(course, createDiskSource(dir));
    if (!states.length) {
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
