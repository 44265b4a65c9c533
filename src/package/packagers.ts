import type { TargetName } from '../model/site.js';
import type { Packager } from './packager.js';
import { scorm12Packager } from './scorm12/scorm12-packager.js';

/** The packager of every target. Adding a target means one folder here and one line below. */
export const packagers: Readonly<Record<TargetName, Packager>> = {
  scorm12: scorm12Packager,
};
