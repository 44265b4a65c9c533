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
  /** The digest of each file as exported: one that comes back the same was not translated. */
  exported?: Record<string, string>;
}

/** The digest of a text as exported or as read back (UTF-8, LF line ends: as the build reads it). */
export function textDigest(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/** The digest of a course file now, or null when there is none. */
export function courseFileDigest(courseDir: string, path: string): string | null {
  const file = join(courseDir, path);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/** The record's text for these translated files of the course, as exported. */
export function exportRecordText(courseDir: string, exported: readonly { path: string; text: string }[]): string {
  const files = Object.fromEntries(exported.map(({ path }) => [path, courseFileDigest(courseDir, path)]));
  const digests = Object.fromEntries(exported.map(({ path, text }) => [path, textDigest(text)]));
  return `${JSON.stringify({ files, exported: digests } satisfies ExportRecord, null, 2)}\n`;
}

/** The record in a hand-off folder, or undefined when there is none or it cannot be read. */
export function readExportRecord(folder: string): ExportRecord | undefined {
  try {
    const data = JSON.parse(readFileSync(join(folder, exportRecordName), 'utf8')) as unknown;
    const files = (data as { files?: unknown } | null)?.files;
    if (typeof files !== 'object' || files === null) return undefined;
    const entries = Object.entries(files).filter((entry): entry is [string, string | null] => typeof entry[1] === 'string' || entry[1] === null);
    const exported = (data as { exported?: unknown }).exported;
    const digests = typeof exported === 'object' && exported !== null ? Object.entries(exported).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [];
    return { files: Object.fromEntries(entries), ...(digests.length ? { exported: Object.fromEntries(digests) } : {}) };
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

/**
 * The files that come back exactly as they were exported: not translated (a missing file is the
 * original's words; a stale one the old translation, now marked up to date).
 */
export function untranslatedSinceExport(record: ExportRecord, texts: ReadonlyMap<string, string>): string[] {
  return [...texts].filter(([path, text]) => record.exported?.[path] !== undefined && record.exported[path] === textDigest(text)).map(([path]) => path);
}
