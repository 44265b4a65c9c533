import { create } from 'xmlbuilder2';
import type { Course } from '../../model/course.js';
import type { Site } from '../../model/site.js';
import type { ManifestReference } from '../packager.js';
import { scorm12Identifiers } from '../scorm12/scorm12-identifiers.js';
import { comparePaths } from '../compare-paths.js';
import { xmlText } from '../xml-text.js';

/** The namespaces of a SCORM 2004 4th Edition manifest (standards §2.1), by their literal prefixes. */
export const scorm2004Namespaces = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const xmlns = 'http://www.w3.org/2000/xmlns/';
const ns = scorm2004Namespaces;

/** Namespace/file pairs on one line, single spaces, exactly as ADL's samples write them (§2.1). */
export const scorm2004SchemaLocation = [
  `${ns.cp} imscp_v1p1.xsd`,
  `${ns.adlcp} adlcp_v1p3.xsd`,
  `${ns.adlseq} adlseq_v1p3.xsd`,
  `${ns.adlnav} adlnav_v1p3.xsd`,
  `${ns.imsss} imsss_v1p0.xsd`,
].join(' ');

/** The only `schemaversion` text Moodle reads as 4th Edition; any other makes it play SCORM 1.2 (§2.2). */
export const scorm2004SchemaVersion = '2004 4th Edition';

/** Package path of the manifest; LMSs look for exactly this name at the zip root. */
export const scorm2004ManifestPath = 'imsmanifest.xml';

/** A built manifest and the hrefs it contains. */
export interface Scorm2004Manifest {
  xml: string;
  references: ManifestReference[];
}

/**
 * Build imsmanifest.xml for SCORM 2004 4th Edition (standards §2a): one organization (choice and
 * flow navigation) holding one SCO item for the whole course, and one `webcontent` SCO resource
 * that launches `site.launch` and lists every site file. Identifiers are those of SCORM 1.2, so an
 * LMS sees the same course whichever edition is uploaded. No inline LOM metadata (§6.4).
 *
 * The item's delivery controls tell the LMS that the SCO sets completion and success itself, so it
 * never marks either on exit (§2.8). With a mastery score, the primary objective is satisfied by
 * measure: the runtime always sets `cmi.score.scaled` with a passing or failing status, and the
 * LMS hands the threshold back as `cmi.scaled_passing_score`. Without one there is no objective
 * block, since an LMS would otherwise report `unknown` success for an unscored course (§2.17).
 *
 * Deterministic: UTF-8 without BOM, two-space indent, "\n" line ends, files in sorted order.
 */
export function buildScorm2004Manifest(site: Site, course: Course): Scorm2004Manifest {
  const ids = scorm12Identifiers(course);
  const title = xmlText(course.title);
  const files = [...new Set(site.files.map((file) => file.path))].sort(comparePaths);

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const manifest = doc
    .ele(ns.cp, 'manifest')
    .att('identifier', ids.manifest)
    .att('version', xmlText(course.version))
    // Literal prefixes: Moodle parses manifests without namespaces and matches "ADLCP:SCORMTYPE" (§5.1).
    .att(xmlns, 'xmlns:adlcp', ns.adlcp)
    .att(xmlns, 'xmlns:adlseq', ns.adlseq)
    .att(xmlns, 'xmlns:adlnav', ns.adlnav)
    .att(xmlns, 'xmlns:imsss', ns.imsss)
    .att(xmlns, 'xmlns:xsi', ns.xsi)
    .att(ns.xsi, 'xsi:schemaLocation', scorm2004SchemaLocation);

  const metadata = manifest.ele(ns.cp, 'metadata');
  metadata.ele(ns.cp, 'schema').txt('ADL SCORM');
  metadata.ele(ns.cp, 'schemaversion').txt(scorm2004SchemaVersion);

  const organization = manifest
    .ele(ns.cp, 'organizations')
    .att('default', ids.organization)
    .ele(ns.cp, 'organization')
    .att('identifier', ids.organization);
  organization.ele(ns.cp, 'title').txt(title);
  const item = organization.ele(ns.cp, 'item').att('identifier', ids.item).att('identifierref', ids.resource);
  item.ele(ns.cp, 'title').txt(title);
  // imsss sequencingType order: objectives before deliveryControls.
  const sequencing = item.ele(ns.imsss, 'imsss:sequencing');
  const measure = minNormalizedMeasure(course.masteryScore);
  if (measure !== undefined) {
    sequencing
      .ele(ns.imsss, 'imsss:objectives')
      .ele(ns.imsss, 'imsss:primaryObjective')
      .att('objectiveID', `${ids.item}-mastery`)
      .att('satisfiedByMeasure', 'true')
      .ele(ns.imsss, 'imsss:minNormalizedMeasure')
      .txt(measure);
  }
  sequencing.ele(ns.imsss, 'imsss:deliveryControls').att('completionSetByContent', 'true').att('objectiveSetByContent', 'true');
  organization.ele(ns.imsss, 'imsss:sequencing').ele(ns.imsss, 'imsss:controlMode').att('choice', 'true').att('flow', 'true');

  const resource = manifest
    .ele(ns.cp, 'resources')
    .ele(ns.cp, 'resource')
    .att('identifier', ids.resource)
    .att('type', 'webcontent')
    // Capital T in 2004; the 1.2 spelling "scormtype" passes the lax XSD but strict LMSs ignore it (§2.3).
    .att(ns.adlcp, 'adlcp:scormType', 'sco')
    .att('href', site.launch);
  for (const href of files) resource.ele(ns.cp, 'file').att('href', href);

  const xml = `${doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })}\n`;
  const references = [site.launch, ...files].map((href) => ({ manifest: scorm2004ManifestPath, href }));
  return { xml, references };
}

/** The mastery score 0–100 as a normalized measure 0–1 (at most four decimals), if there is one. */
export function minNormalizedMeasure(masteryScore: number | undefined): string | undefined {
  if (masteryScore === undefined || !Number.isFinite(masteryScore)) return undefined;
  return String(Math.round(Math.min(100, Math.max(0, masteryScore)) * 100) / 10000);
}
