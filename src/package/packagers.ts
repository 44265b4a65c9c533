import type { TargetName } from '../model/site.js';
import { cmi5Packager } from './cmi5/cmi5-packager.js';
import type { Packager } from './packager.js';
import { scorm12Packager } from './scorm12/scorm12-packager.js';
import { scorm2004Packager } from './scorm2004/scorm2004-packager.js';
import { webPackager } from './web/web-packager.js';
import { xapiPackager } from './xapi/xapi-packager.js';

/**
 * The packager of every target. Adding a target means one name in `targetNames`, one folder here
 * and one line below (a missing line is a type error), and one runtime entry in src/runtime/targets/.
 */
export const packagers: Readonly<Record<TargetName, Packager>> = {
  scorm12: scorm12Packager,
  scorm2004: scorm2004Packager,
  xapi: xapiPackager,
  cmi5: cmi5Packager,
  web: webPackager,
};
