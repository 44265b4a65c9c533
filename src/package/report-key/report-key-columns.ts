import type { ReportKeyRow } from './build-report-key.js';

/** One column of the report key, as HR reads it. */
export interface ReportKeyColumn {
  heading: string;
  value(row: ReportKeyRow): string;
  /** The course's own words (in the course language), where the rest of the key is in English. */
  courseText?: boolean;
  /**
   * Whether the value is the same for every response of an interaction (the HTML key says it once,
   * above the interaction's responses) or the response's own (a column of its responses table).
   */
  of: 'interaction' | 'response';
  /** A code HR copies into a search (an id, a response code): shown in monospace in the HTML key. */
  code?: boolean;
}

/** What a package's key shows beyond the ids: see `Packager.reportKey`. */
export interface ReportKeyOptions {
  scorm12Letters?: boolean;
  fullIds?: boolean;
}

/** The headings of the key's columns: what HR reads, and what `coursewright compare` reads back. */
export const reportKeyHeadings = {
  id: 'Interaction id',
  lesson: 'Lesson',
  blockType: 'Block type',
  question: 'Question or decision',
  code: 'Response code',
  scorm12: 'SCORM 1.2 response',
  text: 'Response text',
  expected: 'Correct or recommended',
  scored: 'Scored',
} as const;

/**
 * The columns of the key, in order. The SCORM 1.2 column is there only in SCORM 1.2 keys, whose
 * reports show letters where other standards show the option ids. `reportedId` gives an
 * interaction's id as the package reports it (SCORM 2004, xAPI and cmi5 send its IRI).
 */
export function reportKeyColumns(options: { scorm12Letters?: boolean; reportedId?: (id: string) => string }): ReportKeyColumn[] {
  const reportedId = options.reportedId ?? ((id: string): string => id);
  const columns: (ReportKeyColumn | false)[] = [
    { heading: reportKeyHeadings.id, value: (row) => reportedId(row.interactionId), of: 'interaction', code: true },
    { heading: reportKeyHeadings.lesson, value: (row) => row.lesson, courseText: true, of: 'interaction' },
    { heading: reportKeyHeadings.blockType, value: (row) => row.blockType, of: 'interaction' },
    { heading: reportKeyHeadings.question, value: (row) => row.question, courseText: true, of: 'interaction' },
    { heading: reportKeyHeadings.code, value: (row) => row.responseCode, of: 'response', code: true },
    options.scorm12Letters === true && { heading: reportKeyHeadings.scorm12, value: (row) => row.scorm12Code, of: 'response', code: true },
    { heading: reportKeyHeadings.text, value: (row) => row.responseText, courseText: true, of: 'response' },
    { heading: reportKeyHeadings.expected, value: (row) => row.expected, of: 'response' },
    { heading: reportKeyHeadings.scored, value: (row) => (row.scored ? 'yes' : 'no'), of: 'interaction' },
  ];
  return columns.filter((column): column is ReportKeyColumn => column !== false);
}
