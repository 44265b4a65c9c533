/** A child for `h`: nodes and text; empty values are skipped so callers can write `cond && node`. */
export type Child = Node | string | null | undefined | false;

/** Attribute values: `true` sets an empty attribute, `false`/undefined leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Create an element with attributes and children, without any framework. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Append children, skipping empty ones. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Parse HTML the renderer already sanitized at build time into nodes. A <template> keeps it inert
 * (no scripts run, no images load) until it is placed in the page.
 */
export function htmlFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** A wrapper element holding sanitized HTML (a span where only phrasing content may go). */
export function htmlBlock(className: string, html: string, tag: 'div' | 'span' = 'div'): HTMLElement {
  const element = h(tag, { class: className });
  element.appendChild(htmlFragment(html));
  return element;
}

/** Plain text of sanitized HTML, for interaction descriptions. */
export function htmlToText(html: string): string {
  return (htmlFragment(html).textContent ?? '').replace(/\s+/g, ' ').trim();
}
