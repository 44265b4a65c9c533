import type { DiagnosticSink } from '../diagnostics/context.js';
import type { ManifestFacts } from './manifest-facts.js';
import { readScormManifest } from './read-scorm-manifest.js';
import { readCmi5Xml, readTincanXml } from './read-xapi-manifests.js';
import { validateManifestXml, type ManifestKind } from './validate-xsd.js';
import { parseXmlRoot } from './xml-elements.js';

/** At most this many schema errors per manifest: the first ones explain the rest. */
const maxSchemaErrors = 10;

/**
 * Read a control file and validate it against its official schema (SCORM 1.2 or 2004, told apart
 * by `schemaversion`; cmi5) or its expected shape (tincan.xml).
 */
export async function readManifest(
  manifest: string,
  xml: string,
  sink: DiagnosticSink,
): Promise<{ facts?: ManifestFacts; valid?: boolean }> {
  const root = parseXmlRoot(xml);
  const facts = root
    ? manifest === 'cmi5.xml' ? readCmi5Xml(root) : manifest === 'tincan.xml' ? readTincanXml(root) : readScormManifest(root)
    : undefined;
  const kind: ManifestKind =
    manifest === 'cmi5.xml' ? 'cmi5' : manifest === 'tincan.xml' ? 'tincan' : facts?.standard === 'scorm2004' ? 'scorm2004' : 'scorm12';
  // A control file has no DOCTYPE. One that declares entities (a "billion laughs") is not given to
  // libxml2, whose refusal comes as fragments of the entities without a line.
  if (root?.ownerDocument.doctype) {
    const offset = xml.indexOf('<!DOCTYPE');
    const line = offset === -1 ? undefined : xml.slice(0, offset).split('\n').length;
    sink.report('inspect-manifest-doctype', { at: { file: manifest, ...(line ? { range: { start: { line, column: 1 } } } : {}) }, values: { manifest } });
    return { valid: false };
  }
  const result = await validateManifestXml(kind, xml);
  // libxml2 follows a parser error with lines of context that have no position: drop those.
  const located = result.errors.filter((e) => e.line !== undefined);
  for (const error of (located.length ? located : result.errors).slice(0, maxSchemaErrors)) {
    sink.report('inspect-manifest-invalid', {
      at: { file: manifest, ...(error.line ? { range: { start: { line: error.line, column: 1 } } } : {}) },
      values: { manifest, detail: error.message.trim() },
    });
  }
  // A manifest libxml2 cannot parse is not worth reading further: its facts would be guesses.
  if (!result.valid && result.errors.some((e) => e.message.includes('parser error'))) return { valid: false };
  return { ...(facts ? { facts } : {}), valid: result.valid };
}
