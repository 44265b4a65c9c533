import type { ReportKeyRow } from './build-report-key.js';
import type { ReportKeyColumn } from './report-key-columns.js';

/** One interaction of the key: its responses, which share every interaction column (id, question…). */
export interface ReportKeyInteraction {
  /** Its first response, which gives the values of the interaction columns. */
  first: ReportKeyRow;
  responses: ReportKeyRow[];
}

/** One lesson of the key, with its interactions in course order. */
export interface ReportKeyLesson {
  id: string;
  title: string;
  interactions: ReportKeyInteraction[];
}

/**
 * The rows of the key (in course order) as lessons of interactions, for the HTML key to state
 * what an interaction's responses share once. Runs of rows are grouped, never reordered, and a
 * row starts a new interaction whenever any interaction column differs from the row before, so
 * every value of every row is still shown somewhere.
 */
export function groupReportKey(rows: readonly ReportKeyRow[], columns: readonly ReportKeyColumn[]): ReportKeyLesson[] {
  const shared = columns.filter((column) => column.of === 'interaction');
  const sameInteraction = (a: ReportKeyRow, b: ReportKeyRow): boolean => shared.every((column) => column.value(a) === column.value(b));
  const lessons: ReportKeyLesson[] = [];
  for (const row of rows) {
    let lesson = lessons.at(-1);
    // By id: two lessons in a row may have the same title ("Practice").
    if (lesson?.id !== row.lessonId) lessons.push((lesson = { id: row.lessonId, title: row.lesson, interactions: [] }));
    const interaction = lesson.interactions.at(-1);
    if (interaction && sameInteraction(interaction.first, row)) interaction.responses.push(row);
    else lesson.interactions.push({ first: row, responses: [row] });
  }
  return lessons;
}
