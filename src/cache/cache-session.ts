import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { DiagnosticSink, ReportDetails } from '../diagnostics/context.js';
import { markdownToHtml } from '../parse/markdown/markdown-to-html.js';

/**
 * What the build cache keeps for one compile (one diagnostic sink): the sink lessons report
 * through, and how many Markdown conversions each file has had.
 *
 * Why the conversions are counted: footnote ids get a prefix per file and per conversion, counted
 * per compile (per sink; see markdown-to-html.ts), so a scenario file that two lessons use numbers
 * its footnotes on from where the first lesson left off. A cached lesson is valid only if its
 * conversions would get the same numbers, and using it must move the count on as parsing it would.
 */
export interface CacheSession {
  /**
   * The sink given to lesson parses: one object for the whole compile (the footnote counts are
   * kept per sink object), passing each report to whoever listens now (`listen`), else on.
   */
  readonly sink: DiagnosticSink;
  /** Conversions of `file` so far in this compile. */
  conversions(file: string): number;
  /** Count a conversion of `file` that markdownToHtml is about to make, through `sink`. */
  converted(file: string): void;
  /**
   * Move the count of `file` on by `count` without converting anything (a cached lesson's
   * conversions); the numbers are taken on `sink` only when `file` is converted for real again.
   */
  skipConversions(file: string, count: number): void;
  /** Route the reports made through `sink` to `listener` until the returned function is called. */
  listen(listener: (code: DiagnosticCode, details: ReportDetails | undefined) => void): () => void;
}

export function createCacheSession(target: DiagnosticSink): CacheSession {
  const counts = new Map<string, number>();
  /** Conversions of cached lessons not yet made on `sink`: made only if the file is converted for real again. */
  const owed = new Map<string, number>();
  let listener: ((code: DiagnosticCode, details: ReportDetails | undefined) => void) | undefined;
  const sink: DiagnosticSink = {
    get diagnostics() {
      return target.diagnostics;
    },
    hasErrors: () => target.hasErrors(),
    report: (code, details) => (listener ? listener(code, details) : target.report(code, details)),
  };
  return {
    sink,
    conversions: (file) => counts.get(file) ?? 0,
    converted(file) {
      // An empty conversion reports nothing and takes the next number, as the cached ones did.
      const debt = owed.get(file) ?? 0;
      if (debt > 0) {
        const context = { file, sink, resolveAsset: () => undefined, resolveLessonLink: () => undefined, isLessonLink: () => false };
        for (let i = 0; i < debt; i++) markdownToHtml([], context);
        owed.delete(file);
      }
      counts.set(file, (counts.get(file) ?? 0) + 1);
    },
    skipConversions(file, count) {
      owed.set(file, (owed.get(file) ?? 0) + count);
      counts.set(file, (counts.get(file) ?? 0) + count);
    },
    listen(next) {
      const previous = listener;
      listener = next;
      return () => {
        listener = previous;
      };
    },
  };
}
