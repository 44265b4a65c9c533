/// <reference lib="dom" />
// The init script runs in the browser, in every frame of the page.
import type { Frame, Page } from 'playwright-core';

interface ViolationWindow {
  cwCspViolations?: string[];
}

/**
 * Record every Content-Security-Policy violation in every frame of `page` from now on. Browsers
 * also log them to the console, which `watchForProblems` fails on; this gives a test the list
 * itself, so it can say that a course played through under its policy with none.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = ((window as ViolationWindow).cwCspViolations = [] as string[]);
    document.addEventListener('securitypolicyviolation', (event) => record.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
}

/** Violations recorded in `frame` since it loaded, e.g. `["script-src inline"]`. */
export function cspViolations(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as ViolationWindow).cwCspViolations ?? ['recordCspViolations was not called']);
}

/** The policy the page's `<meta http-equiv="Content-Security-Policy">` sets, or '' if none. */
export function pagePolicy(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
}
