import type { DiagnosticSink } from '../diagnostics/context.js';
import { hrefPath, type ManifestFacts } from './manifest-facts.js';
import { lineOf } from './xml-elements.js';

/**
 * The launch file and every file the manifest names must be in the zip with exactly that case
 * (standards §0.3, §0.4, §3.18, §4.5); hrefs are relative, never rooted at "/". A near miss by
 * case is named in the hint, since that is the usual cause.
 */
export function checkReferences(
  facts: ManifestFacts,
  manifest: string,
  xml: string,
  names: ReadonlySet<string>,
  sink: DiagnosticSink,
): void {
  const byLowerCase = new Map([...names].map((name) => [name.toLowerCase(), name]));
  const at = (href: string): { file: string; range?: { start: { line: number; column: number } } } => {
    const line = lineOf(xml, `"${href}"`) ?? lineOf(xml, `>${href}<`);
    return { file: manifest, ...(line ? { range: { start: { line, column: 1 } } } : {}) };
  };
  const similar = (path: string): { similar?: string } => {
    const other = byLowerCase.get(path.toLowerCase());
    return other !== undefined ? { similar: other } : {};
  };
  const launchPath = facts.launch !== undefined ? hrefPath(facts.launch) : undefined;
  if (facts.launch === undefined) {
    sink.report('inspect-launch-missing', { at: { file: manifest }, values: { manifest } });
  } else if (launchPath !== undefined && !names.has(launchPath.replace(/^\/+/, ''))) {
    sink.report('inspect-launch-missing', { at: at(facts.launch), values: { manifest, launch: launchPath, ...similar(launchPath) } });
  }
  for (const reference of facts.references) {
    const values = { manifest, href: reference.href, from: reference.from };
    if (reference.href.startsWith('/')) sink.report('inspect-href-leading-slash', { at: at(reference.href), values });
    const path = hrefPath(reference.href)?.replace(/^\/+/, '');
    // The launch file was reported above already.
    if (path === undefined || names.has(path) || path === launchPath) continue;
    sink.report('inspect-file-missing', { at: at(reference.href), values: { ...values, ...similar(path) } });
  }
}
