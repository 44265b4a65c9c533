import type { ReportKeyRow } from './build-report-key.js';

/** One column of the report key, as HR reads it. */
export interface ReportKeyColumn {
  heading: string;
  value(row: ReportKeyRow): string;
}

/**
 * The columns of the key, in order. The SCORM 1.2 column is there only in SCORM 1.2 keys, whose
 * reports show letters where other standards show the option ids.
 */
export function reportKeyColumns(options: { scorm12Letters?: boolean }): ReportKeyColumn[] {
  const columns: (ReportKeyColumn | false)[] = [
    { heading: 'Interaction id', value: (row) => row.interactionId },
    { heading: 'Lesson', value: (row) => row.lesson },
    { heading: 'Block type', value: (row) => row.blockType },
    { heading: 'Question or decision', value: (row) => row.question },
    { heading: 'Response code', value: (row) => row.responseCode },
    options.scorm12Letters === true && { heading: 'SCORM 1.2 response', value: (row) => row.scorm12Code },
    { heading: 'Response text', value: (row) => row.responseText },
    { heading: 'Correct or recommended', value: (row) => row.expected },
    { heading: 'Scored', value: (row) => (row.scored ? 'yes' : 'no') },
  ];
  return columns.filter((column): column is ReportKeyColumn => column !== false);
}
