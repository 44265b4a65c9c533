/**
 * The URL of the running core script (`assets/coursewright.js`), beside which the block chunks,
 * lesson scripts and feature scripts are. Known only while that script first runs
 * (`document.currentScript`): call it at the top level of an entry.
 */
export function coreScriptUrl(doc: Document): string {
  const current = doc.currentScript;
  return current instanceof HTMLScriptElement && current.src ? current.src : new URL('assets/coursewright.js', doc.baseURI).href;
}
