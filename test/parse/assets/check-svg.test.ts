import { describe, expect, it } from 'vitest';
import { readSvg } from '../../../src/parse/assets/check-svg.js';

const svg = (body: string, attributes = ''): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>\n${body}\n</svg>`;

describe('readSvg refuses what a regex missed (issue: fuzzing and review)', () => {
  it.each([
    ['namespace-prefixed script', svg('  <s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'), /<script>/, 2, 3],
    ['entity-encoded javascript: link', svg('<a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a>'), /javascript: address/, 2, 1],
    ['javascript: link with a tab inside', svg('<a xlink:href="java&#9;script:alert(1)"><text>x</text></a>'), /javascript: address/, 2, 1],
    ['DTD entity that expands to a script', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>\n${svg('&x;')}`, /DOCTYPE/, 2, 1],
    ['<set> that rewrites href to javascript:', svg('<a href="#a"><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'), /animation <set>/, 2, 14],
    ['<animate> on a prefixed xlink:href', svg('<a><animate attributeName="xl:href" values="javascript:alert(1)"/></a>'), /animation <animate>/, 2, 4],
    ['<set> that adds an event handler', svg('<rect><set attributeName="onclick" to="alert(1)"/></rect>'), /animation <set>/, 2, 7],
    ['iframe srcdoc in a prefixed foreignObject', svg('<x:foreignObject xmlns:x="http://www.w3.org/2000/svg"><iframe xmlns="http://www.w3.org/1999/xhtml" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"/></x:foreignObject>'), /foreignObject/, 2, 1],
    ['xml-stylesheet instruction (XSLT disguised as .svg)', `<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="#x"?>\n${svg('')}`, /xml-stylesheet/, 2, 1],
    ['event handler attribute', svg('', ' onload="alert(1)"'), /event handler onload/, 1, 1],
    ['upper-case event handler', svg('<rect ONCLICK="alert(1)"/>'), /event handler/, 2, 1],
    ['HTML script by namespace URI', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), /<script>/, 2, 1],
    ['element from an unknown namespace', svg('<m:math xmlns:m="http://www.w3.org/1998/Math/MathML"/>'), /not SVG/, 2, 1],
    ['xml:base that turns relative links into javascript:', svg('<a xml:base="javascript:alert(1)//" href="x"><text>x</text></a>'), /xml:base/, 2, 1],
    ['url(javascript:) in a style attribute', svg('<rect style="fill:url(javascript:alert(1))"/>'), /javascript: address/, 2, 1],
    ['CSS @import in a style element', svg('<style>@import "https://evil.example/x.css";</style>'), /@import/, 2, 45],
    ['CSS escape that hides url(', svg('<style><![CDATA[rect { fill: u\\72l(javascript:alert(1)) }]]></style>'), /backslash/, 2, 61],
    ['CSS image-set() string loading from another site', svg('<style>svg { background-image: image-set("https://tracker.example/a.png" 1x) }</style>'), /may not load/, 2, 79],
    ['-webkit-image-set() string in a style attribute', svg('<circle style="background: -webkit-image-set(\'https://tracker.example/b.png\' 1x)"/>'), /may not load/, 2, 1],
    ['cross-fade() string in a presentation attribute', svg('<rect fill="cross-fade(\'//tracker.example/c.png\' 50%)"/>'), /leaves the course/, 2, 1],
    ['escape in a presentation attribute that spells url(', svg('<rect fill="u\\72l(https://tracker.example/d.png)"/>'), /backslash/, 2, 1],
    ['image loaded from another site', svg('<image href="https://tracker.example/pixel.png"/>'), /may not load/, 2, 1],
    ['data: HTML in a link', svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'), /may not load/, 2, 1],
    ['protocol-relative address', svg('<use href="//evil.example/x.svg#a"/>'), /leaves the course/, 2, 1],
    ['undefined entity', svg('<text>&nbsp;</text>'), /not well-formed/, 2, 13],
    ['unbound prefix', svg('<s:script>alert(1)</s:script>'), /not well-formed/, 2, 11],
    ['no SVG namespace at all', '<svg><script>alert(1)</script></svg>', /outside the SVG namespace/, 1, 1],
  ])('%s', (_name, text, reason, line, column) => {
    const problem = readSvg(text).problem;
    expect(problem?.reason).toMatch(reason);
    expect(problem?.at).toEqual({ line, column });
  });
});

describe('readSvg accepts plain drawings', () => {
  it.each([
    ['shapes, gradients, fragments', svg('<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><rect fill="url(#g)" style="stroke: url(\'#g\')" width="1" height="1"/><use xlink:href="#g"/>')],
    ['https link and embedded raster picture', svg('<a href="https://example.org/policy"><text>Policy</text></a><image href="data:image/png;base64,iVBORw0KGgo="/>')],
    ['Inkscape metadata and a DOCTYPE naming the SVG DTD', `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg(
      '<sodipodi:namedview inkscape:zoom="1"/><metadata><rdf:RDF><cc:Work rdf:about=""><dc:title>Ward</dc:title></cc:Work></rdf:RDF></metadata><!-- a comment --><style>.a { fill: #fff }</style>',
      ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" inkscape:version="1.3"',
    )}`],
    ['font names and generated text in CSS strings, and a url( in a comment', svg('<style>/* url(https://example.org/x.png) */ text { font-family: "Open Sans", sans-serif } .n::after { content: "Note: 1" }</style><text transform="rotate(45)">x</text>')],
    ['an animation of a colour', svg('<rect><animate attributeName="fill" values="red;blue" dur="2s"/></rect>')],
  ])('%s', (_name, text) => {
    expect(readSvg(text).problem).toBeUndefined();
  });

  it('reads a 1 MB drawing in one linear pass', () => {
    const rects = '<rect x="1" y="2" width="3" height="4" style="fill:url(#g)"/>\n'.repeat(17_000);
    expect(readSvg(svg(rects)).problem).toBeUndefined();
    // Input that makes a backtracking regex quadratic: many url( in one attribute, closed or not.
    expect(readSvg(svg(`<rect style="${'url(#a) '.repeat(120_000)}"/>`)).problem).toBeUndefined();
    expect(readSvg(svg(`<rect style="${'url('.repeat(250_000)}"/>`)).problem?.reason).toBe('a url(…) that CSS cannot read in style');
  });
});

describe('readSvg reads the size a drawing gives itself', () => {
  it('from its root width and height in pixels, with or without px, rounded', () => {
    expect(readSvg(svg('<rect width="1" height="1"/>', ' width="640" height="360" viewBox="0 0 64 36"')).size).toEqual({ width: 640, height: 360 });
    expect(readSvg(svg('', ' width="120.6px" height=" 80 "')).size).toEqual({ width: 121, height: 80 });
  });

  it('none where the drawing fills what it is given (viewBox alone, %, em) or gives only one side', () => {
    expect(readSvg(svg('', ' viewBox="0 0 64 36"')).size).toBeUndefined();
    expect(readSvg(svg('', ' width="100%" height="100%"')).size).toBeUndefined();
    expect(readSvg(svg('', ' width="20em" height="10em"')).size).toBeUndefined();
    expect(readSvg(svg('', ' width="640"')).size).toBeUndefined();
    expect(readSvg(svg('', ' width="0" height="0"')).size).toBeUndefined();
    // A nested <svg>'s size is its own, not the drawing's.
    expect(readSvg(svg('<svg width="10" height="10"/>')).size).toBeUndefined();
  });
});
