import { defineCodes } from '../code-info.js';

/** Learner state: what a course saves between sessions, against what each target's learning system keeps. */
export const stateCodes = defineCodes({
  'state-over-budget': {
    severity: 'error',
    title: 'Saved progress can outgrow what the target keeps',
    message: (v) =>
      `A learner's saved progress in this course can reach ${v.size} bytes, but ${v.target} keeps ${v.budget}: from this block on, ${v.count} block(s) would lose their answers when the learner leaves and comes back.`,
    hint: (v) =>
      `Build for ${v.roomier} instead of ${v.target}, split the course into shorter courses, or remove blocks (each check, scenario and practice saves the learner's answers). Blocks that would not fit are listed below.`,
  },
});
