import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { BlockContext } from './block-context.js';
import { nodeLocation } from '../markdown/node-location.js';
import type { Range, SourceLocation } from '../../model/position.js';
import { closestId } from '../closest-id.js';

export type Directive = ContainerDirective | LeafDirective;

/** How one attribute is read: free text, a yes/no flag, a whole number, or one of some words. */
export type AttributeKind = 'text' | 'flag' | 'count' | readonly string[];

export interface AttributeSpec {
  /** Attribute names and kinds; `id` is allowed unless `noId` says why not. */
  known: Record<string, AttributeKind>;
  /** Why the block takes no id (`#…`), for the hint when one is written: it would be ignored. */
  noId?: string;
  /** Names that must be present. */
  required?: readonly string[];
  /** Prefixes for attribute families such as `captions-es`. */
  prefixes?: readonly string[];
  /** Example shown in the hint when a required attribute is missing. */
  example: string;
  /** Attributes authors write that the block does not take, and what to do instead (for the hint). */
  unneeded?: Record<string, string>;
}

export type AttributeValues = Record<string, string | boolean | number | undefined>;

/**
 * Read and check a directive's attributes against its spec, reporting unknown, missing and
 * malformed ones. Values come back typed: flags as booleans, counts as numbers. A misspelt name
 * (`speker`) is told the one meant, which is then not also reported missing (`attributeMeant`).
 */
export function readAttributes(node: Directive, spec: AttributeSpec, ctx: BlockContext): AttributeValues {
  const block = node.name;
  const attrs = node.attributes ?? {};
  const values: AttributeValues = {};
  const knownNames = [...(spec.noId === undefined ? ['id'] : []), ...Object.keys(spec.known)];
  const meant = new Set<string>();
  meantByNode.set(node, meant);
  for (const [name, raw] of Object.entries(attrs)) {
    const value = raw ?? '';
    if (name === 'id' && spec.noId !== undefined) {
      ctx.sink.report('unknown-attribute', { at: attributeLocation(node, name, ctx), values: { name: `#${value}`, block, expected: knownNames.join(', '), note: spec.noId } });
      continue;
    }
    if (name === 'id') {
      values.id = value;
      continue;
    }
    const kind = spec.known[name] ?? (spec.prefixes?.some((p) => name.startsWith(p)) ? 'text' : undefined);
    if (kind === undefined) {
      const written = name === 'class' ? `.${value}` : name;
      const close = closestId(name, knownNames);
      const habit = close === undefined ? htmlHabit(name, value, spec) : undefined;
      const suggestion = close ?? habit?.suggestion;
      if (suggestion !== undefined) meant.add(suggestion);
      const note = close === undefined ? spec.unneeded?.[name] : undefined;
      ctx.sink.report('unknown-attribute', { at: attributeLocation(node, name, ctx), values: { name: written, block, expected: knownNames.join(', '), ...(suggestion ? { suggestion } : {}), ...(habit ? { html: habit.names } : {}), ...(note ? { note } : {}) } });
      continue;
    }
    const read = readValue(kind, value);
    if (read === undefined) {
      const expected = kind === 'flag' ? 'true or false (or just the name)' : kind === 'count' ? 'a whole number' : Array.isArray(kind) ? `one of ${kind.join(', ')}` : 'text';
      ctx.sink.report('invalid-attribute', { at: attributeValueLocation(node, name, ctx), values: { name, value, block, expected } });
      continue;
    }
    values[name] = read;
  }
  for (const name of spec.required ?? []) {
    if (values[name] === undefined && attrs[name] === undefined) reportMissingAttribute(node, name, spec.example, ctx);
  }
  return values;
}

/** Per directive, the attributes its misspelt ones were most likely meant for (filled by `readAttributes`). */
const meantByNode = new WeakMap<Directive, ReadonlySet<string>>();

/**
 * Whether an attribute the directive lacks was written under another name, already reported as
 * `unknown-attribute` with this one as its "Did you mean": a problem that follows from its absence
 * (`missing-attribute`, an interview without media) would say the same thing again.
 */
export function attributeMeant(node: Directive, name: string): boolean {
  return meantByNode.get(node)?.has(name) ?? false;
}

/**
 * Report the required attribute `name` missing (at the brace, or at `at`), unless a misspelt one
 * was meant for it.
 */
