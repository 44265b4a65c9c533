import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { RuntimeData } from '../model/runtime-data.js';
import type { SiteFile } from '../model/site.js';
import { blockKindStrings } from '../model/strings/player-strings.js';
import { blockStringsScript } from './block-strings-script.js';

/** What a course's block kinds add to its site: see `blockAssets`. */
export interface BlockAssets {
  /**
   * The code and styles of the other kinds, `assets/blocks/<kind>.js` and `.css`, loaded together
   * before a block of the kind is shown working (its block stays hidden until then). Each script
   * ends with the kind's player strings as the course words them (`blockStringsScript`).
   */
  files: SiteFile[];
  /**
   * The player strings the page data carries: those of `data.strings` but the kinds' in `files`,
   * which travel with their code, so the first page holds no string only a block further on reads.
   */
  strings: Record<string, string>;
  /** The code of the kinds on the first screen, appended to the runtime bundle (`Site.scriptTail`); '' when none. */
  scriptTail: string;
  /** The styles of the kinds on the first screen, appended to the stylesheet. */
  styles: string;
  /**
   * The stylesheets (`files`) of the first lesson's kinds below its first screen: the page links
   * them in `<noscript>`, so that without JavaScript its blocks are styled too.
   */
  noscriptStyles: string[];
}

/** Where the runtime finds a block kind's code and styles: beside the runtime script (src/runtime/shell/block-loader.ts). */
export const blockScriptPath = (kind: string): string => `assets/blocks/${kind}.js`;
const blockStyles = (kind: string): string => `assets/blocks/${kind}.css`;

/**
 * How much of the first lesson's HTML counts as its first screen: about 300 words, a laptop's
 * screen and more (a phone's is less, so a block counted in may be below it: that costs bytes,
 * never a request). A block further down has its code loaded as the learner scrolls near it, or
 * when the page is idle (src/runtime/shell/block-mounting.ts), so the first screen does not wait
 * for code no click on it needs.
 */
export const firstScreenChars = 2000;

/**
 * The kinds of the blocks that start within the first `firstScreenChars` characters of a lesson's
 * HTML; `parts` are the lesson's blocks in order, with their rendered HTML.
 */
export function firstScreenKinds(parts: readonly { kind: string; html: string }[]): string[] {
  const kinds = new Set<string>();
  let offset = 0;
  for (const part of parts) {
    if (offset >= firstScreenChars) break;
    kinds.add(part.kind);
    offset += part.html.length + 1;
  }
  return [...kinds];
}

/**
 * The browser code and styles of the block kinds a course uses, from the built runtime's `blocks/`
 * (scripts/build-tool.mjs): the first screen gets the code and styles of its blocks (those of
 * `firstScreen`, the first lesson's blocks in order with their HTML) with the runtime script and
 * the stylesheet, the other kinds' are files of their own, each with the player strings only its
 * code reads (taken out of `data.strings`, see `BlockAssets.strings`), and the package holds the
 * code of no kind the course does not use. Throws when the runtime is not built.
 */
export function blockAssets(data: RuntimeData, runtimeDir: string, firstScreen: readonly { kind: string; html: string }[]): BlockAssets {
  const kinds = (lesson?: number): string[] =>
    [...new Set(data.blocks.filter((block) => lesson === undefined || block.lesson === lesson).map((block) => block.kind))].sort();
  const code = (kind: string): string => readBuilt(join(runtimeDir, 'blocks', `${kind}.js`));
  const onScreen = firstScreenKinds(firstScreen);
  const first = kinds(0).filter((kind) => onScreen.includes(kind));
  // Kinds without code (content notes) have their styles in coursewright.css already. A kind
  // without styles gets an empty stylesheet, so the runtime can load every kind the same way.
  const styles = (kind: string): string => {
    const file = join(runtimeDir, 'blocks', `${kind}.css`);
    return existsSync(file) ? readBuilt(file) : '';
  };
  const later = kinds().filter((kind) => !first.includes(kind));
  // The strings only a kind's code reads go in its file, after the code (a kind reading none gets none).
  const travelling = new Set<string>();
  const script = (kind: string): string => {
    const own = blockKindStrings(data.strings, kind);
    Object.keys(own).forEach((key) => travelling.add(key));
    return Object.keys(own).length > 0 ? `${code(kind).replace(/\n?$/, '\n')}${blockStringsScript(own)}` : code(kind);
  };
  const files = later.flatMap((kind) => [{ path: blockScriptPath(kind), content: script(kind) }, { path: blockStyles(kind), content: styles(kind) }]);
  return {
    files,
    strings: Object.fromEntries(Object.entries(data.strings).filter(([key]) => !travelling.has(key))),
    scriptTail: first.map(code).join(''),
    styles: first.map(styles).join(''),
    noscriptStyles: kinds(0).filter((kind) => later.includes(kind)).map(blockStyles),
  };
}

function readBuilt(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`The browser runtime is not built (blocks/${posix.basename(file)} missing): run "npm run build".`);
  }
}
