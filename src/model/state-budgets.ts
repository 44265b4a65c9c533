import type { TargetName } from './site.js';

/**
 * Largest saved learner state, in UTF-8 bytes, that each target's learning system keeps: SCORM
 * 1.2's `cmi.suspend_data` holds 4,096 characters, SCORM 2004's 64,000; xAPI and cmi5 keep the
 * state in the LRS State API, and 32,000 lets it go in one keepalive request beside the last
 * statements when the page closes (the browser's 64 KB quota is shared); the web target keeps it in the browser's storage. The runtime never sends more, and
 * the build proves the course's largest possible state fits (src/validate/state-budget.ts).
 */
export const stateBudgets: Record<TargetName, number> = {
  scorm12: 4096,
  scorm2004: 64000,
  xapi: 32000,
  cmi5: 32000,
  web: 65536,
};
