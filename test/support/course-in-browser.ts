/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TargetName } from '../../src/model/site.js';
import { launchBrowser, newContext } from './browser.js';
import { buildUnpackedPackage, type UnpackedPackage } from './course-package.js';
import { startStaticServer, type StaticServer } from './static-server.js';

/** What a browser test file gets from `useCourseInBrowser`. Valid inside tests, after `beforeAll`. */
export interface CourseInBrowser {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly pkg: UnpackedPackage;
  /** URL of the package's launch page. */
  launchUrl(): string;
  /** A page in a fresh context (own storage); errors, warnings and failed loads fail the test. */
  newPage(viewport?: { width: number; height: number }, options?: { javaScriptEnabled?: boolean }): Promise<Page>;
}

/** Options of `useCourseInBrowser`. */
export interface CourseInBrowserOptions {
  /**
   * Console warnings the tests of this file cause on purpose (an LMS made to fail makes the course
   * log each refusal). Only warnings matching this pattern pass; errors never do.
   */
  allowWarnings?: RegExp;
  /**
   * Failed responses the tests of this file expect (an LRS answering 404 for a learner with no saved
   * state yet, or made to fail). Any other response of 400 or more fails the test.
   */
  allowResponse?: (status: number, url: string) => boolean;
  /** The package to build; default SCORM 1.2. */
  target?: TargetName;
  /** Of a course in several languages, the package in this one; default the first built. */
  language?: string;
}

/**
 * Registers the hooks of a browser test file: compiles `files` into a package (SCORM 1.2 unless
 * `settings.target` says otherwise), unpacks
 * and serves it on 127.0.0.1, starts Chromium, and after each test closes its pages and fails the
 * test on any page error, console error or warning (but those `allowWarnings` matches), or failed
 * request (but those `allowResponse` allows), whether the page showed it or only the server saw it.
 */
export function useCourseInBrowser(files: Record<string, string | Uint8Array>, settings: CourseInBrowserOptions = {}): CourseInBrowser {
  let browser: Browser | undefined;
  let pkg: UnpackedPackage | undefined;
  let server: StaticServer | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useCourseInBrowser: used before beforeAll ran');
    return value;
  };

  beforeAll(async () => {
    [browser, pkg] = await Promise.all([launchBrowser(), buildUnpackedPackage(files, settings.target, settings.language)]);
    server = await startStaticServer(pkg.dir);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    // What the server could not serve, though no page event showed it (a browser's own favicon request).
    for (const url of server?.notFound.splice(0) ?? []) if (!settings.allowResponse?.(404, url)) problems.push(`404 ${url} (seen by the server)`);
    expect(problems.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await pkg?.remove();
  });

  return {
    get browser() { return ready(browser); },
    get server() { return ready(server); },
    get pkg() { return ready(pkg); },
    launchUrl: () => ready(server).url('index.html'),
    async newPage(viewport, options = {}) {
      const context = options.javaScriptEnabled === false
        ? await ready(browser).newContext({ javaScriptEnabled: false, ...(viewport ? { viewport } : {}) })
        : await newContext(ready(browser), viewport);
      contexts.push(context);
      const page = await context.newPage();
      watchForProblems(page, problems, settings);
      return page;
    },
  };
}

/** Collects what should never happen on a course page, but for the warnings and responses `expected` allows. */
export function watchForProblems(page: Page, problems: string[], expected: Pick<CourseInBrowserOptions, 'allowWarnings' | 'allowResponse'> = {}): void {
  const { allowWarnings, allowResponse } = expected;
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    // Failed loads are reported below with their URL.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'warning' && allowWarnings?.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() < 400 || allowResponse?.(response.status(), response.url())) return;
    problems.push(`${response.status()} ${response.url()}`);
  });
}

/** Ids of the lesson sections the learner can see. */
export function visibleLessons(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.cw-lesson')).filter((section) => !section.hidden).map((section) => section.id));
}

/** The state each lesson of the outline menu shows in `frame` (`complete`, `visited`, `new`), in order. */
export function lessonStates(frame: Frame): Promise<(string | null)[]> {
  return frame.locator('#cw-menu [data-state]').evaluateAll((links) => links.map((link) => link.getAttribute('data-state')));
}

/** Id of the focused element in `frame`. */
export function focusedId(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.activeElement?.id ?? '');
}

/** Each menu link's mark: `new`, `visited` or `complete`. */
export function menuMarks(frame: Frame): Promise<(string | null)[]> {
  return frame.evaluate(() => Array.from(document.querySelectorAll('.cw-menu-link')).map((link) => link.getAttribute('data-state')));
}
