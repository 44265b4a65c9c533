import type { DiagnosticSink } from '../diagnostics/context.js';
import type { ManifestFacts } from './manifest-facts.js';
import { lineOf } from './xml-elements.js';

/** XML NCName, ASCII subset: what LMSs safely accept for xs:ID (standards §1.4). */
const ncName = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/**
 * Prefixes that say nothing about the course: reverse domains, URLs and tool defaults. With
 * SuccessFactors' 15-character content ids (standards §1.13, §5.3) every course of a company
 * whose identifiers start like this collides.
 */
const genericPrefix = /^(com|org|net|de|fr|uk|io)[._-]|^(https?|urn)\b|^(manifest|course|scorm|package|ims|id)[._-]?\d*$/i;

/** SuccessFactors keeps this many characters of the manifest identifier. */
export const successFactorsPrefixLength = 15;

/**
 * LMS-specific checks on a SCORM manifest's identifiers: every identifier a plain XML name (a
 * UUID starting with a digit is the classic failure), and a manifest identifier whose first 15
 * characters name the course.
 */
export function checkLmsQuirks(facts: ManifestFacts, manifest: string, xml: string, sink: DiagnosticSink): void {
  const at = (value: string): { file: string; range?: { start: { line: number; column: number } } } => {
    const line = lineOf(xml, `identifier="${value}"`);
    return { file: manifest, ...(line ? { range: { start: { line, column: 1 } } } : {}) };
  };
  for (const { element, value } of facts.identifiers) {
    if (!ncName.test(value)) sink.report('inspect-identifier-not-ncname', { at: at(value), values: { element, value } });
  }
  const id = facts.identifier;
  if (id === undefined || !facts.standard.startsWith('scorm')) return;
  const prefix = id.slice(0, successFactorsPrefixLength);
  // Only a prefix that is cut short can hide the course's name; a short id is all meaningful.
  if (id.length > successFactorsPrefixLength && genericPrefix.test(prefix.replace(/[._-][^._-]*$/, ''))) {
    sink.report('inspect-identifier-prefix', { at: at(id), values: { value: id, prefix } });
  }
}
