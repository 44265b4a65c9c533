/** What kind of reference a URL-valued SVG attribute makes; decides which addresses it may use. */
export type SvgUrlUse = 'link' | 'image' | 'resource';

const scheme = /^([a-z][a-z0-9+.-]*):/i;
/** Embedded raster pictures (Inkscape embeds images this way); never SVG or HTML. */
const rasterData = /^data:image\/(?:png|jpeg|gif|webp|avif)(?:;base64)?,/i;

/**
 * Why `value` (already entity-decoded by the XML parser) may not be used, or undefined when it is
 * safe: a `#fragment`, a relative path, https: for `<a>` links, or an embedded raster picture.
 * Browsers ignore tabs, newlines and leading controls in URLs, so `java&#9;script:` is read the
 * same way here.
 */
export function svgUrlProblem(value: string, use: SvgUrlUse): string | undefined {
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (url === '' || url.startsWith('#')) return undefined;
  const found = scheme.exec(url)?.[1]?.toLowerCase();
  if (found === undefined) {
    if (url.startsWith('/') || url.includes('\\')) return `an address that leaves the course ("${shorten(url)}")`;
    return undefined;
  }
  if (found === 'https' && use === 'link') return undefined;
  if (found === 'data' && use === 'image' && rasterData.test(url)) return undefined;
  if (found === 'javascript' || found === 'vbscript') return `a ${found}: address, which runs code`;
  return `the address "${shorten(url)}", which an SVG may not load (only #fragments, relative paths and https: links)`;
}

/** Every `url(…)` target in a CSS value (style attribute, style element, fill="url(#g)"). */
export function cssUrls(css: string): string[] {
  // indexOf, not a regex: an attacker's 1 MB of "url(url(url(" must not make the check quadratic.
  const lower = css.toLowerCase();
  const urls: string[] = [];
  for (let at = lower.indexOf('url('); at !== -1; at = lower.indexOf('url(', at)) {
    const close = lower.indexOf(')', at + 4);
    // An unclosed url( runs to the end of the text in CSS: check all of it.
    const end = close === -1 ? css.length : close;
    urls.push(css.slice(at + 4, end).trim().replace(/^(["'])(.*)\1$/s, '$2'));
    at = end;
  }
  return urls;
}

/**
 * Why a CSS text may not be used: `@import` loads other files, and a backslash escape can spell
 * `url(` or a scheme in a way the check above would not see (`u\72l(`, `java\73 cript:`).
 */
export function svgCssProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return 'a CSS @import, which loads another file';
  if (css.includes('\\')) return 'a backslash escape in CSS, which can hide an address';
  for (const url of cssUrls(css)) {
    const problem = svgUrlProblem(url, 'resource');
    if (problem) return problem;
  }
  return undefined;
}

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}...` : url;
}
