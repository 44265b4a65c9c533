import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Block } from '../model/blocks.js';
import type { Course } from '../model/course.js';
import type { Site, SiteFile } from '../model/site.js';
import { blockStrings } from '../model/strings/block-strings.js';
import { shellStrings } from '../model/strings/shell-strings.js';
import { buildRuntimeData } from './build-runtime-data.js';
import { contentSecurityPolicy, noscriptCss } from './content-security-policy.js';
import { packageRoot } from './package-root.js';
import { scriptJson } from './script-json.js';
import { loadTemplates, type Templates } from './templates.js';

/** Where the renderer finds its templates and the built browser runtime's stylesheet. */
export interface RenderOptions {
  /** Default: coursewright's templates/. */
  templatesDir?: string;
  /** Folder holding coursewright.css; default: coursewright's build/runtime/. */
  runtimeDir?: string;
}

const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug']);
/** Media that is compressed already: stored in the zip as is. */
const compressed = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.mp4', '.webm', '.mp3', '.m4a', '.ogg', '.oga', '.pdf']);

const script = 'assets/coursewright.js';
const stylesheet = 'assets/coursewright.css';

let cachedTemplates: { dir: string; templates: Templates } | undefined;

/**
 * Turn the course model into the files of a web site: one page, the stylesheet, the media. One
 * site serves every target: the page loads the runtime from `site.script`, and the package stage
 * puts each target's own runtime bundle there.
 */
export function renderCourse(course: Course, options: RenderOptions = {}): Site {
  const root = packageRoot();
  const templatesDir = options.templatesDir ?? join(root, 'templates');
  const runtimeDir = options.runtimeDir ?? join(root, 'build', 'runtime');
  if (cachedTemplates?.dir !== templatesDir) cachedTemplates = { dir: templatesDir, templates: loadTemplates(templatesDir) };
  const templates = cachedTemplates.templates;
  const strings = { ...shellStrings, ...blockStrings };
  const data = buildRuntimeData(course, strings);
  const lessons = course.lessons.map((lesson, index) => ({
    index,
    number: index + 1,
    id: lesson.id,
    title: lesson.title,
    minutes: lesson.minutes,
    html: lesson.blocks
      .map((block) => (block.kind === 'markdown' ? block.html : templates.block(block.kind, blockContext(block, strings, course))))
      .join('\n'),
  }));
  const language = course.language.split('-')[0] ?? 'en';
  const page = templates.page({
    lang: course.language,
    dir: rtlLanguages.has(language) ? 'rtl' : 'ltr',
    courseTitle: course.title,
    description: course.description,
    lessons,
    dataJson: scriptJson(data),
    script,
    stylesheet,
    strings,
    csp: contentSecurityPolicy,
    noscriptCss,
  });
  const files: SiteFile[] = [
    { path: 'index.html', content: page },
    { path: stylesheet, content: readRuntime(join(runtimeDir, 'coursewright.css')) },
    ...course.assets
      .filter((path) => !path.endsWith('.md')) // transcripts are rendered into the page
      .map((path) => ({ path, source: path, store: compressed.has(posix.extname(path).toLowerCase()) })),
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { launch: 'index.html', script, files };
}

function readRuntime(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`The browser runtime is not built (${posix.basename(file)} missing): run "npm run build".`);
  }
}

/** What a block template gets: the block, the player strings, and what templates cannot compute. */
function blockContext(block: Exclude<Block, { kind: 'markdown' }>, strings: Record<string, string>, course: Course): object {
  return {
    ...block,
    strings,
    support: course.support,
    ...(block.kind === 'check' ? { inputType: block.type === 'multiple' ? 'checkbox' : 'radio' } : {}),
  };
}
