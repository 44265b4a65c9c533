/// <reference lib="dom" />
// Callbacks passed to evaluate run in the browser and use DOM types.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Load axe-core (the real package, from node_modules) into a page or frame. Evaluated through the
 * DevTools protocol rather than added as a script tag: the course page's Content-Security-Policy
 * (rightly) refuses inline scripts, and the audit must see the page exactly as learners get it.
 */
export async function injectAxe(target: Page | Frame): Promise<void> {
  axeSource ??= readFileSync(axePath, 'utf8');
  await target.evaluate(axeSource);
}

let axeSource: string | undefined;

/** WCAG 2.0/2.1 A and AA violations axe-core finds in the document, as rule id and targets. */
export function auditWcag(target: Page | Frame): Promise<{ id: string; nodes: string[] }[]> {
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Whether the page fits its width without sideways scrolling, and which visible block buttons are
 * smaller than a 44 × 44 px touch target.
 */
export function auditLayout(target: Page | Frame): Promise<{ fits: boolean; small: string[] }> {
  return target.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const small = Array.from(document.querySelectorAll<HTMLElement>('.cw-lesson:not([hidden]) .cw-block button, .cw-lesson:not([hidden]) .cw-block summary'))
      .filter((el) => el.offsetParent !== null)
      .filter((el) => el.getBoundingClientRect().width < 44 || el.getBoundingClientRect().height < 44)
      .map((el) => el.textContent ?? '');
    return { fits: root.scrollWidth <= root.clientWidth, small };
  });
}
