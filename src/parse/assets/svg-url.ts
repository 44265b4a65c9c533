import { isTokenAtKeyword, isTokenBadURL, isTokenCloseParen, isTokenFunction, isTokenOpenParen, isTokenString, isTokenURL, tokenize } from '@csstools/css-tokenizer';

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

/**
 * Why a CSS text (a `<style>` element, a style or presentation attribute) may not be used, read
 * by a CSS tokenizer as browsers read it (comments, strings, escapes): `@import` loads another
 * file; every address must pass `svgUrlProblem`: each `url(…)`, and each string inside a function
 * or parentheses, where CSS takes strings as addresses (`image-set("…")`, `-webkit-image-set`,
 * `cross-fade`, `url("…")`); a `url(` that CSS cannot read is refused too. A backslash escape is
 * refused outright: drawings do not need one, and it is how `url(` or a scheme hides from a
 * reader that is not a CSS tokenizer.
 */
export function svgCssProblem(css: string): string | undefined {
  if (css.includes('\\')) return 'a backslash escape in CSS, which can hide an address';
  let depth = 0;
  for (const token of tokenize({ css })) {
    let address: string | undefined;
    if (isTokenAtKeyword(token) && token[4].value.toLowerCase() === 'import') return 'a CSS @import, which loads another file';
    // Browsers drop it; refused all the same, by what it names when that is the problem.
    if (isTokenBadURL(token)) return svgUrlProblem(token[1].slice(4).replace(/\)$/, '').trim(), 'resource') ?? 'a url(…) that CSS cannot read';
    if (isTokenFunction(token) || isTokenOpenParen(token)) depth++;
    else if (isTokenCloseParen(token)) depth = Math.max(0, depth - 1);
    else if (isTokenURL(token)) address = token[4].value;
    else if (isTokenString(token) && depth > 0) address = token[4].value;
    const problem = address === undefined ? undefined : svgUrlProblem(address, 'resource');
    if (problem) return problem;
  }
  return undefined;
}

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}...` : url;
}
