import { create } from 'xmlbuilder2';

/** The parts of a DOM element the manifest readers use; namespace-blind, as LMS parsers are. */
export interface XmlElement {
  readonly localName: string;
  readonly textContent: string | null;
  readonly parentNode: unknown;
  /** The document; its `doctype` is the `<!DOCTYPE …>` declaration, when there is one. */
  readonly ownerDocument: { readonly doctype: { readonly name: string } | null };
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElement>;
}

/**
 * The root element of an XML text, or undefined when it cannot be read at all. The parser is
 * lenient: schema validation (validate-xsd.ts) is what reports malformed XML, with its line.
 */
export function parseXmlRoot(xml: string): XmlElement | undefined {
  try {
    return create(xml).root().node as unknown as XmlElement;
  } catch {
    return undefined;
  }
}

/** Every descendant element with this local name, in document order, whatever its prefix. */
export function descendants(element: XmlElement, localName: string): XmlElement[] {
  return Array.from(element.getElementsByTagNameNS('*', localName));
}

/** The direct children with this local name. */
export function childElements(element: XmlElement, localName: string): XmlElement[] {
  return descendants(element, localName).filter((child) => child.parentNode === element);
}

/** Trimmed text of the first direct child with this local name. */
export function childText(element: XmlElement, localName: string): string | undefined {
  const text = childElements(element, localName)[0]?.textContent?.trim();
  return text || undefined;
}

/** An attribute by its qualified name as written, e.g. `adlcp:scormtype` or `xml:base`. */
export function attribute(element: XmlElement, name: string): string | undefined {
  return element.getAttribute(name) ?? undefined;
}

/** 1-based line of the first occurrence of `needle` in `text`, for diagnostics that point into a manifest. */
export function lineOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}
