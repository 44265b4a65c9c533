/** How prominent a notice is: `info` stays discreet, `important` stands out. */
export type NoticeKind = 'info' | 'important';

/**
 * Shows a notice at the top of the page and returns it. Notices with the same `key` replace each
 * other, so a repeated event never stacks up copies.
 */
export function showNotice(container: HTMLElement | null, key: string, text: string, kind: NoticeKind = 'info'): HTMLElement | undefined {
  if (!container) return undefined;
  const doc = container.ownerDocument;
  let notice = container.querySelector<HTMLElement>(`[data-cw-notice="${key}"]`);
  if (!notice) {
    notice = doc.createElement('p');
    notice.setAttribute('data-cw-notice', key);
    container.appendChild(notice);
  }
  notice.className = `cw-notice cw-notice-${kind}`;
  notice.textContent = text;
  return notice;
}
