import { compileCourse } from '../../compile.js';
import type { Course } from '../../model/course.js';
import { reviewCourse } from '../../review/review-course.js';
import { reviewToHtml } from '../../review/review-to-html.js';
import { reviewToMarkdown } from '../../review/review-to-markdown.js';
import { reviewTitlePrefixes } from '../../review/review-words.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { checkEditions, definedEditions, parseEditions } from '../check-editions.js';
import { findCourses } from '../find-courses.js';
import { checkReplaceable, writeOutputFile } from '../output-files.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import type { Terminal } from '../terminal.js';

/** Options of `coursewright review`. */
export interface ReviewOptions {
  format: 'html' | 'md';
  /** File to write; stdout when absent. */
  out?: string;
  /** `--edition`, as given (repeatable, comma-separated); default: every edition. */
  edition?: string[];
  /** `--language`, as given (repeatable, comma-separated); default: the course's original language. */
  language?: string[];
}

/**
 * `coursewright review [course]`: the document a subject-matter expert signs off, one part per
 * edition × language reviewed. Errors in the course are printed and give exit code 1; the review
 * is still written when the course could be read.
 */
export async function runReview(dir: string | undefined, options: ReviewOptions, term: Terminal): Promise<number> {
  const courses = findCourses(dir ? [dir] : []);
  if (courses.length !== 1) {
    throw new UsageError(`Expected one course to review, found ${courses.length} (${courses.join(', ')}); name its folder.`);
  }
  const [course] = courses as [string];
  const editions = parseEditions(options.edition);
  // Every edition is read: the overview names the others too, in the language reviewed.
  const result = await compileCourse({ dir: course, validateOnly: true });
  if (editions) checkEditions([{ dir: course, editions: definedEditions(result.course) }], editions);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  // A course with errors is not what learners will get (a broken scenario loses its paths): its
  // review would be signed off on the wrong thing, so none is written, as no package is.
  if (errors.length) {
    term.err(renderDiagnostics(course, errors, term.color));
    term.err(`${course}: no review written; fix the errors above first, then review again.`);
    return exitCodes.content;
  }
  if (!result.course) return exitCodes.content;
  const inLanguages = pickLanguages(result.course, result.variants, parseLanguages(options.language), course);
  const variants = editions ? inLanguages.filter((v) => v.variant?.edition === undefined || editions.includes(v.variant.edition)) : inLanguages;
  const review = reviewCourse(result.course, variants, inLanguages);
  const text = options.format === 'md' ? reviewToMarkdown(review) : reviewToHtml(review);
  if (options.out) {
    checkReplaceable(options.out, isReview, 'a review coursewright wrote');
    writeOutputFile(options.out, text);
    term.err(`${course}: review written to ${options.out}`);
  } else {
    term.out(text.trimEnd());
  }
  return exitCodes.ok;
}

/** A review this command wrote, in either format (`reviewToHtml`, `reviewToMarkdown`) and in any language it writes. */
function isReview(head: string): boolean {
  const html = head.startsWith('<!doctype html>\n');
  return reviewTitlePrefixes.some((title) => (html ? head.includes(`<title>${title}`) : head.startsWith(`# ${title}`)));
}

function parseLanguages(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const names = [...new Set(values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean))];
  if (!names.length) throw new UsageError('Expected a language after --language, found none, e.g. "--language es".');
  return names;
}

/**
 * The variants in the languages asked for, in that order, editions in course.yml order within each;
 * by default the original language. A language the course does not have is a usage error.
 */
function pickLanguages(original: Course, variants: readonly Course[], languages: readonly string[] | undefined, dir: string): Course[] {
  const wanted = languages ?? [original.language];
  const known = original.languages ?? [original.language];
  const unknown = wanted.find((language) => !known.includes(language));
  if (unknown !== undefined) throw new UsageError(`Unknown language "${unknown}" for "${dir}"; expected one of: ${known.join(', ')}.`);
  const chosen = wanted.flatMap((language) => variants.filter((v) => v.language === language));
  // A translation that could not be read leaves no variant; show the course as parsed rather than nothing.
  return chosen.length ? chosen : [original];
}
