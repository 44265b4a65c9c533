import type { Scenario } from '../model/scenario.js';
import { nodesById, scenarioEdges } from './scenario-edges.js';
import { edgeLabelLines, edgeStyle, nodeLabelLines } from './graph-labels.js';

const ARROWS = { recommended: '==>', gated: '-.->', plain: '-->' } as const;
const CLASSES = [
  'classDef start stroke-width:4px',
  'classDef positive fill:#d8f0d8,stroke:#2e7d32',
  'classDef mixed fill:#fff3c4,stroke:#b7791f',
  'classDef negative fill:#f9d6d5,stroke:#c62828',
  'classDef nooutcome fill:#eeeeee,stroke:#666666',
  'classDef missing fill:#ffffff,stroke:#c62828,stroke-dasharray:4 3',
];

/**
 * A Mermaid flowchart of the scenario: endings rounded and coloured by outcome (the outcome is also in
 * the label), the start node outlined, recommended choices thick, gated choices and routes dotted
 * with their condition, and targets that do not exist drawn dashed. Same scenario, same text.
 */
export function scenarioToMermaid(scenario: Scenario): string {
  const byId = nodesById(scenario);
  const ids = mermaidIds([...byId.keys(), ...scenarioEdges(scenario).map((e) => e.to)]);
  const lines = ['flowchart TD', `  %% ${escapeComment(scenario.title)} (${escapeComment(scenario.id)})`];
  const classes = new Map<string, string[]>();
  const addClass = (name: string, id: string): void => void classes.set(name, [...(classes.get(name) ?? []), id]);
  for (const node of byId.values()) {
    const label = nodeLabelLines(node).map(escapeLabel).join('<br/>');
    const id = ids.get(node.id)!;
    lines.push(node.end ? `  ${id}(["${label}"])` : `  ${id}["${label}"]`);
    if (node.id === scenario.start) addClass('start', id);
    if (node.end) addClass(node.end.outcome ?? 'nooutcome', id);
  }
  const missing = new Set<string>();
  for (const edge of scenarioEdges(scenario)) {
    if (!byId.has(edge.to) && !missing.has(edge.to)) {
      missing.add(edge.to);
      lines.push(`  ${ids.get(edge.to)}["${escapeLabel(edge.to)}<br/>(does not exist)"]`);
      addClass('missing', ids.get(edge.to)!);
    }
  }
  for (const edge of scenarioEdges(scenario)) {
    const label = edgeLabelLines(edge).map(escapeLabel).join(' ');
    lines.push(`  ${ids.get(edge.from)} ${ARROWS[edgeStyle(edge)]}|"${label}"| ${ids.get(edge.to)}`);
  }
  lines.push(...CLASSES.map((c) => `  ${c}`));
  for (const [name, members] of classes) lines.push(`  class ${members.join(',')} ${name}`);
  return `${lines.join('\n')}\n`;
}

/** Mermaid-safe ids (letters, digits, underscores; never the keyword `end`), unique per author id. */
function mermaidIds(authorIds: string[]): Map<string, string> {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  for (const authorId of authorIds) {
    if (map.has(authorId)) continue;
    const base = `n_${authorId.replace(/[^A-Za-z0-9]/g, '_')}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    map.set(authorId, id);
  }
  return map;
}

// Only what Mermaid or its HTML labels would misread is escaped, so conditions like `trust >= 40` stay legible.
function escapeLabel(text: string): string {
  return text
    .replace(/#(?=[A-Za-z0-9]+;)/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/<(?=[A-Za-z/!?])/g, '#lt;');
}

function escapeComment(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
