import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCourse, type CompileResult } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { madeOptionIds, withPinnedIds, type MadeId } from '../../edit/pin-option-ids.js';
import { createDiskSource, createMemorySource, type CourseSource } from '../../load/course-source.js';
import { createOverlaySource } from '../../load/overlay-source.js';
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
 * hash, since only ids were added. Before anything is written, the course is read with the ids in
 * place, in memory: it must be the same course, every id and text as before, with the same
 * problems. An option that would read otherwise is named by its line and left to the author (exit
 * code 1), the others are written; when the course still would not read the same, nothing is.
 * `--dry-run` says the same and writes nothing.
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
    const found = madeOptionIds(before.course, lineOf);
    if (!found.length) {
      term.err(`${dir}: every option and technique has its id written in its lesson; nothing to pin.`);
      continue;
    }
    // The course read with the ids in place, in memory, before anything is written (and for
    // --dry-run too, so that it says what the run would do): an option whose id would not read as
    // its id there, or whose words would change (its text laid out otherwise than on its box's
    // line, a backslash its last character), is left to the author, named by its line.
    let made = found;
    let plan = planPins(dir, before, made, textOf);
    let after = await compileCourse({ source: withPlan(source, plan), validateOnly: true });
    const unpinnable = sameCourse(before, after) ? [] : changedOptions(before, after, made);
    if (unpinnable.length) {
      made = made.filter((pin) => !unpinnable.includes(pin));
      plan = planPins(dir, before, made, textOf);
      after = await compileCourse({ source: withPlan(source, plan), validateOnly: true });
    }
    if (plan.error !== undefined || !sameCourse(before, after)) {
      const files = [...new Set(found.map((pin) => pin.file))];
      term.err(`${dir}: no id was written: ${plan.error ?? `with them, the course did not read as before, so some option's text is laid out otherwise than "- [ ] Its words" on one line (in ${files.join(', ')}). Give those options their ids yourself, at the end of the line their words start on.`}`);
      code = exitCodes.content;
      continue;
    }
    for (const pin of unpinnable) {
      term.err(`${dir}/${pin.file}:${pin.line}: the id {#${pin.id}} is not written here: there, the option would not read as before (its words laid out otherwise than "- [ ] Its words" on one line, or ending in a backslash). Write it yourself at the end of the option's words.`);
    }
    if (unpinnable.length) code = exitCodes.content;
    const lessonsPinned = new Set(made.map((pin) => pin.file));
    if (options.dryRun) {
      for (const pin of made) term.out(`${dir}/${pin.file}:${pin.line}  {#${pin.id}}`);
      term.err(`${dir}: ${count(made.length, 'id')} to write into ${count(lessonsPinned.size, 'lesson')} (dry run, nothing written).`);
      continue;
    }
    if (!made.length) continue;
    const written = writePlan(dir, plan);
    if (written.error !== undefined) {
      term.err(`${dir}: no id was written: ${written.error}`);
      code = exitCodes.content;
      continue;
    }
    const lessons = [...lessonsPinned].map((file) => `${file} (${made.filter((pin) => pin.file === file).length})`).join(', ');
    const translations = plan.translations.length ? `; ${count(plan.translations.length, 'translation')} still up to date: ${plan.translations.join(', ')}` : '';
    term.err(`${dir}: wrote ${count(made.length, 'option id')} into ${lessons}${translations}.`);
  }
  return code;
}

/** The files to write, each with the text it had and the text it gets; the translations brought up to date. */
interface PinPlan {
  files: Map<string, { old: string; text: string }>;
  translations: string[];
  error?: string;
}

/** Each lesson with its ids at the end of their lines, and the new hash in each translation that recorded the old one. */
function planPins(dir: string, before: CompileResult, pins: readonly MadeId[], textOf: (file: string) => string): PinPlan {
  const files = new Map<string, { old: string; text: string }>();
  const translations: string[] = [];
  const byFile = new Map<string, MadeId[]>();
  for (const pin of pins) byFile.set(pin.file, [...(byFile.get(pin.file) ?? []), pin]);
  try {
    for (const [file, filePins] of byFile) {
      const old = textOf(file);
      const text = withPinnedIds(old, filePins);
      files.set(file, { old, text });
      for (const language of before.course?.languages?.slice(1) ?? []) {
        const path = translatedPath(file, language);
        let translated: string;
        try {
          translated = readFileSync(join(dir, path), 'utf8');
        } catch {
          continue; // missing: the build reported it
        }
        if (readTranslationOf(translated)?.hash !== translationHash(old)) continue;
        files.set(path, { old: translated, text: setTranslationOf(path, translated, translationHash(text)) });
        translations.push(path);
      }
    }
    return { files, translations };
  } catch (error) {
    return { files: new Map(), translations: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** The course on disk as it would be with the plan written. */
function withPlan(source: CourseSource, plan: PinPlan): CourseSource {
  return createOverlaySource(source, createMemorySource(Object.fromEntries([...plan.files].map(([path, { text }]) => [path, text]))));
}

/** The pins whose option would not read as before with the ids written: another text, or not that id. */
function changedOptions(before: CompileResult, after: CompileResult, pins: readonly MadeId[]): MadeId[] {
  const options = (result: CompileResult): Map<string, { id: string; text: string }> => {
    const found = new Map<string, { id: string; text: string }>();
    for (const lesson of result.course?.lessons ?? []) {
      for (const block of lesson.blocks) {
        for (const option of block.kind === 'check' ? block.options : block.kind === 'practice' ? block.techniques : []) {
          found.set(`${option.at.file}:${option.at.range?.start.line}`, { id: option.id, text: option.text });
        }
      }
    }
    return found;
  };
  const was = options(before);
  const is = options(after);
  return pins.filter((pin) => {
    const key = `${pin.file}:${pin.line}`;
    return was.get(key)?.text !== is.get(key)?.text || is.get(key)?.id !== pin.id;
  });
}

/**
 * Writes the plan's files, each only if it is still as it was read: a file changed on disk since
 * stops it all, with what was written put back.
 */
function writePlan(dir: string, plan: PinPlan): { error?: string } {
  const written = new Map<string, string>();
  try {
    for (const [file, { old, text }] of plan.files) {
      if (readFileSync(join(dir, file), 'utf8') !== old) throw new Error(`"${file}" changed while this ran; run it again.`);
      writeCourseFile(dir, file, text);
      written.set(file, old);
    }
    return {};
  } catch (error) {
    for (const [file, text] of written) writeCourseFile(dir, file, text);
    return { error: error instanceof Error ? error.message : String(error) };
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
