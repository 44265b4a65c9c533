import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, type CST, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Range, SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/** Lists and maps inside one another this deep are reported (`yaml-too-deep`); course files nest a few. */
const maxYamlDepth = 100;

/**
 * The offset of the first list or map nested more than `max` deep in the parser's tokens, found
 * without recursion (the tokens are as deep as the text), or undefined when none is.
 */
function firstTooDeep(tokens: Iterable<CST.Token>, max: number): number | undefined {
  const stack: [CST.Token, number][] = [...tokens].reverse().map((token) => [token, 0]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    const children: CST.Token[] = [];
    if (token.type === 'document' && token.value) children.push(token.value);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= max) return token.offset;
      for (const item of token.items) {
        if ('key' in item && item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, token.type === 'document' ? depth : depth + 1]);
  }
  return undefined;
}

/** A path into YAML data, e.g. `['nodes', 'intro', 'choices', 2, 'goto']`. */
export type DataPath = readonly (string | number)[];

/** Parsed YAML plus a way to find where any value (or key) stands in the author's file. */
export interface YamlData {
  /** Plain JS data; undefined when the text could not be read at all. */
  value: unknown;
  /** Where the value at `path` is; falls back to the nearest parent that exists. */
  locate(path: DataPath, part?: 'key' | 'value'): SourceLocation;
  /**
   * For Markdown parsed from the string at `path`: maps a range in that string to the author's file.
   * Exact for `|` blocks and one-line strings; otherwise (folded, multi-line, escapes) the whole value.
   */
  textRanges(path: DataPath): (range: Range) => Range;
  /** The value at `path` as written, when it is a scalar: `1.10` stays "1.10" where the data says 1.1. */
  written(path: DataPath): string | undefined;
  /**
   * When the text has syntax errors (`value` is undefined): the value of the top-level `key` as the
   * parser read it, if none of the errors lies between that key and the next one (or the end of
   * the text), so a caller can still check what that part names (course.yml's lessons) in the same
   * run. `{ value: undefined }` when the parser found no such key; undefined when an error lies in
   * its part of the text, or the text had no syntax error.
   */
  salvage(key: string): { value: unknown } | undefined;
}

/** Where embedded YAML starts in its file: front matter and fenced blocks start below line 1. */
export interface YamlOffset {
  /** Lines above the first YAML line (0 for a .yml file). */
  lines: number;
}

/**
 * Parse YAML text keeping positions, reporting every syntax error with its position.
 * Returns `value: undefined` when errors leave nothing usable.
 */
export function parseYaml(text: string, file: string, sink: DiagnosticSink, offset: YamlOffset = { lines: 0 }): YamlData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toRange = (start: number, end: number): Range => {
    const s = lineCounter.linePos(start);
    const e = lineCounter.linePos(Math.max(start, end));
    return {
      start: { line: s.line + offset.lines, column: s.col },
      end: { line: e.line + offset.lines, column: e.col },
    };
  };
  // The composer recurses once per level and says where it ran out of stack, which depends on
  // how much stack there was: said once, at the first collection nested too deeply.
  // (The parser, too, can run out, and says so as a token it could not read.) What else it
  // reports then follows from it.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION' || e.message.startsWith('Maximum call stack size exceeded'));
  if (exhausted) {
    const deep = firstTooDeep(new Parser().parse(text), maxYamlDepth) ?? exhausted.pos[0];
    sink.report('yaml-too-deep', { at: { file, range: toRange(deep, deep + 1) } });
  }
  // After a syntax error the parser reads the rest of the file out of step (one line indented by
  // one space made 54 errors, a tab four): the first error is reported, and the others
  // counted beside it, to be seen again once that line is fixed.
  // A key given twice puts nothing out of step: each is reported. (The parser out of step can
  // also find a key twice, an empty one, where no key is written: that one is counted.)
  const located = (exhausted ? [] : doc.errors).map((error) => ({ error, range: toRange(error.pos[0], error.pos[1] ?? error.pos[0]) }));
  const keyTwice = ({ error }: (typeof located)[number]): boolean => error.code === 'DUPLICATE_KEY' && /\S/.test(text.slice(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)));
  // The parser's first, which it found in step; a key found twice out of step only follows.
  const first = located.find((entry) => entry.error.code !== 'DUPLICATE_KEY') ?? located.find((entry) => !keyTwice(entry));
  const rest = located.filter((entry) => entry !== first && !keyTwice(entry)).sort((a, b) => a.error.pos[0] - b.error.pos[0]);
  // Counted from the first of them after it (the parser may have found one out of step above it).
  const next = rest.find((entry) => first && entry.error.pos[0] >= first.error.pos[0]) ?? rest[0];
  for (const { error, range } of located.filter((entry) => entry === first || keyTwice(entry))) {
    const more = error === first?.error && next ? [{ at: { file, range: next.range }, message: `${rest.length} more YAML error${rest.length === 1 ? '' : 's'} from here on, most likely caused by this one: fix it first.` }] : [];
    const advice = adviceFor(error.code, error.message);
    sink.report('yaml-syntax', { at: { file, range }, values: { reason: firstSentence(error.message), ...(advice ? { advice } : {}) }, ...(more.length ? { related: more } : {}) });
  }
  const whole: SourceLocation = { file, range: toRange(0, 0) };
  let value: unknown;
  if (!doc.errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      // Aliases that expand too far ("billion laughs") throw here rather than parse as errors.
      sink.report('yaml-syntax', { at: whole, values: { reason: 'its aliases (*name) expand to too much data' } });
    }
  }
  return {
    value,
    locate(path, part = 'value') {
      const found = findNode(doc, path, part);
      if (!found?.range) return whole;
      return { file, range: toRange(found.range[0], found.range[1]) };
    },
    salvage(key) {
      if (!doc.errors.length) return undefined;
      const pairs = isMap(doc.contents) ? doc.contents.items : [];
      const index = pairs.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
      const pair = pairs[index];
      if (!pair) return { value: undefined };
      // Its part of the text: from its key to the next key. An error there may have cut its value short.
      const start = isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      const next = pairs[index + 1]?.key;
      const end = isNode(next) && next.range ? next.range[0] : Infinity;
      if (doc.errors.some((error) => error.pos[0] < end && (error.pos[1] ?? error.pos[0]) >= start)) return undefined;
      try {
        return { value: isNode(pair.value) ? pair.value.toJS(doc, { maxAliasCount: 100 }) : pair.value };
      } catch {
        return undefined;
      }
    },
    written(path) {
      const found = findNode(doc, path, 'value');
      return isScalar(found) && found.source !== undefined ? found.source : undefined;
    },
    textRanges(path) {
      const found = findNode(doc, path, 'value');
      const all = found?.range ? toRange(found.range[0], found.range[1]) : toRange(0, 0);
      if (!isScalar(found) || typeof found.value !== 'string' || !found.range) return always(all);
      const origin = stringOrigin(text, found.type, found.value, found.range[0], found.range[1], lineCounter);
      return origin ? shiftedBy(origin.line + offset.lines, origin.column) : always(all);
    },
  };
}

