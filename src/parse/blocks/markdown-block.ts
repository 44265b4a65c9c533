import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { EditionScoped, MarkdownBlock } from '../../model/blocks.js';
import type { SourceLocation } from '../../model/position.js';

/** Below this many characters a passage's HTML is kept as it is: packing it would save little. */
const packFrom = 2048;

/**
 * A passage of a lesson's prose as a block. Its HTML, most of what a build holds of a lesson from
 * its parse until its package is written, is kept deflated (about two fifths of its size; a lesson
 * of 1,500 words holds 9 KB) and inflated each time `html` is read, which the build does once or
 * twice per package (the first lesson's page, each lesson's script). So what a build holds grows
 * less with the number of lessons. `html` is an enumerable property like any other: a spread,
 * `structuredClone` or the build cache's serialization reads it as a string.
 */
export function markdownBlock(html: string, at: SourceLocation, editions?: string[]): MarkdownBlock & EditionScoped {
  const block = { kind: 'markdown' as const, at, ...(editions ? { editions } : {}) };
  if (html.length < packFrom) return { ...block, html };
  // A copy of exactly its size: zlib's result shares a larger buffer that would be held with it.
  const packed = Uint8Array.prototype.slice.call(deflateRawSync(html, { level: 1 }));
  return Object.defineProperty(block, 'html', { enumerable: true, get: () => inflateRawSync(packed).toString('utf8') }) as MarkdownBlock & EditionScoped;
}
