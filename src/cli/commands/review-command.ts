import { writeFileSync } from 'node:fs';
import { compileCourse } from '../../compile.js';
import { reviewCourse } from '../../review/review-course.js';
import { reviewToHtml } from '../../review/review-to-html.js';
import { reviewToMarkdown } from '../../review/review-to-markdown.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import type { Terminal } from '../terminal.js';

/** Options of `coursewright review`. */
export interface ReviewOptions {
  format: 'html' | 'md';
  /** File to write; stdout when absent. */
  out?: string;
}

/**
 * `coursewright review [course]`: the document a subject-matter expert signs off. Errors in the
 * course are printed and give exit code 1; the review is still written when the course could be read.
 */
export async function runReview(dir: string | undefined, options: ReviewOptions, term: Terminal): Promise<number> {
  const courses = findCourses(dir ? [dir] : []);
  if (courses.length !== 1) {
    throw new UsageError(`Expected one course to review, found ${courses.length} (${courses.join(', ')}); name its folder.`);
  }
  const [course] = courses as [string];
  const result = await compileCourse({ dir: course, validateOnly: true });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) term.err(renderDiagnostics(course, errors, term.color));
  if (!result.course) return exitCodes.content;
  const review = reviewCourse(result.course);
  const text = options.format === 'md' ? reviewToMarkdown(review) : reviewToHtml(review);
  if (options.out) {
    writeFileSync(options.out, text);
    term.err(`${course}: review written to ${options.out}`);
  } else {
    term.out(text.trimEnd());
  }
  return errors.length ? exitCodes.content : exitCodes.ok;
}
