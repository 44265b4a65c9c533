import { describe, expect, it } from 'vitest';
import { capTables, maxTableCells } from '../../../src/parse/markdown/cap-tables.js';
import { parseMarkdownTree, type MarkdownLimit } from '../../../src/parse/markdown/parse-markdown.js';
import { compileCourse } from '../../../src/compile.js';

/** A table of `rows` body rows and `columns` columns. */
const table = (rows: number, columns: number): string =>
  [`|${' h |'.repeat(columns)}`, `|${' - |'.repeat(columns)}`, ...Array.from({ length: rows }, () => `|${' c |'.repeat(columns)}`)].join('\n');

describe('table size limit', () => {
  it('keeps a table of exactly the limit', () => {
    const text = `${table(99, 100)}\n`;
    expect(capTables(text)).toEqual({ text });
  });

  it('empties a table one row over the limit, keeping its lines and the text around it', () => {
    const text = `Intro\n\n${table(100, 100)}\n\nAfter *this*.\n`;
    const capped = capTables(text);
    expect(capped.cut).toEqual({ range: { start: { line: 3, column: 1 } }, cells: 101 * 100 });
    expect(capped.text).toBe(`Intro\n\n${'\n'.repeat(101)}\n\nAfter *this*.\n`);
    expect(capped.text.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('counts the header’s columns for every row: a million-cell header over a few short rows', () => {
    const header = `|${'a|'.repeat(1_000_000)}`;
    const delimiter = `|${'-|'.repeat(1_000_000)}`;
    const limits: MarkdownLimit[] = [];
    const tree = parseMarkdownTree(`# T\n\n${header}\n${delimiter}\n| x |\n| y |\n`, (_range, limit) => limits.push(limit));
    expect(limits).toEqual([{ code: 'markdown-table-too-large', values: { max: maxTableCells, cells: 3_000_000 } }]);
    expect(tree.children.map((c) => c.type)).toEqual(['heading']);
  });

  it('finds tables inside quotes, and ignores pipes in prose', () => {
    expect(capTables(`> ${table(200, 60).replace(/\n/g, '\n> ')}\n`).cut?.cells).toBe(201 * 60);
    const prose = `a | b\n${'x | y\n'.repeat(20_000)}`;
    expect(capTables(prose).cut).toBeUndefined();
  });

  it('is reported at the table, in the lesson', async () => {
    const result = await compileCourse({
      files: { 'course.yml': 'id: t\ntitle: T\nlessons: [lessons/a.md]\n', 'lessons/a.md': `---\ntitle: A\n---\n# A\n\n${table(200, 60)}\n` },
      validateOnly: true,
    });
    expect(result.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`)).toEqual(['lessons/a.md:6:1 markdown-table-too-large']);
  });
});
