import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; scripts/check-test-deps.mjs says how to install it when missing. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags for headless Chromium in CI containers, without network side traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium with a fresh temporary profile. Close it in `afterAll`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * A new isolated context (own storage, so device storage never leaks between tests) with a
 * given viewport; 1280×800 by default.
 */
export function newContext(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return browser.newContext({ viewport, reducedMotion: 'reduce' });
}
