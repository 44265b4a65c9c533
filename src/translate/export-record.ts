import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a hand-off folder records of the course when it was exported (`.coursewright-export.json`):
 * each translated file's digest in the course then, or null when the course had none. Import
 * compares it with the course now, so a translation the author changed after the export is never
 * replaced without a word (the translator's file starts from the exported copy, and would undo
 * those changes). Hidden, so import never takes it for a translation; a folder without it (an
 * older export, or one a translator lost it from) is imported as before.
 */
export const exportRecordName = '.coursewright-export.json';

export interface ExportRecord {
  files: Record<string, string | null>;
}

/** The digest of a course file now, or null when there is none. */
export function courseFileDigest(courseDir: string, path: string): string | null {
  const file = join(courseDir, path);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/** The record's text for these translated files of the course. */
export function exportRecordText(courseDir: string, paths: readonly string[]): string {
  const files = Object.fromEntries(paths.map((path) => [path, courseFileDigest(courseDir, path)]));
  return `${JSON.stringify({ files } satisfies ExportRecord, null, 2)}\n`;
}

/** The record in a hand-off folder, or undefined when there is none or it cannot be read. */
export function readExportRecord(folder: string): ExportRecord | undefined {
  try {
    const data = JSON.parse(readFileSync(join(folder, exportRecordName), 'utf8')) as unknown;
    const files = (data as { files?: unknown } | null)?.files;
    if (typeof files !== 'object' || files === null) return undefined;
    const entries = Object.entries(files).filter((entry): entry is [string, string | null] => typeof entry[1] === 'string' || entry[1] === null);
    return { files: Object.fromEntries(entries) };
  } catch {
    return undefined;
  }
}

/**
 * The files whose translation in the course changed since the export (or appeared, or went): the
 * translator's copy would replace changes they never saw.
 */
export function changedSinceExport(record: ExportRecord, courseDir: string, paths: readonly string[]): string[] {
  return paths.filter((path) => path in record.files && record.files[path] !== courseFileDigest(courseDir, path));
}
