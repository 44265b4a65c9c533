import { unpackPageData, type PackedPageData } from '../../model/block-outline.js';
import type { PageData } from '../../model/runtime-data.js';

/**
 * The course data the renderer embedded as `<script type="application/json" id="cw-data">`
 * (packed: `packPageData`), or undefined when it is missing, damaged or from an incompatible renderer.
 */
export function readRuntimeData(doc: Document): PageData | undefined {
  const text = doc.getElementById('cw-data')?.textContent;
  if (!text) return undefined;
  try {
    const data = unpackPageData(JSON.parse(text) as PackedPageData) as Partial<PageData>;
    if (data.schema !== 1 || !data.course || !Array.isArray(data.lessons) || !Array.isArray(data.blocks)) return undefined;
    return {
      ...data,
      completion: Array.isArray(data.completion) ? data.completion : ['all-lessons'],
      strings: data.strings ?? {},
      lessonBlocks: Array.isArray(data.lessonBlocks) ? data.lessonBlocks : [],
    } as PageData;
  } catch {
    return undefined;
  }
}
