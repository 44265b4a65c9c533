import type { SiteFile } from '../../model/site.js';
import type { Packager } from '../packager.js';
import { packageFileName } from '../package-file-name.js';
import { readVendorFile } from '../vendor-files.js';
import { buildScorm12Manifest, scorm12ManifestPath } from './scorm12-manifest.js';

/**
 * The control documents every SCORM 1.2 package carries at its root, as ADL/IMS published them
 * (standards §1.11; the ADL test suite fails a package without them). Provenance and hashes:
 * vendor/xsd/SOURCES.md.
 */
export const scorm12ControlFiles: readonly string[] = [
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
];

/** SCORM 1.2: imsmanifest.xml and the four control documents at the root, next to the site. */
export const scorm12Packager: Packager = {
  target: 'scorm12',
  fileName: (course) => packageFileName(course, 'scorm12'),
  reportKey: { scorm12Letters: true },
  contents(site, course) {
    const manifest = buildScorm12Manifest(site, course);
    const files: SiteFile[] = [
      { path: scorm12ManifestPath, content: manifest.xml },
      ...scorm12ControlFiles.map((name) => ({ path: name, content: readVendorFile(`xsd/scorm12/${name}`) })),
    ];
    return { files, references: manifest.references };
  },
};
