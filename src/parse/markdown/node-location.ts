import type { Node } from 'unist';
import type { SourceLocation } from '../../model/position.js';

/** The author-file location of an mdast node (positions are already 1-based). */
export function nodeLocation(node: Node | undefined, file: string): SourceLocation {
  const p = node?.position;
  if (!p) return { file };
  return {
    file,
    range: { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } },
  };
}
