import { defineCodes } from '../code-info.js';

/** Packaging and output. */
export const packageCodes = defineCodes({
  'output-write-failed': {
    severity: 'error',
    title: 'Package could not be written',
    message: (v) => `Could not write "${v.path}": ${v.reason}.`,
    hint: () => 'Check that the output folder is writable and the disk has space; nothing half-written was left behind.',
  },
});
