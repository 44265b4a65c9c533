import type { Course } from '../model/course.js';
import type { SourceLocation } from '../model/position.js';
import type { RuntimeData } from '../model/runtime-data.js';
import { targetNames, type TargetName } from '../model/site.js';
import { stateBudgets } from '../model/state-budgets.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import { buildRuntimeData } from '../render/build-runtime-data.js';
import { encodeState } from '../runtime/state/state-codec.js';
import { utf8ByteLength } from '../runtime/state/utf8-byte-length.js';
import { worstCaseState } from '../runtime/state/worst-case-state.js';

/** Blocks listed after the first one that would not fit; the count says how many there are in all. */
const maxListed = 10;

/**
 * Proves, for each target being built, that the largest state a learner can save fits what the
 * target's learning system keeps, using the runtime's own codec on the runtime's own data: the
 * runtime would otherwise have to leave answers out on resume. Reports the first block that
 * would not fit (in course order) and lists those after it.
 */
export function checkStateBudget(course: Course, targets: readonly TargetName[], sink: DiagnosticSink): void {
  const data = buildRuntimeData(course, {});
  const sizeWith = (count: number): number => stateSize(data, count);
  const size = sizeWith(data.blocks.length);
  const where = blockLocations(course);
  for (const target of new Set(targets)) {
    const budget = stateBudgets[target];
    if (size <= budget) continue;
    // Sizes grow with each block added, so the first block that does not fit is found by bisection.
    let fits = 0;
    let over = data.blocks.length;
    while (over - fits > 1) {
      const middle = Math.floor((fits + over) / 2);
      if (sizeWith(middle) <= budget) fits = middle;
      else over = middle;
    }
    const first = sizeWith(0) > budget ? 0 : over - 1;
    const left = data.blocks.slice(first);
    const roomier = targetNames.filter((name) => name !== 'web' && stateBudgets[name] >= size);
    sink.report('state-over-budget', {
      ...(where.get(left[0]?.id ?? '') ? { at: where.get(left[0]?.id ?? '') } : {}),
      values: { size, target, budget, count: left.length, roomier: roomier.length > 0 ? listOr(roomier) : 'a target with more room' },
      related: left.slice(1, maxListed + 1).map((block) => ({ ...(where.get(block.id) ? { at: where.get(block.id) } : {}), message: `"${block.id}" would not fit either.` })),
    });
  }
}

/** Bytes of the worst-case state with the first `count` blocks of the course. */
function stateSize(data: RuntimeData, count: number): number {
  const state = worstCaseState({ lessons: data.lessons, blocks: data.blocks.slice(0, count) });
  return utf8ByteLength(encodeState(state, data.state));
}

function blockLocations(course: Course): Map<string, SourceLocation> {
  const where = new Map<string, SourceLocation>();
  for (const lesson of course.lessons) for (const block of lesson.blocks) if ('id' in block) where.set(block.id, block.at);
  return where;
}

function listOr(names: readonly string[]): string {
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