export function reportMissingAttribute(node: Directive, name: string, example: string, ctx: BlockContext, at?: SourceLocation): void {
  if (attributeMeant(node, name)) return;
  ctx.sink.report('missing-attribute', { at: at ?? attributeLocation(node, '{', ctx), values: { name, block: node.name, example } });
}

/**
 * The attribute an HTML habit stands for, when the block has it, and the names the block uses
 * instead: `src` for the recording (`audio` for a sound file, else `video`), `alt` for the
 * portrait's text.
 */
function htmlHabit(name: string, value: string, spec: AttributeSpec): { suggestion: string; names: string } | undefined {
  if (name === 'src' && 'video' in spec.known && 'audio' in spec.known) {
    return { suggestion: /\.(?:mp3|m4a|ogg|oga|wav)$/i.test(value) ? 'audio' : 'video', names: 'video or audio' };
  }
  if (name === 'alt' && 'portrait-alt' in spec.known) return { suggestion: 'portrait-alt', names: 'portrait-alt' };
  return undefined;
}

function readValue(kind: AttributeKind, value: string): string | boolean | number | undefined {
  if (kind === 'text') return value;
  if (kind === 'flag') return value === '' || value === 'true' ? true : value === 'false' ? false : undefined;
  if (kind === 'count') return /^\d+$/.test(value) ? Number(value) : undefined;
  return kind.includes(value) ? value : undefined;
}

/**
 * Where an attribute's name stands on the directive's opening line (`{`: where attributes go;
 * `#id` and `.class` shortcuts whole), as the parser noted it (`data.position`, see
 * `directiveAttributePlaces`), so a message points at the word itself rather than the start of the
 * block. Falls back to the block's start.
 */
export function attributeLocation(node: Directive, name: string, ctx: BlockContext): SourceLocation {
  if (name === '{') return braceLocation(node, ctx);
  const whole = attributePlace(node, name);
  if (!whole) return nodeLocation(node, ctx.file);
  // A shortcut is all name: `.wide`, or `#amara`, one character longer than the id it gives.
  const shortcut = name === 'class' || (name === 'id' && whole.end.column - whole.start.column === String(node.attributes?.id ?? '').length + 1);
  const end = shortcut ? whole.end : { line: whole.start.line, column: whole.start.column + name.length };
  return { file: ctx.file, range: { start: whole.start, end } };
}

/**
 * Where an attribute stands whole (`captions="../media/a.vtt"`), for a problem with what its value
 * names: a file that is missing, of a type a package cannot carry. Falls back to the block's start.
 */
export function attributeValueLocation(node: Directive, name: string, ctx: BlockContext): SourceLocation {
  const whole = attributePlace(node, name);
  return whole ? { file: ctx.file, range: whole } : nodeLocation(node, ctx.file);
}

/**
 * Where a missing attribute goes: the opening brace, just before the first attribute, or the end of
 * the opening when it has none (`:::acknowledgement`, `:::acknowledgement{}`).
 */
function braceLocation(node: Directive, ctx: BlockContext): SourceLocation {
  const places = node.data?.position;
  const first = Object.values(places?.attributes ?? {}).flatMap((place) => (place ? [rangeOf(place)] : [])).sort((a, b) => a.start.column - b.start.column)[0];
  const end = places?.opening ? rangeOf(places.opening).end : undefined;
  const at = first ? { line: first.start.line, column: first.start.column - 1 } : end ? { line: end.line, column: end.column - 1 } : undefined;
  return at ? { file: ctx.file, range: { start: at, end: { line: at.line, column: at.column + 1 } } } : nodeLocation(node, ctx.file);
}

/** The parser's range of the attribute `name` (`data.position.attributes`), lines and columns only. */
function attributePlace(node: Directive, name: string): Required<Range> | undefined {
  const attributes = node.data?.position?.attributes;
  const place = attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  return place ? rangeOf(place) : undefined;
}

/** A unist position as the diagnostics' range (offsets left out: the fast path does not keep them). */
function rangeOf(position: { start: { line: number; column: number }; end: { line: number; column: number } }): Required<Range> {
  return { start: { line: position.start.line, column: position.start.column }, end: { line: position.end.line, column: position.end.column } };
}
