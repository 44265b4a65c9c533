// Where a package's lessons are: the first in index.html, each other one in its own script
// (assets/lessons/<n>.js). Tests read them from a rendered site, a folder or a page in a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from 'playwright-core';
import { readEmbeddedRuntimeData, readPageData } from '../../src/inspect/read-coursewright-data.js';
import { blockScriptPath } from '../../src/render/block-assets.js';
import type { RuntimeData } from '../../src/model/runtime-data.js';
import { siteFileContent, type Site } from '../../src/model/site.js';
import { lessonScriptPath, readLessonScript } from '../../src/render/lesson-scripts.js';

/** Reads a package file by its path in the package; undefined when there is none. */
export type ReadText = (path: string) => string | undefined;

/** The text of a rendered site's file (before packaging). */
export const siteText = (site: Site): ReadText => (path) => {
  const file = site.files.find((f) => f.path === path);
  const content = file && siteFileContent(file);
  return content === undefined ? undefined : String(content);
};

/** The text of a file of an unpacked package folder. */
export const folderText = (folder: string): ReadText => (path) => readFileOrNothing(join(folder, path));

function readFileOrNothing(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The whole runtime data of a package (every block in full, from index.html and the lesson scripts). */
export function packageData(read: ReadText): RuntimeData {
  const data = readEmbeddedRuntimeData(read('index.html') ?? '', read);
  if (!data) throw new Error('no coursewright data in this package (index.html and assets/lessons/)');
  return data;
}

/** The HTML of lesson `index` (0-based) as the package holds it: its section in index.html, or its script's content. */
export function lessonHtml(read: ReadText, index: number): string {
  const script = read(lessonScriptPath(index));
  if (script !== undefined) {
    const lesson = readLessonScript(script);
    if (lesson?.index !== index) throw new Error(`${lessonScriptPath(index)} is not the script of lesson ${index + 1}`);
    return lesson.content.html;
  }
  const page = read('index.html') ?? '';
  const section = new RegExp(`<section class="cw-lesson" data-lesson="${index}"[\\s\\S]*?</section>`).exec(page)?.[0];
  if (section === undefined) throw new Error(`lesson ${index + 1} is neither in index.html nor in ${lessonScriptPath(index)}`);
  return section;
}

/** Every lesson's HTML, in course order, joined: what index.html held when it held every lesson. */
export function allLessonsHtml(read: ReadText): string {
  const data = packageData(read);
  return data.lessons.map((_lesson, index) => lessonHtml(read, index)).join('\n');
}

/**
 * The whole runtime data of the course page in `frame`, read without touching the page: its
 * embedded data, with the lesson scripts and the block kinds' files beside it (which carry those
 * kinds' player strings) read from disk (`file:`) or the server.
 */
export async function frameRuntimeData(frame: Frame): Promise<RuntimeData> {
  const html = await frame.evaluate(() => `<script type="application/json" id="cw-data">${document.getElementById('cw-data')?.textContent ?? ''}</script>`);
  const page = readPageData(html);
  const paths = [...(page?.lessons ?? []).map((_lesson, index) => lessonScriptPath(index)), ...new Set((page?.blocks ?? []).map((block) => blockScriptPath(block.kind)))];
  const texts = new Map<string, string>();
  for (const path of paths) {
    const url = new URL(path, frame.url());
    const text = url.protocol === 'file:' ? readFileOrNothing(fileURLToPath(url)) : await fetch(url).then((response) => (response.ok ? response.text() : undefined), () => undefined);
    if (text !== undefined) texts.set(path, text);
  }
  const data = readEmbeddedRuntimeData(html, (path) => texts.get(path));
  if (!data) throw new Error(`no coursewright data in ${frame.url()}`);
  return data;
}
