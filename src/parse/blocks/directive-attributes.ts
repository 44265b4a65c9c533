import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { BlockContext } from './block-context.js';
import { nodeLocation } from '../markdown/node-location.js';
import { sourceLine } from '../../load/source-line.js';
import type { SourceLocation } from '../../model/position.js';
import { closestId } from '../closest-id.js';

export type Directive = ContainerDirective | LeafDirective;

/** How one attribute is read: free text, a yes/no flag, a whole number, or one of some words. */
export type AttributeKind = 'text' | 'flag' | 'count' | readonly string[];

export interface AttributeSpec {
  /** Attribute names and kinds; `id` is always allowed. */
  known: Record<string, AttributeKind>;
  /** Names that must be present. */
  required?: readonly string[];
  /** Prefixes for attribute families such as `captions-es`. */
  prefixes?: readonly string[];
  /** Example shown in the hint when a required attribute is missing. */
  example: string;
}

export type AttributeValues = Record<string, string | boolean | number | undefined>;

/**
 * Read and check a directive's attributes against its spec, reporting unknown, missing and
 * malformed ones. Values come back typed: flags as booleans, counts as numbers.
 */
export function readAttributes(node: Directive, spec: AttributeSpec, ctx: BlockContext): AttributeValues {
  const attrAt = (name: string): SourceLocation => attributeLocation(node, name, ctx);
  const block = node.name;
  const attrs = node.attributes ?? {};
  const values: AttributeValues = {};
  const knownNames = ['id', ...Object.keys(spec.known)];
  for (const [name, raw] of Object.entries(attrs)) {
    const value = raw ?? '';
    if (name === 'id') {
      values.id = value;
      continue;
    }
    const kind = spec.known[name] ?? (spec.prefixes?.some((p) => name.startsWith(p)) ? 'text' : undefined);
    if (kind === undefined) {
      const suggestion = closestId(name, knownNames);
      ctx.sink.report('unknown-attribute', { at: attrAt(name === 'class' ? `.${value}` : name), values: { name: name === 'class' ? `.${value}` : name, block, expected: knownNames.join(', '), ...(suggestion ? { suggestion } : {}) } });
      continue;
    }
    const read = readValue(kind, value);
    if (read === undefined) {
      const expected = kind === 'flag' ? 'true or false (or just the name)' : kind === 'count' ? 'a whole number' : Array.isArray(kind) ? `one of ${kind.join(', ')}` : 'text';
      ctx.sink.report('invalid-attribute', { at: attrAt(name), values: { name, value, block, expected } });
      continue;
    }
    values[name] = read;
  }
  for (const name of spec.required ?? []) {
    if (values[name] === undefined && attrs[name] === undefined) {
      ctx.sink.report('missing-attribute', { at: attrAt('{'), values: { name, block, example: spec.example } });
    }
  }
  return values;
}

function readValue(kind: AttributeKind, value: string): string | boolean | number | undefined {
  if (kind === 'text') return value;
  if (kind === 'flag') return value === '' || value === 'true' ? true : value === 'false' ? false : undefined;
  if (kind === 'count') return /^\d+$/.test(value) ? Number(value) : undefined;
  return kind.includes(value) ? value : undefined;
}

/**
 * Where an attribute stands on the directive's opening line, so a message points at the word
 * itself rather than the start of the block. Falls back to the block's start.
 */
export function attributeLocation(node: Directive, name: string, ctx: BlockContext): SourceLocation {
  const at = nodeLocation(node, ctx.file);
  const line = node.position?.start.line;
  const start = node.position?.start.column ?? 1;
  if (line === undefined || !ctx.source.has(ctx.file)) return at;
  const text = sourceLine(ctx.source, ctx.file, line);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = name === '{' ? /\{/ : new RegExp(`(?<=[\\s{])${escaped}(?=[=\\s}])`);
  const match = pattern.exec(text.slice(start - 1));
  if (!match) return at;
  const column = start + match.index;
  return { file: ctx.file, range: { start: { line, column }, end: { line, column: column + match[0].length } } };
}
