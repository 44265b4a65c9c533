import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { ReportDetails } from '../diagnostics/context.js';
import type { SourceLocation } from '../model/position.js';
import type { PictureSize } from '../parse/assets/check-media.js';

/** What a call to the course source gave: its value, or what it threw. */
export type SourceOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * One exchange between a lesson's parse and the world outside it, in the order it happened. A
 * parse is a pure function of its lesson text, its settings and the answers to these calls, so a
 * cached parse is still right when every call gives the same answer again.
 */
export type LessonEvent =
  /** A diagnostic the parse reported: reported again when the cached parse is used. */
  | { kind: 'report'; code: DiagnosticCode; details: ReportDetails | undefined }
  /** A read of the course source (a scenario file, a transcript, whether a file exists). */
  | { kind: 'source'; op: SourceOperation; path: string | undefined; outcome: SourceOutcome }
  /** An asset path resolved by the course's resolver, which remembers what every lesson uses. */
  | { kind: 'resolve'; fromFile: string; url: string; at: SourceLocation; result: string | undefined }
  /** A picture's size in pixels, which its `<img>` is given so the page does not move as it loads. */
  | { kind: 'image'; path: string; result: PictureSize | undefined }
  /** A link to another lesson file, and the lesson id it named. */
  | { kind: 'link'; file: string; result: string | undefined }
  /** A Markdown conversion of `file`, the `index`-th of that file in the compile (footnote ids count them). */
  | { kind: 'convert'; file: string; index: number };

export type SourceOperation = 'list' | 'has' | 'size' | 'readText' | 'readBytes' | 'check';

/** Whether two pictures' sizes are the same (both unknown too). */
export function samePictureSize(a: PictureSize | undefined, b: PictureSize | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.width === b.width && a.height === b.height);
}

/** Runs one source call, keeping what it threw instead of throwing. */
export function outcomeOf(run: () => unknown): SourceOutcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Whether two source calls answered the same: same value, or an error of the same kind and text. */
export function sameOutcome(a: SourceOutcome, b: SourceOutcome): boolean {
  if (a.ok && b.ok) return sameValue(a.value, b.value);
  if (!a.ok && !b.ok) return errorSignature(a.error) === errorSignature(b.error);
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (a instanceof Error && b instanceof Error) return errorSignature(a) === errorSignature(b);
  return false;
}

function errorSignature(error: unknown): string {
  if (!(error instanceof Error)) return `value:${String(error)}`;
  return JSON.stringify([error.name, error.message, { ...error }]);
}
