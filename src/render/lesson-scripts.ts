import { blockOutline, isFullBlock } from '../model/block-outline.js';
import type { LessonContent, PageData, RuntimeBlock, RuntimeData } from '../model/runtime-data.js';
import { laterOutlineName, lessonRegistryName } from '../model/page-globals.js';
import type { LaterOutline } from '../model/block-outline.js';
import { scriptJson } from './script-json.js';

/**
 * Where a lesson that is not in the page is: `assets/lessons/<number>.js`, numbered from 1 as the
 * menu numbers lessons. The runtime finds it beside its own script (src/runtime/shell/lesson-loader.ts).
 */
export const lessonScriptPath = (index: number): string => `assets/lessons/${index + 1}.js`;

/**
 * A lesson's classic script: it puts the lesson's content in the page's lesson registry. A
 * classic script, not a fetch, because web packages play from `file://` and the page's policy
 * allows scripts from the package only. Its one statement is data: `readLessonScript` reads it
 * back without running it.
 */
export function lessonScript(index: number, content: LessonContent): string {
  return `(self.${lessonRegistryName}=self.${lessonRegistryName}||{})[${index}]=${scriptJson(content)};\n`;
}

const scriptPattern = new RegExp(`^\\(self\\.${lessonRegistryName}=self\\.${lessonRegistryName}\\|\\|\\{\\}\\)\\[(\\d+)\\]=([\\s\\S]*);\\n?$`);

/** The lesson index and content of a script `lessonScript` wrote, or undefined for any other text. */
export function readLessonScript(text: string): { index: number; content: LessonContent } | undefined {
  const match = scriptPattern.exec(text);
  if (!match) return undefined;
  try {
    const content = JSON.parse(match[2] ?? '') as Partial<LessonContent>;
    if (typeof content.html !== 'string' || !Array.isArray(content.blocks)) return undefined;
    return { index: Number(match[1]), content: content as LessonContent };
  } catch {
    return undefined;
  }
}

/** Where a long course's later lessons' outline is (`LaterOutline`), beside the lesson scripts. */
export const laterOutlinePath = 'assets/lessons/outline.js';

/** The later lessons' outline as a classic script, one statement of data, as `lessonScript` writes a lesson. */
export function laterOutlineScript(later: LaterOutline): string {
  return `self.${laterOutlineName}=${scriptJson(later)};\n`;
}

const outlinePattern = new RegExp(`^self\\.${laterOutlineName}=([\\s\\S]*);\\n?$`);

/** The data of a script `laterOutlineScript` wrote (not checked: `mergeLaterOutline` does), or undefined for any other text. */
export function readLaterOutlineScript(text: string): unknown {
  const match = outlinePattern.exec(text);
  if (!match) return undefined;
  try {
    return JSON.parse(match[1] ?? '') as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Splits the course data into what the first page embeds and, for each lesson that is not in the
 * page, the block data its script carries (`LessonContent` without the HTML, which the caller
 * renders when the script is written): every lesson's place in the course stays in the page
 * (titles, state layout, each block's outline), while block data other than what progress needs
 * goes with its lesson (a long course's page then sheds its later lessons' outline: `splitLaterOutline`).
 */
export function splitLessons(data: RuntimeData, inPage: (index: number) => boolean): { page: PageData; lessonBlocks: Map<number, RuntimeBlock[]> } {
  const lessonBlocks = new Map<number, RuntimeBlock[]>();
  data.lessons.forEach((_lesson, index) => {
    if (!inPage(index)) lessonBlocks.set(index, []);
  });
  for (const block of data.blocks) lessonBlocks.get(block.lesson)?.push(block);
  const page: PageData = { ...data, blocks: data.blocks.map(blockOutline), lessonBlocks: data.blocks.filter((block) => inPage(block.lesson)) };
  return { page, lessonBlocks };
}

/**
 * The whole course data back from a page's data and its lesson scripts' contents (for inspect and
 * tests): every block in full, in course order. Undefined when a lesson's content is missing.
 */
export function joinLessons(page: PageData, lessons: ReadonlyMap<number, LessonContent>): RuntimeData | undefined {
  const full = new Map<string, RuntimeBlock>();
  for (const block of page.lessonBlocks ?? []) full.set(block.id, block);
  for (const content of lessons.values()) for (const block of content.blocks) full.set(block.id, block);
  const blocks: RuntimeBlock[] = [];
  for (const block of page.blocks) {
    const known = full.get(block.id) ?? (isFullBlock(block) ? block : undefined);
    if (!known) return undefined;
    blocks.push(known);
  }
  const data: RuntimeData & { lessonBlocks?: unknown } = { ...page, blocks };
  delete data.lessonBlocks;
  return data;
}
