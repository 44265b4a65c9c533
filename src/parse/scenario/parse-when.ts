import type { SourceLocation } from '../../model/position.js';
import type { Condition } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { DataPath, YamlData } from '../yaml/parse-yaml.js';
import { parseCondition } from './parse-condition.js';

/** What parsing a `when:` needs from the scenario file. */
export interface WhenContext {
  data: YamlData;
  /** The lines of the file being parsed (YAML text only, before any line offset). */
  lines: readonly string[];
  lineOffset: number;
  sink: DiagnosticSink;
}

/** A parsed `when:` with where its text stands. */
export interface ParsedWhen {
  when?: Condition;
  whenSource: string;
  whenAt: SourceLocation;
}

/**
 * Parse the condition at `path`, reporting a syntax problem at its column. `whenAt` covers exactly the
 * condition text when it sits on one line (plain or simply quoted); otherwise the whole YAML value.
 */
export function parseWhen(source: string, path: DataPath, ctx: WhenContext): ParsedWhen {
  const whenAt = conditionLocation(source, ctx.data.locate(path), ctx);
  const parsed = parseCondition(source);
  if (parsed.ok) return { when: parsed.condition, whenSource: source, whenAt };
  ctx.sink.report('scenario-invalid-condition', {
    at: columnInCondition(whenAt, source, parsed.column, parsed.length),
    values: { condition: source, reason: parsed.message },
  });
  return { whenSource: source, whenAt };
}

/**
 * The location of the 1-based `column` of a condition, when `whenAt` covers exactly its text;
 * otherwise `whenAt` itself.
 */
export function columnInCondition(whenAt: SourceLocation, source: string, column: number, length = 0): SourceLocation {
  const range = whenAt.range;
  if (!range || !coversExactly(whenAt, source)) return whenAt;
  const start = range.start.column + column - 1;
  return {
    file: whenAt.file,
    range: { start: { line: range.start.line, column: start }, end: { line: range.start.line, column: start + length } },
  };
}

function coversExactly(at: SourceLocation, source: string): boolean {
  const range = at.range;
  return !!range?.end && range.end.line === range.start.line && range.end.column - range.start.column === source.length;
}

function conditionLocation(source: string, value: SourceLocation, ctx: WhenContext): SourceLocation {
  const start = value.range?.start;
  if (!start) return value;
  const line = ctx.lines[start.line - 1 - ctx.lineOffset];
  if (line === undefined) return value;
  const rest = line.slice(start.column - 1);
  let skip = -1;
  if (rest.startsWith(source)) skip = 0;
  else if ((rest.startsWith(`"${source}"`) || rest.startsWith(`'${source}'`)) && !/["'\\]/.test(source)) skip = 1;
  if (skip < 0) return blockScalarLocation(source, value, ctx);
  const column = start.column + skip;
  return { file: value.file, range: { start: { line: start.line, column }, end: { line: start.line, column: column + source.length } } };
}

// `when: >-` followed by the condition on one indented line: point into that line.
function blockScalarLocation(source: string, value: SourceLocation, ctx: WhenContext): SourceLocation {
  const start = value.range!.start;
  const header = ctx.lines[start.line - 1 - ctx.lineOffset]?.slice(start.column - 1) ?? '';
  if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(header)) return value;
  const index = start.line - ctx.lineOffset;
  const body = ctx.lines[index];
  if (body === undefined || body.trim() !== source) return value;
  const column = body.length - body.trimStart().length + 1;
  const line = start.line + 1;
  return { file: value.file, range: { start: { line, column }, end: { line, column: column + source.length } } };
}
