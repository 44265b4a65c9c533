/// <reference lib="dom" />
// The init scripts run in the browser and use DOM types.
import type { Page } from 'playwright-core';

/**
 * Makes `page` a browser that keeps nothing on the device, from its first script on: `how` is
 * `writes` (every write to localStorage and sessionStorage throws, as a full or capped storage
 * does) or `all` (reading `localStorage` itself throws, as where a policy blocks site data, or in
 * a frame from another domain whose data the browser blocks). A stand-in: Chromium refuses storage
 * so only under policies or flags a test cannot set per page; this throws what it would.
 */
export async function refuseDeviceStorage(page: Page, how: 'writes' | 'all' = 'writes'): Promise<void> {
  await page.addInitScript((mode) => {
    if (mode === 'all') {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    } else {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    }
  }, how);
}
