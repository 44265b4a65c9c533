import type { Site } from '../../model/site.js';
import type { Packager } from '../packager.js';
import { packageFileName } from '../package-file-name.js';
import { embedCaptions } from './embed-captions.js';

/**
 * A standalone web site: the rendered site and the web runtime, which keeps progress on the
 * device. No manifest; it plays from any static host and from `file://`, so the captions are
 * embedded in the page too, and the files are also written unpacked, ready to open or upload.
 */
export const webPackager: Packager = {
  target: 'web',
  fileName: (course) => packageFileName(course, 'web'),
  unpacked: true,
  // Nothing is reported from a web build, so there is nothing to look up.
  reportKey: false,
  adaptSite: (site, course) => embedCaptions(standalonePage(site), course),
  contents: () => ({ files: [], references: [] }),
};

/** The site with its entry page as the web target serves it (`Site.standaloneLaunch`). */
function standalonePage(site: Site): Site {
  const { standaloneLaunch } = site;
  if (!standaloneLaunch) return site;
  return { ...site, files: site.files.map((file) => (file.path === site.launch ? { path: file.path, content: standaloneLaunch() } : file)) };
}
