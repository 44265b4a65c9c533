import type { ScenarioBlock } from '../../model/blocks.js';
import type { Lesson } from '../../model/course.js';
import { scenarioOutcomeChoices, scenarioSummaryId } from '../../model/scenario-summary.js';
import { scorm12ChoiceLetter } from '../../model/scorm12-choice-letter.js';
import type { ReportKeyRow } from './build-report-key.js';

/**
 * Under `reporting.decisions: anonymous-score` a scenario reports one summary, as the runtime
 * builds it (src/runtime/blocks/engine/scenario-summary-record.ts): a scored scenario its points,
 * one row; an unscored one its outcome, a row for each outcome its endings can have, lettered by
 * their place in the fixed outcome list.
 */
export function scenarioSummaryRows(block: ScenarioBlock, lesson: Lesson): ReportKeyRow[] {
  const scenario = block.scenario;
  const base = { interactionId: scenarioSummaryId(block.id), lesson: lesson.title, lessonId: lesson.id, blockType: 'Scenario result (no decisions)', expected: '' };
  if (scenario.scoring) {
    const points = '0–100';
    return [{ ...base, question: `${scenario.title}: score (0–100)`, responseCode: points, scorm12Code: points, responseText: 'The points scored in the scenario; the choices made are not reported', scored: true }];
  }
  const outcomes = new Set(scenario.nodes.filter((node) => node.end).map((node) => node.end?.outcome ?? 'ended'));
  return scenarioOutcomeChoices.flatMap((choice, index) => (outcomes.has(choice.id)
    ? [{ ...base, question: `${scenario.title}: outcome`, responseCode: choice.id, scorm12Code: scorm12ChoiceLetter(index) ?? '', responseText: choice.text, scored: false }]
    : []));
}
