import { posix } from 'node:path';
import type { Course } from '../model/course.js';
import type { SourceLocation } from '../model/position.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic, type DiagnosticSink, type ReportDetails } from '../diagnostics/context.js';
import { validateCourse } from './validate-course.js';

/**
 * Validate each edition × language of a course. A problem every variant has (a shared lesson) is
 * reported once, as it is; one that only some have gets a note naming the editions (and
 * languages) it is in, pointing at the edition in course.yml.
 */
export function validateVariants(variants: readonly Course[], sink: DiagnosticSink): void {
  const found = new Map<string, { code: DiagnosticCode; details: ReportDetails; variants: Course[] }>();
  // Errors from parsing count too: rules whose findings would only follow from them hold back.
  const parseFailed = sink.hasErrors();
  for (const variant of variants) {
    const diagnostics: Diagnostic[] = [];
    validateCourse(variant, {
      diagnostics,
      hasErrors: () => parseFailed || diagnostics.some((d) => d.severity === 'error'),
      report(code, details = {}) {
        const diagnostic = makeDiagnostic(code, details);
        diagnostics.push(diagnostic);
        const key = JSON.stringify(diagnostic);
        const entry = found.get(key) ?? { code, details, variants: [] };
        entry.variants.push(variant);
        found.set(key, entry);
      },
    });
  }
  const editions = new Set(variants.map((v) => v.variant?.edition));
  const languages = new Set(variants.map((v) => v.language));
  for (const { code, details, variants: where } of found.values()) {
    const note = variantNote(where, editions, languages, details.at?.file);
    sink.report(code, note ? { ...details, related: [...(details.related ?? []), note] } : details);
  }
}

function variantNote(where: readonly Course[], editions: ReadonlySet<string | undefined>, languages: ReadonlySet<string>, file?: string): { at?: SourceLocation; message: string } | undefined {
  const inEditions = [...new Set(where.map((v) => v.variant?.edition))].filter((e): e is string => e !== undefined);
  const inLanguages = [...new Set(where.map((v) => v.language))];
  const parts: string[] = [];
  if (inEditions.length < editions.size && inEditions.length) parts.push(`${inEditions.length === 1 ? 'edition' : 'editions'} ${inEditions.map((e) => `"${e}"`).join(', ')}`);
  // A problem in a translated file (audit.es.yml) is in its language only: no need to say so.
  const ownFile = inLanguages.length === 1 && file !== undefined && posix.basename(file, posix.extname(file)).endsWith(`.${inLanguages[0]}`);
  if (inLanguages.length < languages.size && !ownFile) parts.push(`${inLanguages.length === 1 ? 'language' : 'languages'} ${inLanguages.map((l) => `"${l}"`).join(', ')}`);
  if (!parts.length) return undefined;
  const edition = where[0]?.variant?.edition;
  const at = where[0]?.editions?.find((e) => e.id === edition)?.at;
  return { ...(at && inEditions.length < editions.size ? { at } : {}), message: `Only in ${parts.join(', ')}.` };
}
