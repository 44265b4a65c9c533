import type { Course } from '../model/course.js';
import type { Block } from '../model/blocks.js';
import type { DiagnosticSink } from '../diagnostics/context.js';

/** What {@link completionRules} needs to know about the stages before it. */
export interface CompletionRulesOptions {
  /**
   * Parsing reported an error, so a lesson or block may have been dropped (a scenario whose YAML
   * is broken is not in the course at all). Default false.
   */
  contentMayBeMissing?: boolean;
}

/**
 * Completion rules and the mastery score must be reachable with the content the course has. The
 * "none in the course" findings are follow-ons when content was dropped by an error: "the course has
 * no scenario" is false when it has one that is broken, so they wait until the errors are fixed.
 */
export function completionRules(course: Course, sink: DiagnosticSink, options: CompletionRulesOptions = {}): void {
  const blocks: Block[] = course.lessons.flatMap((l) => l.blocks);
  const graded = blocks.filter((b) => (b.kind === 'check' && b.graded) || (b.kind === 'scenario' && b.scenario.scoring));
  const needs: Record<string, { kind: string; present: boolean }> = {
    scenarios: { kind: 'scenario', present: blocks.some((b) => b.kind === 'scenario') },
    checks: { kind: 'graded knowledge check', present: blocks.some((b) => b.kind === 'check' && b.graded) },
    acknowledgements: { kind: 'required acknowledgement', present: blocks.some((b) => b.kind === 'acknowledgement' && b.required) },
  };
  for (const rule of course.completion) {
    const need = needs[rule];
    if (need && !need.present && !options.contentMayBeMissing) sink.report('completion-rule-unmeetable', { at: course.settingAt.completion, values: { rule, kind: need.kind } });
  }
  if (course.masteryScore !== undefined && !graded.length && !options.contentMayBeMissing) {
    sink.report('mastery-without-graded-content', { at: course.settingAt.masteryScore, values: { score: course.masteryScore } });
  }
  if (course.maxRetakes !== undefined && (course.retake === 'none' || course.masteryScore === undefined)) {
    sink.report('max-retakes-unused', { at: course.settingAt.maxRetakes ?? course.at, values: { max: course.maxRetakes, why: course.retake === 'none' ? 'retake is "none"' : 'the course has no masteryScore' } });
  }
}
