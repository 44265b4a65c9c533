import type { Course } from '../../model/course.js';
import { primaryLanguage } from '../../model/language-tag.js';
import type { ReportKeyRow } from './build-report-key.js';
import { escapeHtml } from '../../model/escape-html.js';
import { groupReportKey, type ReportKeyInteraction } from './group-report-key.js';
import { interactionAnchors } from './interaction-anchors.js';
import { reportKeyColumns } from './report-key-columns.js';
import { reportKeyContentsHtml } from './report-key-contents-html.js';
import { reportKeyInteractionHtml } from './report-key-interaction-html.js';
import { reportKeyStyle } from './report-key-style.js';
import { reportingSummary } from './reporting-summary.js';

/**
 * The report key as one self-contained, accessible HTML page, with no scripts or outside files, so
 * it opens from an email attachment or a shared drive and prints well. It says which package it is
 * for (the zip, course id, edition and language), so a printed or renamed copy is still told apart.
 * Where the CSV has a row per response, the page has a section per interaction, by lesson in
 * course order after a table of contents: the question as a heading, what its responses share
 * said once, then a small table of its responses with header cells scoped to their columns and
 * rows. The key's own words are English; the course's words in it are marked with the course language.
 */
export function reportKeyHtml(
  course: Pick<Course, 'id' | 'title' | 'version' | 'language' | 'reporting' | 'variant'>,
  target: string,
  rows: readonly ReportKeyRow[],
  options: Parameters<typeof reportKeyColumns>[0] = {},
  packageFileName?: string,
): string {
  const columns = reportKeyColumns(options);
  const title = `Report key: ${course.title} (version ${course.version}, ${target})`;
  // The key's words are English; the course's own (its title, lessons, questions, answers) are marked with its language.
  const own = primaryLanguage(course.language) === 'en' ? '' : ` lang="${escapeHtml(course.language)}"`;
  const shownTitle = `Report key: <span${own}>${escapeHtml(course.title)}</span> (version ${escapeHtml(course.version)}, ${escapeHtml(target)})`;
  const edition = course.variant?.edition !== undefined ? `, edition <code>${escapeHtml(course.variant.edition)}</code>` : '';
  const which = `<p class="package">${packageFileName !== undefined ? `For the package <code>${escapeHtml(packageFileName)}</code>: course` : 'Course'} id <code>${escapeHtml(course.id)}</code>${edition}, language <code>${escapeHtml(course.language)}</code>.</p>`;
  const lessons = groupReportKey(rows, columns);
  const interactions = lessons.flatMap((lesson) => lesson.interactions);
  const ids = interactionAnchors(interactions.map((interaction) => interaction.first.interactionId));
  const anchors = new Map<ReportKeyInteraction, string>(interactions.map((interaction, i) => [interaction, ids[i] ?? '']));
  const lessonAnchor = (index: number): string => `lesson-${index + 1}`;
  const sections = lessons.map((lesson, index) => [
    `<section class="lesson" aria-labelledby="${lessonAnchor(index)}">`,
    `<h2 id="${lessonAnchor(index)}"${own}>${escapeHtml(lesson.title)}</h2>`,
    ...lesson.interactions.map((interaction) => reportKeyInteractionHtml(interaction, anchors.get(interaction) ?? '', columns, own)),
    '<p class="top"><a href="#contents">Back to contents</a></p>',
    '</section>',
  ].join('\n'));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${reportKeyStyle}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${shownTitle}</h1>`,
    which,
    '<ul class="reporting">',
    ...reportingSummary(course.reporting).map((line) => `<li>${escapeHtml(line)}</li>`),
    '</ul>',
    lessons.length > 0 ? reportKeyContentsHtml(lessons, lessonAnchor, anchors, own) : '',
    ...sections,
    rows.length === 0 ? '<p>This course has no questions, decisions or acknowledgements, so its reports hold no interactions.</p>' : '',
    '</main>',
    '</body>',
    '</html>',
  ].filter((line) => line !== '').join('\n') + '\n';
}
