import { compileCourse } from '../../compile.js';
import type { Scenario } from '../../model/scenario.js';
import { scenarioToDot, scenarioToMermaid, enumeratePaths, formatPaths } from '../../graph/index.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import type { Terminal } from '../terminal.js';

export interface GraphOptions {
  scenario?: string;
  format: 'mermaid' | 'dot';
  paths: boolean;
}

/** `coursewright graph <course>`: print each decision graph, or every path through it. */
export async function runGraph(dir: string, options: GraphOptions, term: Terminal): Promise<number> {
  const [course] = findCourses([dir]);
  const result = await compileCourse({ dir: course ?? dir, validateOnly: true });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) term.err(renderDiagnostics(dir, errors, term.color));
  const scenarios: Scenario[] = (result.course?.lessons ?? []).flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'scenario' ? [b.scenario] : [])));
  const chosen = options.scenario ? scenarios.filter((s) => s.id === options.scenario) : scenarios;
  if (options.scenario && !chosen.length) {
    throw new UsageError(`No scenario "${options.scenario}" in ${dir}; it has: ${scenarios.map((s) => s.id).join(', ') || 'none'}.`);
  }
  const parts = chosen.map((s) => {
    if (options.paths) return formatPaths(enumeratePaths(s));
    return options.format === 'dot' ? scenarioToDot(s) : scenarioToMermaid(s);
  });
  if (parts.length) term.out(parts.join('\n\n'));
  else if (result.course) term.err(`${dir}: no scenario in this course, so no graph to show.`);
  return errors.length ? exitCodes.content : exitCodes.ok;
}
