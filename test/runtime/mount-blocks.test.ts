/// <reference lib="dom" />
// Runs the shell's block mounting in Chromium, where it runs for learners.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A page script: mountBlocks with one kind that mounts and one that throws halfway. */
const harness = `
import { mountBlocks } from './src/runtime/shell/mount-blocks.ts';
const blocks = [
  { kind: 'check', id: 'q-broken', lesson: 0 },
  { kind: 'acknowledgement', id: 'ack-ok', lesson: 0 },
];
const mounters = {
  check: (element) => { element.innerHTML = '<p>half-built</p>'; throw new Error('broken block'); },
  acknowledgement: (element, block, host) => { element.textContent = 'mounted ' + block.id + ' ' + host.t('x'); },
};
window.failed = mountBlocks(document, blocks, mounters, () => ({ t: (key) => key }));
`;

let browser: Browser;
let script: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: harness, resolveDir: join(here, '..', '..'), loader: 'ts', sourcefile: 'harness.ts' },
    bundle: true, format: 'iife', target: 'es2019', write: false, logLevel: 'silent',
  });
  script = result.outputFiles[0]?.text ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('mountBlocks', () => {
  it('keeps the static fallback of a block that fails, and mounts the others', async () => {
    const page = await browser.newPage();
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.setContent(`
      <div data-cw-block="q-broken" data-cw-kind="check"><p>Static question</p></div>
      <div data-cw-block="ack-ok" data-cw-kind="acknowledgement"><p>Static statement</p></div>
      <div data-cw-block="unknown-id"><p>Left alone</p></div>`);
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(() => ({
      failed: (window as unknown as { failed: string[] }).failed,
      html: Array.from(document.querySelectorAll('[data-cw-block]')).map((element) => [element.innerHTML.trim(), element.hasAttribute('data-cw-mounted')]),
    }));
    expect(result.failed).toEqual(['q-broken']);
    expect(result.html).toEqual([
      ['<p>Static question</p>', false],
      ['mounted ack-ok x', true],
      ['<p>Left alone</p>', false],
    ]);
    expect(logged.join('\n')).toContain('block "q-broken" (check) could not start');
    await page.close();
  });
});
