import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import type { Position } from '../../model/position.js';
import type { PictureSize } from './check-media.js';
import { animationElements, editorNamespaces, refusedElementReasons, svgElements, svgNamespaces } from './svg-allow-list.js';
import { svgCssProblem, svgUrlProblem, type SvgUrlUse } from './svg-url.js';

/** Why an SVG file is refused, and where in it. */
export interface SvgProblem {
  reason: string;
  at: Position;
}

/**
 * What reading an SVG found: why it is refused; or, for a plain drawing, the size in pixels its root
 * element gives it (`width` and `height` in pixels, with or without `px`), undefined when it gives
 * none, or one relative to where it is shown (`100%`, `20em`): a drawing sized by its `viewBox`
 * alone fills the width it is given, so no size of its own can stand for it.
 */
export type SvgReading = { problem: SvgProblem; size?: undefined } | { problem?: undefined; size: PictureSize | undefined };

/** Thrown inside parser callbacks to stop at the first problem. */
class Refusal {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

/**
 * Check an SVG with a streaming, namespace-aware XML parser (linear in size, no regex over the
 * file) against an allow-list; undefined means it is a plain drawing. An SVG opened directly
 * (a lesson links to it) is a page on the LMS's domain, so anything that can run code, load an
 * outside file or change how the file is read is refused: DTDs and entities, processing
 * instructions (xml-stylesheet runs XSLT), non-SVG elements, script, foreignObject, event
 * handlers, xml:base, unsafe addresses, and animations that rewrite links or handlers. The same
 * pass reads the drawing's size (`SvgReading`), which a lesson's <img> is given so that the text
 * under it stays put while it loads.
 */
export function readSvg(text: string): SvgReading {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let size: PictureSize | undefined;
  let root = true;
  let tagStart = 0;
  let styleDepth = 0;
  let styleText = '';
  const refuse = (reason: string, offset = parser.position): never => {
    throw new Refusal(reason, offset);
  };
  parser.on('error', (error) => refuse(`XML that is not well-formed (${error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')})`));
  parser.on('doctype', (doctype) => {
    // A DOCTYPE naming the SVG DTD is harmless (browsers never fetch it); an internal subset
    // declares entities, which can expand into markup the rest of this check never sees.
    if (doctype.includes('[')) refuse('a DOCTYPE with its own declarations (entities)', text.lastIndexOf('<!DOCTYPE', parser.position));
  });
  parser.on('processinginstruction', (pi) => refuse(`a <?${pi.target}?> instruction, which can restyle or transform the file`, text.lastIndexOf('<?', parser.position)));
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    checkElement(tag, (reason) => refuse(reason, tagStart));
    if (root && tag.local === 'svg') size = ownSize(tag);
    root = false;
    if (tag.uri === svgNamespaces.svg && tag.local === 'style') styleDepth++;
  });
  parser.on('text', (chunk) => {
    if (styleDepth) styleText += chunk;
  });
  parser.on('cdata', (chunk) => {
    if (styleDepth) styleText += chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.uri !== svgNamespaces.svg || tag.local !== 'style') return;
    styleDepth--;
    const problem = svgCssProblem(styleText);
    if (problem) refuse(`${problem} in a <style> element`, text.lastIndexOf('</', parser.position));
    styleText = '';
  });
  try {
    parser.write(text).close();
    return { size };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { problem: { reason: error.reason, at: positionAt(text, Math.max(0, error.offset)) } };
  }
}

/** A length in pixels as an SVG's root may give it ("640", "640px", "12.5"), rounded; undefined for others. */
const pixels = (value: string | undefined): number | undefined => {
  const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?|\.\d+)(?:px)?\s*$/.exec(value);
  const rounded = match ? Math.round(Number(match[1])) : 0;
  return rounded > 0 ? rounded : undefined;
};

/** The size in pixels the root <svg> gives itself, when it gives both its width and its height so. */
function ownSize(tag: SaxesTagNS): PictureSize | undefined {
  const width = pixels(tag.attributes.width?.value);
  const height = pixels(tag.attributes.height?.value);
  return width !== undefined && height !== undefined ? { width, height } : undefined;
}

function checkElement(tag: SaxesTagNS, refuse: (reason: string) => never): void {
  const local = tag.local;
  if (editorNamespaces.has(tag.uri)) return checkAttributes(tag, refuse);
  if (tag.uri !== svgNamespaces.svg) {
    const known = refusedElementReasons[local];
    refuse(known ?? (tag.uri ? `the element <${tag.name}> from "${tag.uri}", which is not SVG` : `the element <${tag.name}> outside the SVG namespace (is xmlns="${svgNamespaces.svg}" missing?)`));
  }
  const known = refusedElementReasons[local];
  if (known) refuse(known);
  if (!svgElements.has(local)) refuse(`the element <${tag.name}>, which is not a plain drawing element`);
  if (animationElements.has(local)) {
    const target = tag.attributes.attributeName?.value.trim() ?? '';
    const targetLocal = target.slice(target.indexOf(':') + 1).toLowerCase();
    if (targetLocal === 'href' || targetLocal.startsWith('on')) refuse(`an animation <${tag.name}> that changes "${target}"`);
  }
  checkAttributes(tag, refuse);
}

function checkAttributes(tag: SaxesTagNS, refuse: (reason: string) => never): void {
  const use: SvgUrlUse = tag.local === 'a' ? 'link' : tag.local === 'image' || tag.local === 'feImage' ? 'image' : 'resource';
  for (const attribute of Object.values(tag.attributes) as SaxesAttributeNS[]) {
    const { uri, local, name, value } = attribute;
    if (uri === svgNamespaces.xmlns) continue;
    if (/^on/i.test(local)) refuse(`the event handler ${name}="…", which runs code`);
    if (uri === svgNamespaces.xml && local === 'base') refuse('an xml:base attribute, which changes where every address points');
    if (uri !== '' && uri !== svgNamespaces.xlink && uri !== svgNamespaces.xml && !editorNamespaces.has(uri)) {
      refuse(`the attribute ${name} from "${uri}", which is not SVG`);
    }
    if (local === 'href' && (uri === '' || uri === svgNamespaces.xlink)) {
      const problem = svgUrlProblem(value, use);
      if (problem) refuse(`${problem} in ${name}`);
    }
    // Presentation attributes are CSS values too (fill="url(…)", escapes included).
    if (uri === '' && (local === 'style' || value.includes('(') || value.includes('\\'))) {
      const problem = svgCssProblem(value);
      if (problem) refuse(`${problem} in ${name}`);
    }
  }
}

/** 1-based line and column (in UTF-16 code units, as editors count) of `offset` in `text`. */
function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
