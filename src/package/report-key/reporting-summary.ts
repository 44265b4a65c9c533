import type { Course } from '../../model/course.js';

const decisionsText: Record<Course['reporting']['decisions'], string> = {
  all: 'Scenario decisions and practice choices: each one is reported (reporting.decisions: all).',
  'anonymous-score':
    'Scenario decisions and practice choices: not reported. Each scenario sends one record, the first time the learner reaches an ending, with only its outcome or score (reporting.decisions: anonymous-score).',
  none: 'Scenario decisions and practice choices: never reported. Scenarios still count towards completion and the course score (reporting.decisions: none).',
};

const reflectionsText: Record<Course['reporting']['reflections'], string> = {
  private: "Reflections: private, never sent; they stay on the learner's device (reporting.reflections: private).",
  session: "Reflections: private, never sent; kept on the learner's device only until the browser window is closed (reporting.reflections: session).",
  report: 'Reflections: the text of reflections marked "report" is sent (reporting.reflections: report).',
};

/**
 * What the course's reporting settings send, in plain sentences for the top of the report key, so
 * that whoever reads the LMS reports knows what is missing on purpose.
 */
export function reportingSummary(reporting: Course['reporting']): string[] {
  return [decisionsText[reporting.decisions], reflectionsText[reporting.reflections], 'Knowledge checks and acknowledgements: always reported.'];
}
