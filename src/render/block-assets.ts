import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Course } from '../model/course.js';
import type { RuntimeData } from '../model/runtime-data.js';
import type { SiteFile } from '../model/site.js';

/** What a course's block kinds add to its site: see `blockAssets`. */
export interface BlockAssets {
  /** The code of the kinds beyond the first lesson's, `assets/blocks/<kind>.js`, loaded when a lesson needs it. */
  files: SiteFile[];
  /** The code of the first lesson's kinds, appended to the runtime bundle (`Site.scriptTail`); '' when none. */
  scriptTail: string;
  /** The styles of the kinds the course shows, appended to the stylesheet, so no block is ever shown unstyled. */
  styles: string;
}

/** Where the runtime finds a block kind's code: beside the runtime script (src/runtime/shell/block-loader.ts). */
const blockScript = (kind: string): string => `assets/blocks/${kind}.js`;

/**
 * The browser code and styles of the block kinds a course uses, from the built runtime's `blocks/`
 * (scripts/build-tool.mjs): the first screen gets its lesson's code with the runtime script, and the
 * package holds the code of no kind the course does not use. Throws when the runtime is not built.
 */
export function blockAssets(course: Course, data: RuntimeData, runtimeDir: string): BlockAssets {
  const kinds = (lesson?: number): string[] =>
    [...new Set(data.blocks.filter((block) => lesson === undefined || block.lesson === lesson).map((block) => block.kind))].sort();
  const code = (kind: string): string => readBuilt(join(runtimeDir, 'blocks', `${kind}.js`));
  const first = kinds(0);
  const shown = [...new Set(course.lessons.flatMap((lesson) => lesson.blocks.map((block) => block.kind)))].sort();
  // Kinds without code (content notes) have their styles in coursewright.css already.
  const styles = shown.map((kind) => join(runtimeDir, 'blocks', `${kind}.css`)).filter((file) => existsSync(file)).map(readBuilt);
  return {
    files: kinds().filter((kind) => !first.includes(kind)).map((kind) => ({ path: blockScript(kind), content: code(kind) })),
    scriptTail: first.map(code).join(''),
    styles: styles.join(''),
  };
}

function readBuilt(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`The browser runtime is not built (blocks/${posix.basename(file)} missing): run "npm run build".`);
  }
}
