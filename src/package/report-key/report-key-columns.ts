import type { ReportKeyRow } from './build-report-key.js';

/** One column of the report key, as HR reads it. */
export interface ReportKeyColumn {
  heading: string;
  value(row: ReportKeyRow): string;
}

/** What a package's key shows beyond the ids: see `Packager.reportKey`. */
export interface ReportKeyOptions {
  scorm12Letters?: boolean;
  fullIds?: boolean;
}

/**
 * The columns of the key, in order. The SCORM 1.2 column is there only in SCORM 1.2 keys, whose
 * reports show letters where other standards show the option ids. `reportedId` gives an
 * interaction's id as the package reports it (SCORM 2004, xAPI and cmi5 send its IRI).
 */
export function reportKeyColumns(options: { scorm12Letters?: boolean; reportedId?: (id: string) => string }): ReportKeyColumn[] {
  const reportedId = options.reportedId ?? ((id: string): string => id);
  const columns: (ReportKeyColumn | false)[] = [
    { heading: 'Interaction id', value: (row) => reportedId(row.interactionId) },
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
