/**
 * Runs the classic script at `src` (from the package: it plays from `file://` and under the page's
 * `script-src 'self'`). True once it ran; false when it could not be loaded, its element removed so
 * that asking again requests it again.
 */
export function loadScript(doc: Document, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => {
      script.remove();
      resolve(false);
    };
    doc.head.append(script);
  });
}
