import { defineCodes } from '../code-info.js';

/** Files of the course folder: sizes, permissions, links, names. */
export const sourceCodes = defineCodes({
  'file-too-large': {
    severity: 'error',
    title: 'Course file too large to read',
    message: (v) => `"${v.path}" is ${v.size}, more than the ${v.limit} coursewright reads from a file of this kind; it was not read.`,
    hint: () =>
      'Split a long lesson into several lessons, or a scenario into several scenarios; save an SVG from your drawing program with "optimize" or as PNG; check that the file is the one you meant (not a log or an export).',
  },
  'file-unreadable': {
    severity: 'error',
    title: 'Course file could not be read',
    message: (v) => `Could not read "${v.path}": ${v.reason}.`,
    hint: () => 'Check that the file is a regular file in the course folder and that you may read it (its permissions); then build again.',
  },
  // Tested with in-memory courses, not a fixture folder: two files whose names differ only in
  // case cannot be checked out on macOS or Windows.
  'asset-case-clash': {
    severity: 'error',
    title: 'Files whose names differ only in case',
    message: (v) => `"${v.path}" and "${v.other}" differ only in upper and lower case; on Windows, macOS and many LMS servers they are one file, so one would overwrite the other.`,
    hint: () => 'Rename one of them (all lower case is safest), or use the same file in both places.',
  },
  'file-hard-linked': {
    severity: 'error',
    title: 'Hard-linked file in the course',
    message: (v) => `"${v.path}" has other hard links, so it may be a file from elsewhere on this computer; it is not used.`,
    hint: () => 'Copy the file into the course folder instead of linking it (a copy has one link).',
  },
});
