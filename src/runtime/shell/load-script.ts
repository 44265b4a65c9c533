/**
 * Runs the classic script at `src` (from the package: it plays from `file://` and under the page's
 * `script-src 'self'`). True once it ran; false when it could not be loaded, its element removed so
 * that asking again requests it again.
 */
export function loadScript(doc: Document, src: string): Promise<boolean> {
  const script = doc.createElement('script');
  script.src = src;
  return loadIntoHead(doc, script);
}

/** Adds `element` (a script or a stylesheet link) to the page's head: true once it has loaded, false when it could not (it is removed). */
export function loadIntoHead(doc: Document, element: HTMLScriptElement | HTMLLinkElement): Promise<boolean> {
  return new Promise((resolve) => {
    element.onload = () => resolve(true);
    element.onerror = () => {
      element.remove();
      resolve(false);
    };
    doc.head.append(element);
  });
}
