import type { Course } from '../model/course.js';
import type { Block } from '../model/blocks.js';
import type { DiagnosticSink } from '../diagnostics/context.js';

/** Completion rules and the mastery score must be reachable with the content the course has. */
export function completionRules(course: Course, sink: DiagnosticSink): void {
  const blocks: Block[] = course.lessons.flatMap((l) => l.blocks);
  const graded = blocks.filter((b) => (b.kind === 'check' && b.graded) || (b.kind === 'scenario' && b.scenario.scoring));
  const needs: Record<string, { kind: string; present: boolean }> = {
    scenarios: { kind: 'scenario', present: blocks.some((b) => b.kind === 'scenario') },
    checks: { kind: 'graded knowledge check', present: blocks.some((b) => b.kind === 'check' && b.graded) },
    acknowledgements: { kind: 'required acknowledgement', present: blocks.some((b) => b.kind === 'acknowledgement' && b.required) },
  };
  for (const rule of course.completion) {
    const need = needs[rule];
    if (need && !need.present) sink.report('completion-rule-unmeetable', { at: course.settingAt.completion, values: { rule, kind: need.kind } });
  }
  if (course.masteryScore !== undefined && !graded.length) {
    sink.report('mastery-without-graded-content', { at: course.settingAt.masteryScore, values: { score: course.masteryScore } });
  }
  if (course.maxRetakes !== undefined && (course.retake === 'none' || course.masteryScore === undefined)) {
    sink.report('max-retakes-unused', { at: course.settingAt.maxRetakes ?? course.at, values: { max: course.maxRetakes, why: course.retake === 'none' ? 'retake is "none"' : 'the course has no masteryScore' } });
  }
}
