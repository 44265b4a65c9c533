import type { Block } from './blocks.js';

/**
 * Every string a block holds (its HTML, plain text and file paths, scenario text included), for
 * checks that look for what a block refers to whatever its kind: links to lessons, media files.
 */
export function blockTexts(block: Block): string[] {
  return collect(block);
}

function collect(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collect);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(collect);
  return [];
}
