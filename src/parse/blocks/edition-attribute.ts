import type { Directive } from './directive-attributes.js';
import type { BlockContext } from './block-context.js';
import { attributeValueLocation } from './directive-attributes.js';
import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { closestId } from '../closest-id.js';

/**
 * Take the `editions="manager refresher"` attribute off a directive and return the editions it
 * names (unknown ones reported and dropped), or undefined when it has none. It is removed so the
 * block's own attribute check, which knows nothing of editions, does not call it unknown: every
 * block honours it the same way.
 */
export function takeEditionsAttribute(node: Directive, ctx: BlockContext): string[] | undefined {
  const written = node.attributes?.editions;
  if (written === undefined || written === null) return undefined;
  delete node.attributes!.editions;
  const names = written.split(/[\s,]+/).filter(Boolean);
  return checkEditionNames(names, ctx.editions, (index) => nameLocation(node, index, ctx), ctx.sink);
}

/** Where the `index`-th edition name stands in the attribute's value, so the message points at the misspelt word. */
function nameLocation(node: Directive, index: number, ctx: BlockContext): SourceLocation {
  const at = attributeValueLocation(node, 'editions', ctx);
  const range = at.range;
  if (!range?.end || range.end.line !== range.start.line) return at;
  // The attribute as written, `editions="manager refresher"`: its names after the `=`.
  const from = range.start.column - 1 + 'editions'.length;
  const value = ctx.line(range.start.line).slice(from, range.end.column - 1);
  const word = [...value.matchAll(/[^\s,"'=]+/g)][index];
  if (word?.index === undefined) return at;
  const column = from + 1 + word.index;
  return { file: ctx.file, range: { start: { line: range.start.line, column }, end: { line: range.start.line, column: column + word[0].length } } };
}

/**
 * The names that are editions course.yml defines; each other name is reported as
 * `edition-unknown` at `at(index)`, with the closest defined name as a hint. With `defined`
 * undefined (course.yml's editions could not be read, an error of its own), every name, unjudged.
 */
export function checkEditionNames(names: readonly string[], defined: readonly string[] | undefined, at: (index: number) => SourceLocation, sink: DiagnosticSink): string[] {
  if (defined === undefined) return [...new Set(names)];
  const known: string[] = [];
  names.forEach((name, index) => {
    if (defined.includes(name)) {
      if (!known.includes(name)) known.push(name);
      return;
    }
    const suggestion = closestId(name, defined);
    sink.report('edition-unknown', { at: at(index), values: { name, expected: defined.join(', '), ...(suggestion ? { suggestion } : {}) } });
  });
  return known;
}

/** Editions in both scopes (an `only` inside an `only`); undefined stands for every edition. */
export function narrowEditions(outer: readonly string[] | undefined, inner: readonly string[] | undefined): string[] | undefined {
  if (outer === undefined) return inner === undefined ? undefined : [...inner];
  if (inner === undefined) return [...outer];
  return outer.filter((name) => inner.includes(name));
}
