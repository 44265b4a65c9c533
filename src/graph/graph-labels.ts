import type { ScenarioNode } from '../model/scenario.js';
import type { ScenarioEdge } from './scenario-edges.js';
import { formatCondition } from './format-condition.js';

/** Lines of a node's label: its title (or ending label), then its id, with the outcome on endings. */
export function nodeLabelLines(node: ScenarioNode): string[] {
  const heading = oneLine(node.title ?? node.end?.outcomeLabel ?? '');
  const id = node.end ? `${node.id} (${node.end.outcome ?? 'no outcome'})` : node.id;
  return heading ? [heading, id] : [id];
}

/** Lines of an edge's label: the choice id or route number, then its condition if it is gated. */
export function edgeLabelLines(edge: ScenarioEdge): string[] {
  const name = edge.kind === 'choice' ? edge.label : `route ${edge.label}`;
  return edge.when ? [name, `if ${formatCondition(edge.when)}`] : [name];
}

/** Why the edge looks the way it does: recommended choices stand out, gated edges are dashed. */
export function edgeStyle(edge: ScenarioEdge): 'recommended' | 'gated' | 'plain' {
  if (edge.recommended) return 'recommended';
  return edge.when ? 'gated' : 'plain';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