// The maps `textRanges` gives are kept with a scenario's model until its package is written: they
// are made here, outside `parseYaml`, so that they hold two numbers and not, through the closure's
// scope, the parsed document and its text (some 12 KB a scenario).

/** Positions in a string's text, moved to where the string starts in the file (`line`, `column`). */
function shiftedBy(line: number, column: number): (range: Range) => Range {
  const shift = (p: { line: number; column: number }): { line: number; column: number } => ({ line: line + p.line - 1, column: column + p.column - 1 });
  return (range) => ({ start: shift(range.start), ...(range.end ? { end: shift(range.end) } : {}) });
}

/** Every position in a string's text, as the whole value's range. */
function always(range: Range): (range: Range) => Range {
  return () => range;
}

/**
 * Where line 1, column 1 of a string value stands in the YAML text (1-based), when every line of the
 * string is a line of the file shifted by a fixed column: a `|` block, or a one-line string without
 * escapes. Undefined otherwise.
 */
function stringOrigin(text: string, type: Scalar['type'], value: string, start: number, end: number, lines: LineCounter): { line: number; column: number } | undefined {
  const source = text.slice(start, end);
  const at = lines.linePos(start);
  if (type === 'BLOCK_LITERAL') {
    // No explicit indentation digit: the indentation is that of the first non-blank line.
    if (!/^\|[-+]?[ \t]*(#.*)?\r?\n/.test(source)) return undefined;
    const body = source.slice(source.indexOf('\n') + 1);
    const indent = /^(?:[ \t]*\r?\n)*( *)/.exec(body)?.[1]?.length ?? 0;
    return { line: at.line + 1, column: indent + 1 };
  }
  if (source.includes('\n')) return undefined;
  if (type === 'PLAIN' && source === value) return { line: at.line, column: at.col };
  const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
  if (quoted && source.slice(1, -1) === value) return { line: at.line, column: at.col + 1 };
  return undefined;
}

/** Key → pair lookups per YAML map, built once: scenarios with thousands of nodes are located often. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

function findNode(doc: Document, path: DataPath, part: 'key' | 'value'): Node | undefined {
  let current: unknown = doc.contents;
  let best: Node | undefined = isNode(current) ? current : undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(current)) {
      const pair = pairOf(current, String(segment));
      if (!pair) return best;
      if (last && part === 'key' && isNode(pair.key)) return pair.key;
      current = pair.value;
      if (isNode(current)) best = current;
      else if (isNode(pair.key)) best = pair.key;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
      if (isNode(current)) best = current;
      else return best;
    } else {
      return best;
    }
  }
  return best;
}

/** What to do about a YAML error whose cure is not the usual spacing and quoting (`yaml-syntax`'s hint). */
function adviceFor(code: string, message: string): string | undefined {
  if (code === 'DUPLICATE_KEY') return 'A name is written once in each map: keep the one you mean and delete the other, or move it under the field it belongs to.';
  if (message.includes('multiple documents')) return 'A course file is one YAML document: delete the "---" line and keep what follows it with the fields above (only a lesson has "---" lines, around its front matter).';
  return undefined;
}

function firstSentence(message: string): string {
  if (message.includes('multiple documents')) return 'the file holds more than one YAML document (a second "---" line)';
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
