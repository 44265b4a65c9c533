import type { Scenario } from '../model/scenario.js';
import { nodesById, scenarioEdges } from './scenario-edges.js';
import { edgeLabelLines, nodeLabelLines } from './graph-labels.js';

const OUTCOME_STYLE: Record<string, string> = {
  positive: 'fillcolor="#d8f0d8", color="#2e7d32"',
  mixed: 'fillcolor="#fff3c4", color="#b7791f"',
  negative: 'fillcolor="#f9d6d5", color="#c62828"',
  none: 'fillcolor="#eeeeee", color="#666666"',
};

/**
 * A Graphviz DOT digraph of the scenario, styled like {@link scenarioToMermaid}: endings filled by
 * outcome, the start node outlined, recommended choices bold, gated edges dashed with their condition
 * (a gated recommended choice is both).
 */
export function scenarioToDot(scenario: Scenario): string {
  const byId = nodesById(scenario);
  const lines = [
    `digraph ${quote(scenario.id)} {`,
    `  label=${quote(scenario.title)};`,
    '  labelloc=t;',
    '  rankdir=TB;',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const node of byId.values()) {
    const attributes = [`label=${quote(nodeLabelLines(node).join('\n'))}`];
    if (node.end) attributes.push('style="rounded,filled"', OUTCOME_STYLE[node.end.outcome ?? 'none']!);
    if (node.id === scenario.start) attributes.push('penwidth=3');
    lines.push(`  ${quote(node.id)} [${attributes.join(', ')}];`);
  }
  const missing = new Set<string>();
  for (const edge of scenarioEdges(scenario)) {
    if (byId.has(edge.to) || missing.has(edge.to)) continue;
    missing.add(edge.to);
    lines.push(`  ${quote(edge.to)} [label=${quote(`${edge.to}\n(does not exist)`)}, style=dashed, color="#c62828"];`);
  }
  for (const edge of scenarioEdges(scenario)) {
    const attributes = [`label=${quote(edgeLabelLines(edge).join('\n'))}`];
    if (edge.recommended) attributes.push('penwidth=2.5');
    if (edge.when) attributes.push('style=dashed');
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [${attributes.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
