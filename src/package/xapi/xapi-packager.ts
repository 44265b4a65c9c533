import type { Packager } from '../packager.js';
import { packageFileName } from '../package-file-name.js';
import { checkTincanLaunch } from '../lint/check-tincan-launch.js';
import { buildTincanXml, tincanXmlPath } from './tincan-xml.js';

/**
 * xAPI (Tin Can): tincan.xml at the root, next to the site; the runtime sends statements to the
 * LRS the LMS names in the launch URL. Nothing about the LRS is in the package.
 */
export const xapiPackager: Packager = {
  target: 'xapi',
  fileName: (course) => packageFileName(course, 'xapi'),
  // Its reports name each interaction by its IRI, as the key does.
  reportKey: { fullIds: true },
  contents(site, course) {
    const manifest = buildTincanXml(site, course);
    return { files: [{ path: tincanXmlPath, content: manifest.xml }], references: manifest.references };
  },
  check(contents, sink) {
    const manifest = contents.files.find((file) => file.path === tincanXmlPath);
    return checkTincanLaunch(typeof manifest?.content === 'string' ? manifest.content : '', sink);
  },
};
