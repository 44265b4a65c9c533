import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { packPageData, splitLaterOutline } from '../model/block-outline.js';
import type { Block } from '../model/blocks.js';
import type { Course } from '../model/course.js';
import type { Site, SiteFile } from '../model/site.js';
import { noStorageStrings, runtimeStrings, courseStrings, stringsForTarget } from '../model/strings/player-strings.js';
import { noStorageScriptName } from '../model/page-globals.js';
import { blockStringsScript } from './block-strings-script.js';
import { blockAssets } from './block-assets.js';
import { buildRuntimeData, supportWithLinks } from './build-runtime-data.js';
import { contentSecurityPolicy, noscriptCss } from './content-security-policy.js';
import { packageRoot } from './package-root.js';
import { scriptJson } from './script-json.js';
import { laterOutlinePath, laterOutlineScript, lessonScript, lessonScriptPath, splitLessons } from './lesson-scripts.js';
import { loadTemplates, type Templates } from './templates.js';

/** Where the renderer finds its templates and the built browser runtime's stylesheet. */
export interface RenderOptions {
  /** Default: coursewright's templates/. */
  templatesDir?: string;
  /** Folder holding coursewright.css, completion-record.css and the blocks' code and styles (blocks/<kind>.js, .css); default: coursewright's build/runtime/. */
  runtimeDir?: string;
}

const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug']);

const script = 'assets/coursewright.js';
const stylesheet = 'assets/coursewright.css';

let cachedTemplates: { dir: string; templates: Templates } | undefined;

/**
 * Turn the course model into the files of a web site: one page holding the first lesson, a script
 * per other lesson (`assets/lessons/<n>.js`, loaded as the learner goes: the first page costs the
 * same whatever the number of lessons), the stylesheet, the code of each block kind the course
 * uses, the media. One site serves every target (the web target's page carries a few player
 * strings of its own, `Site.standaloneLaunch`): the page loads the runtime
 * from `site.script`, and the package stage puts each target's own runtime bundle there, followed by
 * the code of the block kinds on the first screen (`site.scriptTail`, see `firstScreenKinds`): the
 * first screen needs one script, whatever the course holds. The runtime loads the other kinds' code
 * as the learner nears their blocks, and prefetches it when the page is idle.
 */
export function renderCourse(course: Course, options: RenderOptions = {}): Site {
  const root = packageRoot();
  const templatesDir = options.templatesDir ?? join(root, 'templates');
  const runtimeDir = options.runtimeDir ?? join(root, 'build', 'runtime');
  if (cachedTemplates?.dir !== templatesDir) cachedTemplates = { dir: templatesDir, templates: loadTemplates(templatesDir) };
  const templates = cachedTemplates.templates;
  const strings = courseStrings(course);
  // The templates write most strings into the HTML; the page data carries those the runtime shows.
  const shown = course.lessons.flatMap((lesson) => lesson.blocks.map((block): string => block.kind));
  if (course.completionRecord) shown.push('completionRecord');
  const data = buildRuntimeData(course, runtimeStrings(strings, [...shown, 'tracked', 'standalone'], course.language));
  // A lesson's HTML is made when it is written (the first lesson's now, into the page; each other
  // one's when its script is), so a build holds one lesson's rendered text at a time.
  const partsOf = (index: number): { kind: string; html: string }[] =>
    (course.lessons[index]?.blocks ?? []).map((block) => ({
      kind: block.kind,
      html: block.kind === 'markdown' ? block.html : templates.block(block.kind, blockContext(block, strings, course, index)),
    }));
  const joined = (parts: readonly { html: string }[]): string => parts.map((part) => part.html).join('\n');
  const firstParts = partsOf(0);
  const lessons = course.lessons.map((lesson, index) => ({ index, number: index + 1, id: lesson.id, title: lesson.title, minutes: lesson.minutes }));
  const language = course.language.split('-')[0] ?? 'en';
  const blocks = blockAssets(data, runtimeDir, firstParts);
  // The first lesson is in the page; every other one is a script of its own, loaded when needed.
  // The strings of the kinds whose code is a file of its own travel in that file, not in the page.
  const inPage = (index: number): boolean => index === 0;
  const split = splitLessons({ ...data, strings: blocks.strings }, inPage);
  // A long course's page lists its first lesson only; the outline of the others is a file of its own.
  const outline = splitLaterOutline(packPageData(split.page), 1);
  // The page of the targets a learning system launches, or of the web target: each with the strings its player reads.
  const pageFor = (standalone: boolean): string => templates.page({
    lang: course.language,
    dir: rtlLanguages.has(language) ? 'rtl' : 'ltr',
    courseTitle: course.title,
    description: course.description,
    lessons: lessons.filter((lesson) => inPage(lesson.index)).map((lesson) => ({ ...lesson, html: joined(firstParts) })),
    dataJson: scriptJson({ ...outline.page, strings: stringsForTarget(outline.page.strings, standalone) }),
    script,
    stylesheet,
    noscriptStyles: blocks.noscriptStyles,
    strings,
    csp: contentSecurityPolicy,
    noscriptCss,
  });
  const files: SiteFile[] = [
    { path: 'index.html', content: pageFor(false) },
    { path: stylesheet, content: readRuntime(join(runtimeDir, 'coursewright.css')) + recordStyles(course, runtimeDir) + blocks.styles },
    ...blocks.files,
    ...(outline.later ? [{ path: laterOutlinePath, content: laterOutlineScript(outline.later) }] : []),
    // The words for a browser that keeps nothing on the device, loaded only by such a browser.
    { path: `assets/${noStorageScriptName}`, content: blockStringsScript(noStorageStrings(strings)) },
    ...[...split.lessonBlocks].map(([index, lessonBlocks]) => ({
      path: lessonScriptPath(index),
      make: () => lessonScript(index, { html: joined(partsOf(index)), blocks: lessonBlocks }),
    })),
    ...course.assets
      .filter((path) => !path.endsWith('.md')) // transcripts are rendered into the page
      .map((path) => ({ path, source: path })), // stored or deflated by its extension (package/zip/compression.ts)
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { launch: 'index.html', standaloneLaunch: () => pageFor(true), script, ...(blocks.scriptTail ? { scriptTail: blocks.scriptTail } : {}), files };
}

/** The record of completion's styles, for the courses that offer it (`completionRecord`); '' for the others. */
function recordStyles(course: Course, runtimeDir: string): string {
  return course.completionRecord ? readRuntime(join(runtimeDir, 'completion-record.css')) : '';
}

function readRuntime(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`The browser runtime is not built (${posix.basename(file)} missing): run "npm run build".`);
  }
}

/** What a block template gets: the block, the player strings, and what templates cannot compute. */
function blockContext(block: Exclude<Block, { kind: 'markdown' }>, strings: Record<string, string>, course: Course, lesson: number): object {
  // A content note's skip opens the next lesson through the player's lesson links (`#lesson-<id>`);
  // the last lesson has none to offer (the validator says so: content-note-skip-last-lesson).
  const next = block.kind === 'content-note' && block.skip ? course.lessons[lesson + 1] : undefined;
  return {
    ...block,
    strings,
    support: supportWithLinks(course.support),
    ...(next ? { skipTo: { id: next.id, title: next.title } } : {}),
    ...(block.kind === 'check' ? { inputType: block.type === 'multiple' ? 'checkbox' : 'radio' } : {}),
  };
}
