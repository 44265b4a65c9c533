import { Readable } from 'node:stream';
import type { Course } from '../../model/course.js';
import type { KeyFile } from '../../model/site.js';
import type { Output } from '../output.js';
import { activityId } from '../../model/activity-ids.js';
import { buildReportKey } from './build-report-key.js';
import type { ReportKeyOptions } from './report-key-columns.js';
import { reportKeyCsv } from './report-key-csv.js';
import { reportKeyHtml } from './report-key-html.js';

/** `course-scorm12-1.zip` → `course-scorm12-1.key.csv` and `course-scorm12-1.key.html`. */
export function reportKeyFileNames(packageFileName: string): { csv: string; html: string } {
  const base = packageFileName.replace(/\.zip$/, '');
  return { csv: `${base}.key.csv`, html: `${base}.key.html` };
}

/**
 * Writes the report key of one package beside it, through the same output as the package, so
 * each file is complete or absent and in-memory builds get it too. Each file written is added to
 * `done`, for the caller to commit with the package, or take back if the package fails.
 */
export async function writeReportKey(course: Course, target: string, packageFileName: string, output: Output, options: ReportKeyOptions, done: string[] = []): Promise<KeyFile[]> {
  const rows = buildReportKey(course);
  const names = reportKeyFileNames(packageFileName);
  const columns = { scorm12Letters: options.scorm12Letters === true, ...(options.fullIds ? { reportedId: (id: string) => activityId(course.iri, 'interaction', id) } : {}) };
  const contents: [string, string][] = [
    [names.csv, reportKeyCsv(rows, columns)],
    [names.html, reportKeyHtml(course, target, rows, columns, packageFileName)],
  ];
  const written: KeyFile[] = [];
  for (const [fileName, text] of contents) {
    const result = await output.write(fileName, Readable.from([Buffer.from(text, 'utf8')]), packageFileName);
    done.push(fileName);
    written.push({ fileName, ...result });
  }
  return written;
}
