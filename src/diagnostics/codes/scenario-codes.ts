import { defineCodes } from '../code-info.js';

/** Scenario graphs: structure, conditions, scoring. */
export const scenarioCodes = defineCodes({
  'scenario-file-missing': {
    severity: 'error',
    title: 'Scenario file not found',
    message: (v) => `Expected the scenario file "${v.path}", found none.`,
    hint: () => 'Scenario paths are relative to the lesson file, e.g. src="../scenarios/break-room.yml".',
  },
});
