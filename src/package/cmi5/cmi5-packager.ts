import type { Packager } from '../packager.js';
import { packageFileName } from '../package-file-name.js';
import { checkCmi5Url } from '../lint/check-cmi5-url.js';
import { buildCmi5Xml, cmi5XmlPath } from './cmi5-xml.js';

/**
 * cmi5: cmi5.xml at the root, next to the site. The LMS launches the single AU with the LRS
 * endpoint, a one-time fetch URL for the token, the actor and the registration in the URL; the
 * package holds none of them.
 */
export const cmi5Packager: Packager = {
  target: 'cmi5',
  fileName: (course) => packageFileName(course, 'cmi5'),
  // Its reports name each interaction by its IRI, as the key does.
  reportKey: { fullIds: true },
  contents(site, course) {
    const manifest = buildCmi5Xml(site, course);
    return { files: [{ path: cmi5XmlPath, content: manifest.xml }], references: manifest.references };
  },
  check(contents, sink) {
    const manifest = contents.files.find((file) => file.path === cmi5XmlPath);
    return checkCmi5Url(typeof manifest?.content === 'string' ? manifest.content : '', sink);
  },
};
