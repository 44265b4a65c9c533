import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCourse, type CompileResult } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { madeOptionIds, withPinnedIds, type MadeId } from '../../edit/pin-option-ids.js';
import { createDiskSource } from '../../load/course-source.js';
import { readTranslationOf, translatedPath, translationHash } from '../../parse/course/translation-files.js';
import { setTranslationOf } from '../../translate/set-translation-of.js';
import { exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import type { Terminal } from '../terminal.js';
import { writeCourseFile } from '../write-course-file.js';

/**
 * `coursewright pin-ids [course…]`: writes into the lessons the id of every option and technique
 * whose id the build makes from its words (`{#id}` at the end of its first line), so that rewording
 * it later keeps its code in LMS reports and learners' saved answers. The course must have no
 * error. Each lesson is written whole (a new file renamed into place), only if it is still as the
 * build read it; a translation that was up to date with its original records the original's new
 * hash, since only ids were added. Then the course is checked again: it must be the same course,
 * every id and text as before, with the same problems; otherwise every file is put back as it was
 * and the command says so. `--dry-run` lists the ids and writes nothing.
 */
export async function runPinIds(dirs: string[], options: { dryRun: boolean }, term: Terminal): Promise<number> {
  let code: number = exitCodes.ok;
  for (const dir of findCourses(dirs)) {
    const source = createDiskSource(dir);
    const before = await compileCourse({ source, validateOnly: true });
    const errors = before.diagnostics.filter((d) => d.severity === 'error');
    if (!before.course || errors.length) {
      if (errors.length) term.err(`${renderDiagnostics(dir, errors, term.color, source)}\n`);
      term.err(`${dir}: fix the errors first (they may be in the very options whose ids would be written); no id was written.`);
      code = exitCodes.content;
      continue;
    }
    // The lessons as they are on disk now, to edit: the build's parse says which lines hold options.
    const texts = new Map<string, string>();
    const textOf = (file: string): string => {
      let text = texts.get(file);
      if (text === undefined) texts.set(file, (text = readFileSync(join(dir, file), 'utf8')));
      return text;
    };
    const lines = new Map<string, string[]>();
    const lineOf = (file: string, line: number): string | undefined => {
      if (!lines.has(file)) lines.set(file, textOf(file).split('\n'));
      return lines.get(file)![line - 1]?.replace(/\r$/, '');
    };
    const made = madeOptionIds(before.course, lineOf);
    if (!made.length) {
      term.err(`${dir}: every option and technique has its id written in its lesson; nothing to pin.`);
      continue;
    }
    const byFile = new Map<string, MadeId[]>();
    for (const found of made) byFile.set(found.file, [...(byFile.get(found.file) ?? []), found]);
    if (options.dryRun) {
      for (const found of made) term.out(`${dir}/${found.file}:${found.line}  {#${found.id}}`);
      term.err(`${dir}: ${count(made.length, 'id')} to write into ${count(byFile.size, 'lesson')} (dry run, nothing written).`);
      continue;
    }
    const result = pin(dir, before, byFile, textOf);
    if (result.error !== undefined) {
      term.err(`${dir}: no id was written: ${result.error}`);
      code = exitCodes.content;
      continue;
    }
    const after = await compileCourse({ dir, validateOnly: true });
    if (sameCourse(before, after)) {
      const lessons = [...byFile].map(([file, pins]) => `${file} (${pins.length})`).join(', ');
      const translations = result.translations.length ? `; ${count(result.translations.length, 'translation')} still up to date: ${result.translations.join(', ')}` : '';
      term.err(`${dir}: wrote ${count(made.length, 'option id')} into ${lessons}${translations}.`);
    } else {
      // An option laid out in a way the ids' place does not follow (its text under its box): every file as it was.
      for (const [file, text] of result.written) writeCourseFile(dir, file, text);
      term.err(`${dir}: no id was written: with them, the course did not read as before, so some option's text is laid out otherwise than "- [ ] Its words" on one line (in ${[...byFile.keys()].join(', ')}). Give those options their ids yourself, at the end of the line their words start on, or run with --dry-run to see where each would go.`);
      code = exitCodes.content;
    }
  }
  return code;
}

/** The files changed, with the text each had; the translations brought up to date. */
interface Pinned {
  written: Map<string, string>;
  translations: string[];
  error?: string;
}

/**
 * Writes the ids into their lessons, and the new hash into each translation that recorded the
 * old one. A file changed on disk since it was read stops it all, with what was written put back.
 */
function pin(dir: string, before: CompileResult, byFile: Map<string, MadeId[]>, textOf: (file: string) => string): Pinned {
  const written = new Map<string, string>();
  const translations: string[] = [];
  const write = (file: string, old: string, text: string): void => {
    if (readFileSync(join(dir, file), 'utf8') !== old) throw new Error(`"${file}" changed while this ran; run it again.`);
    writeCourseFile(dir, file, text);
    written.set(file, old);
  };
  try {
    for (const [file, pins] of byFile) {
      const old = textOf(file);
      const text = withPinnedIds(old, pins);
      write(file, old, text);
      for (const language of before.course?.languages?.slice(1) ?? []) {
        const path = translatedPath(file, language);
        let translated: string;
        try {
          translated = readFileSync(join(dir, path), 'utf8');
        } catch {
          continue; // missing: the build reported it
        }
        if (readTranslationOf(translated)?.hash !== translationHash(old)) continue;
        write(path, translated, setTranslationOf(path, translated, translationHash(text)));
        translations.push(path);
      }
    }
    return { written, translations };
  } catch (error) {
    for (const [file, text] of written) writeCourseFile(dir, file, text);
    return { written: new Map(), translations: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The same course, whatever moved on the pinned lines (positions are left out), with the same kinds
 * of problems in the same files (their messages may name a file's hash, which the ids change).
 */
function sameCourse(a: CompileResult, b: CompileResult): boolean {
  const withoutPlaces = (value: unknown): string => JSON.stringify(value, (key, inner: unknown) => (key === 'at' || key === 'idAt' || key === 'range' ? undefined : inner));
  const problems = (diagnostics: Diagnostic[]): string => JSON.stringify(diagnostics.map(({ code, file }) => [code, file]));
  return withoutPlaces(a.variants) === withoutPlaces(b.variants) && problems(a.diagnostics) === problems(b.diagnostics);
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
