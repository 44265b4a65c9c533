/** Namespace URIs an SVG may use; elements and attributes are matched by URI, never by prefix. */
export const svgNamespaces = {
  svg: 'http://www.w3.org/2000/svg',
  xlink: 'http://www.w3.org/1999/xlink',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

/**
 * Namespaces drawing tools write for their own metadata (Inkscape, Sodipodi, RDF licence blocks).
 * Browsers treat their elements as inert XML: they render nothing and run nothing.
 */
export const editorNamespaces = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://creativecommons.org/ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
]);

/**
 * SVG elements that draw, group, paint or describe: everything a static picture needs. Left out on
 * purpose: script, foreignObject (embeds HTML, iframes), handler/listener, and anything unknown.
 */
export const svgElements = new Set([
  'svg', 'g', 'defs', 'desc', 'title', 'metadata', 'symbol', 'use', 'switch', 'view', 'a', 'image', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  'animate', 'animateMotion', 'animateTransform', 'animateColor', 'set', 'mpath',
]);

/** Elements that change another attribute over time: `<set attributeName="href" to="javascript:…">`. */
export const animationElements = new Set(['animate', 'animateMotion', 'animateTransform', 'animateColor', 'set']);

/** Why a known-dangerous element is refused, in words an author understands. */
export const refusedElementReasons: Record<string, string> = {
  script: 'a <script> element, which runs code',
  foreignObject: 'a <foreignObject> element, which can embed web pages and scripts',
  handler: 'a <handler> element, which runs code',
  listener: 'a <listener> element, which runs code',
  iframe: 'an <iframe> element, which embeds a web page',
};
