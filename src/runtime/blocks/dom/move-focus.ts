/**
 * Move keyboard and screen-reader focus to an element that is not normally focusable (a heading
 * or a result), and bring it into view, smoothly only when the learner accepts motion.
 */
export function moveFocus(element: HTMLElement, reducedMotion: boolean): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  if (typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
  }
}
