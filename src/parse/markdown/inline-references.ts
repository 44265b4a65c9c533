import type { Definition, FootnoteReference, Image, Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Definitions of a Markdown tree by identifier; the first wins, as in CommonMark. */
export type Definitions = ReadonlyMap<string, Definition>;

/** Every `[label]: url` definition in `tree`, wherever it is (after a block, inside a block). */
export function collectDefinitions(tree: Nodes): Map<string, Definition> {
  const found = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    const key = node.identifier.toUpperCase();
    if (!found.has(key)) found.set(key, node);
  });
  return found;
}

/** The identifiers of every footnote `tree` refers to (`[^x]`), wherever the reference is. */
export function footnoteReferences(tree: Nodes): Set<string> {
  const found = new Set<string>();
  visit(tree, 'footnoteReference', (node: FootnoteReference) => void found.add(node.identifier));
  return found;
}

/**
 * Turn reference-style links and images (`![x][r]`, `[text][r]`, `[r]`) into inline ones carrying
 * their definition's address, and drop the definitions. Every address then goes through the one
 * check inline links get, whichever syntax carried it; before this, `[r]: ../../etc/passwd`
 * skipped every check. A lesson is converted in parts (between blocks), so `definitions` holds the
 * whole file's, and a reference resolves even when its definition is in another part.
 */
export function inlineReferences(root: Root, definitions: Definitions): void {
  const all = new Map(definitions);
  for (const [key, node] of collectDefinitions(root)) if (!all.has(key)) all.set(key, node);
  visit(root, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'definition') {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type !== 'imageReference' && node.type !== 'linkReference') return undefined;
    const definition = all.get(node.identifier.toUpperCase());
    // Without a definition remark would not have made a reference; keep it as text to be safe.
    if (!definition) {
      parent.children.splice(index, 1, { type: 'text', value: node.type === 'imageReference' ? `![${node.alt ?? ''}]` : `[${node.label ?? ''}]` });
      return undefined;
    }
    const common = { url: definition.url, title: definition.title ?? null, ...(node.position ? { position: node.position } : {}) };
    const inline: Image | Link =
      node.type === 'imageReference' ? { type: 'image', alt: node.alt ?? null, ...common } : { type: 'link', children: node.children, ...common };
    parent.children.splice(index, 1, inline);
    return undefined;
  });
}
