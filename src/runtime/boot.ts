/**
 * Starts the browser runtime on a page: reads the course data the renderer embedded and starts
 * the course with the target's way of finding its learning system. Each target's entry
 * (src/runtime/targets/<target>.ts) calls this once; without data the page stays as rendered.
 * The blocks' code is not in this script, nor the lessons after the first: they are loaded from
 * beside it (blocks/<kind>.js, lessons/<n>.js, a long course's lessons/outline.js) as the learner
 * needs them, and so is the code a target defers (features/<name>.js, `StartOptions.prefetch`).
 */
import { createBlockLoader } from './shell/block-loader.js';
import { createDeferredCode } from './shell/deferred-code.js';
import type { ReadingAidsCode } from './shell/reading-aids.js';
import { featureName as readingAidsName } from 'feature-name:reading-aids';
import { coreScriptUrl } from './shell/core-script-url.js';
import { createLessonLoader } from './shell/lesson-loader.js';
import { createOutlineLoader } from './shell/outline-loader.js';
import { loadScript } from './shell/load-script.js';
import { noStorageScriptName } from '../model/page-globals.js';
import { readRuntimeData } from './shell/read-runtime-data.js';
import { startCourse, type StartOptions } from './shell/start-course.js';
import type { FindAdapter } from './tracking/connect-tracker.js';

export function boot(findAdapter: FindAdapter, options: StartOptions = {}): void {
  // Known only while this script first runs: where the block chunks and lessons are (assets/blocks/, assets/lessons/).
  const base = coreScriptUrl(document);
  const start = (): void => {
    const data = readRuntimeData(document);
    if (!data) {
      // Show every lesson, so the learner can still read the course without the player.
      document.querySelectorAll<HTMLElement>('.cw-lesson[hidden]').forEach((section) => (section.hidden = false));
      console.error('coursewright: the course data (#cw-data) is missing or damaged; showing the lessons without the player.');
      return;
    }
    document.documentElement.classList.add('cw-js');
    const loaders = { blocks: createBlockLoader(document, base), lessons: createLessonLoader(document, base), outline: createOutlineLoader(document, base, data), aids: createDeferredCode<ReadingAidsCode>(document, base, readingAidsName), noStorage: () => loadScript(document, new URL(noStorageScriptName, base).href) };
    startCourse(window, data, loaders, findAdapter, options).catch((error: unknown) => {
      console.error('coursewright: the course player could not start.', error);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
