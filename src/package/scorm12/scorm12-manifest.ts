import { create } from 'xmlbuilder2';
import type { Course } from '../../model/course.js';
import type { Site } from '../../model/site.js';
import type { ManifestReference } from '../packager.js';
import { scorm12Identifiers } from './scorm12-identifiers.js';
import { comparePaths } from '../compare-paths.js';
import { xmlText } from '../xml-text.js';

const ns = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

/** Namespace/file pairs, one line, single spaces (standards §1.1: a newline in it breaks Xerces). */
const schemaLocation = [
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
].join(' ');

/** Package path of the SCORM 1.2 manifest; LMSs look for exactly this name at the zip root. */
export const scorm12ManifestPath = 'imsmanifest.xml';

/** A built manifest and the hrefs it contains. */
export interface Scorm12Manifest {
  xml: string;
  references: ManifestReference[];
}

/**
 * Build imsmanifest.xml for SCORM 1.2 (standards §1a): one organization holding one SCO item for
 * the whole course, and one `webcontent` SCO resource that launches `site.launch` and lists every
 * site file. The manifest itself and the XSD control documents are not listed: they are package
 * metadata, not content the SCO uses (as in ADL's sample packages). No inline LOM metadata, since
 * the LOM schema is not shipped (§6.4).
 *
 * Deterministic: UTF-8 without BOM, two-space indent, "\n" line ends, files in sorted order.
 */
export function buildScorm12Manifest(site: Site, course: Course): Scorm12Manifest {
  const ids = scorm12Identifiers(course);
  const title = xmlText(course.title);
  const files = [...new Set(site.files.map((file) => file.path))].sort(comparePaths);

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const manifest = doc
    .ele(ns.cp, 'manifest')
    .att('identifier', ids.manifest)
    .att('version', xmlText(course.version))
    // The prefix must be literally "adlcp": Moodle matches "ADLCP:SCORMTYPE" by name (§1.3).
    .att(ns.xmlns, 'xmlns:adlcp', ns.adlcp)
    .att(ns.xmlns, 'xmlns:xsi', ns.xsi)
    .att(ns.xsi, 'xsi:schemaLocation', schemaLocation);

  const metadata = manifest.ele(ns.cp, 'metadata');
  metadata.ele(ns.cp, 'schema').txt('ADL SCORM');
  metadata.ele(ns.cp, 'schemaversion').txt('1.2');

  const organization = manifest
    .ele(ns.cp, 'organizations')
    .att('default', ids.organization)
    .ele(ns.cp, 'organization')
    .att('identifier', ids.organization);
  organization.ele(ns.cp, 'title').txt(title);
  const item = organization.ele(ns.cp, 'item').att('identifier', ids.item).att('identifierref', ids.resource);
  item.ele(ns.cp, 'title').txt(title);
  // ADL extensions follow <title> (imscp itemType: title?, item*, metadata?, ##other*).
  if (course.masteryScore !== undefined && Number.isFinite(course.masteryScore)) {
    item.ele(ns.adlcp, 'adlcp:masteryscore').txt(String(course.masteryScore));
  }

  const resource = manifest
    .ele(ns.cp, 'resources')
    .ele(ns.cp, 'resource')
    .att('identifier', ids.resource)
    .att('type', 'webcontent')
    // Lower-case "scormtype" in 1.2; "scormType" is the 2004 spelling and fails the 1.2 XSD (§1.7).
    .att(ns.adlcp, 'adlcp:scormtype', 'sco')
    .att('href', site.launch);
  for (const href of files) resource.ele(ns.cp, 'file').att('href', href);

  const xml = `${doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })}\n`;
  const references = [site.launch, ...files].map((href) => ({ manifest: scorm12ManifestPath, href }));
  return { xml, references };
}
