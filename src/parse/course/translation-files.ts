import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/**
 * Where the translation of a course file into `language` sits: beside it, the language before the
 * extension (`lessons/welcome.md` → `lessons/welcome.es.md`, `course.yml` → `course.es.yml`).
 */
export function translatedPath(path: string, language: string): string {
  const ext = posix.extname(path);
  return `${path.slice(0, path.length - ext.length)}.${language}${ext}`;
}

/**
 * The course file `path` would be the translation of, judged by its name alone: a language tag
 * before the extension (`lessons/welcome.es.md` → `lessons/welcome.md`, `pt-BR` too); undefined
 * when it has none. For when the course's languages are not known.
 */
export function untranslatedPath(path: string): string | undefined {
  const match = languageTagged.exec(path);
  return match ? `${match[1]}${match[3]}` : undefined;
}

/** The language tag of a translated file's name (`lessons/welcome.pt-BR.md` → `pt-BR`), judged as `untranslatedPath` does. */
export function translationLanguage(path: string): string | undefined {
  return languageTagged.exec(path)?.[2];
}

/** A file name with a language tag before its extension: the name before it, the tag, the extension. */
const languageTagged = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)(\.[^./]+)$/;

/**
 * The short hash translators record as `translation-of`: the first 8 hex digits of the SHA-256 of
 * the text, with line endings made "\n" so a checkout on Windows does not make every translation stale.
 */
export function translationHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 8);
}

/** The `translation-of:` line of a translated file (front matter or YAML), with where its value stands. */
export function readTranslationOf(text: string): { hash: string; line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^(translation-of:[ \t]*)["']?([^\s"'#]+)/.exec(lines[index]!);
    if (match) return { hash: match[2]!, line: index + 1, column: match[1]!.length + 1 };
  }
  return undefined;
}

/**
 * Warn (`translation-stale`) when a translated file records a `translation-of` hash other than
 * the original's current one: the original changed after it was translated. A file that records
 * none is not checked; `coursewright translate status` lists it.
 */
export function checkTranslationStale(file: string, text: string, original: string, currentHash: string, sink: DiagnosticSink): void {
  const recorded = readTranslationOf(text);
  if (!recorded || recorded.hash === currentHash) return;
  const at: SourceLocation = { file, range: { start: { line: recorded.line, column: recorded.column }, end: { line: recorded.line, column: recorded.column + recorded.hash.length } } };
  sink.report('translation-stale', { at, values: { original, recorded: recorded.hash, current: currentHash } });
}
