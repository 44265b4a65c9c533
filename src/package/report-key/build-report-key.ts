import type { CheckBlock, PracticeBlock, ScenarioBlock } from '../../model/blocks.js';
import type { Course, Lesson } from '../../model/course.js';
import { decisionId } from '../../model/decision-id.js';
import { scorm12ChoiceLetter } from '../../model/scorm12-choice-letter.js';
import { acknowledgementRow } from './acknowledgement-row.js';
import { scenarioSummaryRows } from './scenario-summary-rows.js';

/** One response an interaction can report: one row of the report key. */
export interface ReportKeyRow {
  /** The interaction id as the runtime reports it, e.g. `q-signs` or `break-room.intro`. */
  interactionId: string;
  /** The title of the lesson it is in. */
  lesson: string;
  /** That lesson's id (not a column: it tells apart two lessons of the same title). */
  lessonId: string;
  /** What kind of block asks, in plain words, e.g. `Check (one answer)`. */
  blockType: string;
  /** The question, decision situation or statement. */
  question: string;
  /** The response as reported: an option id, `true`, or empty for the learner's own text. */
  responseCode: string;
  /** The same response in SCORM 1.2: a letter by position among the options, or `t`. */
  scorm12Code: string;
  /** What the learner saw: the option text. */
  responseText: string;
  /** `correct`, `recommended`, `recommended, step N` (an order), or empty. */
  expected: string;
  /** The response counts towards the course score. */
  scored: boolean;
}

/**
 * The report key of a course: every interaction id the runtime can report, and for each, every
 * response code with the text the learner saw, in course order. Built from the course model the
 * same way the runtime builds its records (src/runtime/blocks/**), so the ids and codes match.
 */
export function buildReportKey(course: Course): ReportKeyRow[] {
  const rows: ReportKeyRow[] = [];
  // Only what is sent: `reporting.decisions` leaves out decisions (src/runtime/shell/decision-policy.ts).
  const decisions = course.reporting.decisions;
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      if (block.kind === 'check') rows.push(...checkRows(block, lesson));
      else if (block.kind === 'scenario' && decisions === 'all') rows.push(...scenarioRows(block, lesson));
      else if (block.kind === 'scenario' && decisions === 'anonymous-score') rows.push(...scenarioSummaryRows(block, lesson));
      else if (block.kind === 'practice' && decisions === 'all') rows.push(...practiceRows(block, lesson));
      else if (block.kind === 'acknowledgement') rows.push(acknowledgementRow(block, lesson));
      else if (block.kind === 'reflection' && block.report) {
        rows.push({ interactionId: block.id, lesson: lesson.title, lessonId: lesson.id, blockType: 'Reflection', question: block.promptText, responseCode: '', scorm12Code: '', responseText: "(the learner's own words)", expected: '', scored: false });
      }
    }
  }
  return rows;
}

const checkTypes: Record<CheckBlock['type'], string> = {
  single: 'Check (one answer)',
  multiple: 'Check (several answers)',
  'true-false': 'Check (true or false)',
};

function checkRows(block: CheckBlock, lesson: Lesson): ReportKeyRow[] {
  const trueFalse = block.type === 'true-false';
  return block.options.map((option, index) => {
    // The code the parser gave the option (`t`/`f`, by its word in any language the player knows),
    // which is what the package sends: grade-check.ts names true/false answers by it.
    const isTrue = option.code === 't';
    return {
      interactionId: block.id, lesson: lesson.title, lessonId: lesson.id, blockType: checkTypes[block.type], question: block.promptText,
      responseCode: trueFalse ? (isTrue ? 'true' : 'false') : option.id,
      scorm12Code: trueFalse ? (isTrue ? 't' : 'f') : (scorm12ChoiceLetter(index) ?? ''),
      responseText: option.text, expected: option.correct ? 'correct' : '', scored: block.graded,
    };
  });
}

/**
 * Each decision point reports `<scenario>.<node>` (`decisionId`), with the taken choice as the
 * response and the recommended ones as the right answers, all coded by their place among the
 * step's choices: one row per choice of the step. Ends (no choices) report nothing.
 */
function scenarioRows(block: ScenarioBlock, lesson: Lesson): ReportKeyRow[] {
  const scenario = block.scenario;
  return scenario.nodes.flatMap((node) => {
    const rendered = block.rendered[node.id];
    const question = htmlText(rendered?.html ?? '') || node.title || scenario.title;
    return node.choices.map((choice, index) => ({
      interactionId: decisionId(block.id, node.id), lesson: lesson.title, lessonId: lesson.id, blockType: 'Scenario decision', question,
      responseCode: choice.id, scorm12Code: scorm12ChoiceLetter(index) ?? '',
      responseText: rendered?.choices[choice.id]?.text ?? choice.text,
      expected: choice.recommended ? 'recommended' : '', scored: scenario.scoring !== undefined,
    }));
  });
}

/** Choose mode reports the technique tried; order mode the learner's order, recommended = author order. */
function practiceRows(block: PracticeBlock, lesson: Lesson): ReportKeyRow[] {
  const order = block.mode === 'order';
  return block.techniques.map((technique, index) => ({
    interactionId: block.id, lesson: lesson.title, lessonId: lesson.id, blockType: order ? 'Practice (put in order)' : 'Practice (choose)', question: block.situationText,
    responseCode: technique.id, scorm12Code: scorm12ChoiceLetter(index) ?? '',
    responseText: order ? technique.label || technique.text : technique.text,
    expected: order ? `recommended, step ${index + 1}` : technique.recommended ? 'recommended' : '', scored: false,
  }));
}

/** Plain text of sanitized HTML, as the runtime's `htmlToText` reads it. */
function htmlText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
