import { createHash } from 'node:crypto';
import type { Element, ElementContent, Nodes as HastNodes } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A task list in lesson text (`- [ ] Tell my team how to reach me`) as a checklist the learner can
 * tick: each item's box and words become one `<label>` (a tap on the words ticks it, and the box is
 * named by them), the box is not disabled, and it carries `data-cw-tick`, a digest of the item's
 * words, by which the player keeps the tick on the learner's device (shell/checklist-ticks.ts): a
 * tick stays with its words when items are added or moved, and a reworded item starts unticked.
 * `[x]` ticks a box to begin with. Nothing of it is tracked.
 */
export function tickableTaskLists(tree: HastNodes): HastNodes {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'li' || !classNames(node).includes('task-list-item')) return;
    // A loose list's item holds its words in a paragraph.
    const first = node.children.find((child) => child.type === 'element');
    const holder = first?.tagName === 'p' && first.children.some(isBox) ? first : node;
    const at = holder.children.findIndex(isBox);
    if (at < 0) return;
    let end = at + 1;
    while (end < holder.children.length && !isBlock(holder.children[end]!)) end++;
    // A line end before a nested list stays outside the label.
    while (end > at + 1 && isBlank(holder.children[end - 1]!)) end--;
    const box = holder.children[at] as Element;
    const words = holder.children.slice(at + 1, end);
    const text = words.map(textOf).join('').replace(/\s+/g, ' ').trim();
    box.properties = { type: 'checkbox', ...(box.properties.checked ? { checked: true } : {}), dataCwTick: tickKey(text) };
    // The space the conversion puts between the box and the words stays inside the label.
    holder.children.splice(at, end - at, { type: 'element', tagName: 'label', properties: { className: ['cw-tick'] }, children: [box, ...words] });
  });
  return tree;
}

/** The key of an item by its words: 10 characters of their SHA-256, in base64url. */
function tickKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function isBox(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'input';
}

const blockTags = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'pre', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'details', 'figure']);

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && blockTags.has(node.tagName);
}

function classNames(node: Element): unknown[] {
  const names = node.properties.className;
  return Array.isArray(names) ? names : [];
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
