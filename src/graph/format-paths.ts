import type { PathStep, ScenarioPath, ScenarioPaths } from './enumerate-paths.js';

/** What a list of paths leaves out when the scenario has a loop (`ScenarioPaths.loopsCut`). */
export const loopsFollowedOnce = 'Each loop is followed once: ways that go round a loop again are not listed, nor an ending reached only that way.';

/**
 * Plain text listing every path with its choices, ending, final values and score, for subject-matter
 * experts to review. Deterministic: same scenario, same text.
 */
export function formatPaths(result: ScenarioPaths): string {
  const { scenario, paths } = result;
  const count = paths.length === 1 ? '1 path' : `${paths.length} paths`;
  const lines = [`${scenario.title} (${scenario.id}): ${count} from "${scenario.start}" to an ending.`];
  if (result.truncated) lines.push(`The search stopped after ${paths.length} paths; there may be more.`);
  if (result.loopsCut) lines.push(loopsFollowedOnce);
  paths.forEach((path, index) => {
    lines.push('', `Path ${index + 1}: ${describeEnding(path)}`);
    const width = Math.max(path.end.length, ...path.steps.map((step) => step.node.length));
    for (const step of path.steps) lines.push(`  ${step.node.padEnd(width)}  ${describeStep(step)}`);
    lines.push(`  ${path.end.padEnd(width)}  ending`);
    const values = Object.entries(path.values).map(([id, value]) => `${id} ${formatNumber(value)}`);
    if (values.length) lines.push(`  Values at the end: ${values.join(', ')}`);
  });
  return `${lines.join('\n')}\n`;
}

function describeStep(step: PathStep): string {
  const condition = step.when !== undefined ? ` (when ${oneLine(step.when)})` : '';
  if (step.choice !== undefined) return `picks "${step.choice}"${condition}: ${oneLine(step.text ?? '')}`;
  return `takes route ${step.route}${condition || ' (no condition)'}`;
}

function describeEnding(path: ScenarioPath): string {
  const parts = [path.outcome ?? 'no outcome'];
  if (path.outcomeLabel) parts.push(`"${oneLine(path.outcomeLabel)}"`);
  parts.push(`at ${path.end}`);
  let text = parts.join(', ');
  if (path.score !== undefined) text += `, score ${formatNumber(path.score)}`;
  return text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
