import { create } from 'xmlbuilder2';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { scorm2004ManifestPath, scorm2004Namespaces, scorm2004SchemaVersion } from '../scorm2004/scorm2004-manifest.js';

/** The part of the DOM (xmlbuilder2's parser builds one) this check reads; Node has no DOM lib. */
interface XmlNode {
  readonly nodeType: number;
  readonly namespaceURI: string | null;
  readonly prefix: string | null;
  readonly localName: string;
  readonly textContent: string | null;
  readonly attributes?: ArrayLike<XmlNode>;
  readonly childNodes: ArrayLike<XmlNode>;
}

/** The SCORM namespaces whose prefix Moodle matches literally, since it parses without namespaces (§5.1). */
const literalPrefixes: Record<string, string> = {
  [scorm2004Namespaces.adlcp]: 'adlcp',
  [scorm2004Namespaces.adlseq]: 'adlseq',
  [scorm2004Namespaces.adlnav]: 'adlnav',
  [scorm2004Namespaces.imsss]: 'imsss',
};

/**
 * What the SCORM 2004 XSDs let through but LMSs trip over (standards §2.3, §7.2), checked on the
 * manifest as written: `adlcp:scormType` spelt with a capital T, no SCORM 1.2 `adlcp:masteryscore`,
 * `schemaversion` exactly "2004 4th Edition", and the literal prefixes adlcp, adlseq, adlnav and
 * imsss. Returns true on error.
 */
export function checkScorm2004Manifest(xml: string, sink: DiagnosticSink): boolean {
  const manifest = scorm2004ManifestPath;
  let root: XmlNode;
  try {
    root = create(xml).root().node as unknown as XmlNode;
  } catch {
    sink.report('scorm2004-schemaversion', { values: { manifest, found: 'no readable XML' } });
    return true;
  }
  let failed = false;
  const versions: string[] = [];
  for (const node of elementsOf(root)) {
    if (node.localName === 'schemaversion') versions.push((node.textContent ?? '').trim());
    if (node.namespaceURI === scorm2004Namespaces.adlcp && node.localName.toLowerCase() === 'masteryscore') {
      sink.report('scorm2004-masteryscore', { values: { manifest } });
      failed = true;
    }
    for (const named of [node, ...Array.from(node.attributes ?? [])]) {
      const expected = named.namespaceURI ? literalPrefixes[named.namespaceURI] : undefined;
      if (expected !== undefined && named.prefix !== expected) {
        sink.report('scorm2004-namespace-prefix', { values: { manifest, name: `${named.prefix ?? ''}:${named.localName}`, prefix: expected } });
        failed = true;
      }
    }
    for (const attribute of Array.from(node.attributes ?? [])) {
      if (attribute.localName.toLowerCase() === 'scormtype' && attribute.localName !== 'scormType') {
        sink.report('scorm2004-scormtype-case', { values: { manifest, found: attribute.localName } });
        failed = true;
      }
    }
  }
  if (versions.length !== 1 || versions[0] !== scorm2004SchemaVersion) {
    sink.report('scorm2004-schemaversion', { values: { manifest, found: versions.length === 0 ? 'none' : `"${versions.join('", "')}"` } });
    failed = true;
  }
  return failed;
}

/** Every element under `root`, itself included, in document order. */
function elementsOf(root: XmlNode): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (node: XmlNode): void => {
    if (node.nodeType !== 1) return;
    found.push(node);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return found;
}
