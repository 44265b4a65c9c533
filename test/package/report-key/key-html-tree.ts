import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type KeyElement = DefaultTreeAdapterMap['element'];
type KeyNode = DefaultTreeAdapterMap['node'];

/** The HTML key parsed as a browser would, with the parse errors (an HTML key should have none). */
export function parseKeyHtml(html: string): { document: DefaultTreeAdapterMap['document']; errors: string[] } {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
  return { document, errors };
}

/** Every element under a node, in document order; only those with the tag name, when given. */
export function elementsOf(node: KeyNode, tagName?: string): KeyElement[] {
  const found: KeyElement[] = [];
  const visit = (current: KeyNode): void => {
    for (const child of 'childNodes' in current ? current.childNodes : []) {
      if ('tagName' in child) {
        if (tagName === undefined || child.tagName === tagName) found.push(child);
        visit(child);
      }
    }
  };
  visit(node);
  return found;
}

/** The children of an element that are elements. */
export function childElements(element: KeyElement): KeyElement[] {
  return element.childNodes.filter((child): child is KeyElement => 'tagName' in child);
}

/** The text of a node as a reader sees it: its text nodes joined, white space collapsed. */
export function textOf(node: KeyNode): string {
  const parts: string[] = [];
  const visit = (current: KeyNode): void => {
    if (current.nodeName === '#text' && 'value' in current) parts.push(current.value);
    for (const child of 'childNodes' in current ? current.childNodes : []) visit(child);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** An attribute's value, or undefined. */
export function attrOf(element: KeyElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}
