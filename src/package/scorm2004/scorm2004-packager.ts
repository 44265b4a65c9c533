import type { SiteFile } from '../../model/site.js';
import type { Packager } from '../packager.js';
import { packageFileName } from '../package-file-name.js';
import { checkScorm2004Manifest } from '../lint/check-scorm2004-manifest.js';
import { readVendorFile } from '../vendor-files.js';
import { buildScorm2004Manifest, scorm2004ManifestPath } from './scorm2004-manifest.js';

/**
 * The control documents of a SCORM 2004 4th Edition package, at its root, as ADL published them
 * (standards §2.7: the ADL test suite validates the manifest against them). Provenance and hashes:
 * vendor/xsd/SOURCES.md. No LOM schemas: the manifest has no LOM metadata.
 */
export const scorm2004ControlFiles: readonly string[] = [
  'adlcp_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'imscp_v1p1.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'datatypes.dtd',
  'XMLSchema.dtd',
];

/** SCORM 2004 4th Edition: imsmanifest.xml and the 17 control documents at the root, next to the site. */
export const scorm2004Packager: Packager = {
  target: 'scorm2004',
  fileName: (course) => packageFileName(course, 'scorm2004'),
  // Its reports name each interaction by its IRI, as the key does.
  reportKey: { fullIds: true },
  contents(site, course) {
    const manifest = buildScorm2004Manifest(site, course);
    const files: SiteFile[] = [
      { path: scorm2004ManifestPath, content: manifest.xml },
      ...scorm2004ControlFiles.map((name) => ({ path: name, content: readVendorFile(`xsd/scorm2004-4th/${name}`) })),
    ];
    return { files, references: manifest.references };
  },
  check(contents, sink) {
    const manifest = contents.files.find((file) => file.path === scorm2004ManifestPath);
    return checkScorm2004Manifest(typeof manifest?.content === 'string' ? manifest.content : '', sink);
  },
};
