import { loadIntoHead } from './load-script.js';

/**
 * Adds the stylesheet at `href` (from the package: under the page's `style-src 'self'`). True once
 * it is in; false when it could not be loaded, its element removed so that asking again requests
 * it again.
 */
export function loadStylesheet(doc: Document, href: string): Promise<boolean> {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return loadIntoHead(doc, link);
}
