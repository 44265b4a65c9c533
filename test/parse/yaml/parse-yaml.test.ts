import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { parseYaml } from '../../../src/parse/yaml/parse-yaml.js';

function parse(text: string, lines = 0) {
  const sink = createDiagnosticSink();
  const data = parseYaml(text, 'f.yml', sink, { lines });
  return { data, diagnostics: sink.diagnostics };
}

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 3 } });

describe('parseYaml', () => {
  it('reports aliases that expand too far as a YAML error instead of throwing', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(i === 1 ? '*a' : `*a${i - 1}`).join(', ')}]`);
    const { data, diagnostics } = parse(levels.join('\n'));
    expect(data.value).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['yaml-syntax', 'This YAML cannot be read: its aliases (*name) expand to too much data.']]);
  });

  it('reports lists or maps nested too deeply once, where the parser stopped, not its stack overflow', () => {
    // Said at the first list or map 100 levels in: the same place every time, however much stack
    // the parser had (where it ran out differs from one run to the next).
    const cases: [string, { line: number; column: number }][] = [
      [`extra: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, { line: 1, column: 107 }],
      [Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), { line: 101, column: 101 }],
    ];
    for (const [text, start] of cases) {
      const { data, diagnostics } = parse(text);
      expect(data.value).toBeUndefined();
      expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['yaml-too-deep', 'This YAML cannot be read: its lists or maps are nested too deeply (hundreds of levels inside one another).']]);
      expect(diagnostics[0]!.range!.start).toEqual(start);
    }
    // A hundred levels is deep, but readable.
    expect(parse(`a: ${'['.repeat(100)}${']'.repeat(100)}`).diagnostics).toEqual([]);
  });

  it('reports the first syntax error, and counts what follows from it, not each of the errors after it', () => {
    const lines = ['id: handover', 'lessons:', '  - lessons/one.md', ' - lessons/two.md', '  - { file: lessons/three.md, editions: [charge] }', '  - lessons/four.md', 'targets: [scorm12]', 'title: Safe handover'];
    const { diagnostics } = parse(lines.join('\n'));
    expect(diagnostics.map((d) => d.range?.start.line)).toEqual([4]);
    const counted = diagnostics.flatMap((d) => d.related ?? []);
    expect(counted).toHaveLength(1);
    expect(counted[0]!.message).toMatch(/^\d+ more YAML errors? from here on, most likely caused by this one: fix it first\.$/);
    expect(counted[0]!.range!.start.line).toBeGreaterThanOrEqual(4);
    // A tab as indentation: that, where it is, and not what the parser then made of the lines
    // around it (a key "given twice" on the line above, "implicit keys", "compact mappings").
    const tab = parse('id: a\ntitle: Safe handling\nsupport:\n\ttitle: Help with an injury\n  resources:\n    - name: Occupational Health\n').diagnostics;
    expect(tab.map((d) => [d.range?.start.line, d.range?.start.column, d.message])).toEqual([[4, 1, 'This YAML cannot be read: Tabs are not allowed as indentation.']]);
    expect(tab[0]!.related?.[0]?.message).toMatch(/^\d+ more YAML errors? from here on/);
    // "From here on": not from the line above, where the parser, out of step, found a key twice.
    expect(tab[0]!.related?.[0]?.range?.start).toEqual({ line: 4, column: 9 });
    // A key given twice does not put the rest out of step: each one is reported.
    const twice = parse('title: A\nid: a\ntitle: B\nid: b\n').diagnostics;
    expect(twice.map((d) => [d.code, d.range?.start.line])).toEqual([['yaml-syntax', 3], ['yaml-syntax', 4]]);
  });

  it('tells what to do with a name written twice, or a second document, rather than only to check spacing and quotes', () => {
    const hints = (text: string): (string | undefined)[] => {
      const sink = createDiagnosticSink();
      parseYaml(text, 'course.yml', sink);
      return sink.diagnostics.map((d) => d.hint?.split(' Check indentation')[0]);
    };
    expect(hints('id: c\ntitle: T\ntitle: U\n')).toEqual(['A name is written once in each map: keep the one you mean and delete the other, or move it under the field it belongs to.']);
    expect(hints('id: c\ntitle: T\n---\nid: d\n')).toEqual(['A course file is one YAML document: delete the "---" line and keep what follows it with the fields above (only a lesson has "---" lines, around its front matter).']);
    expect(hints('id: c\n  title: T\n')).toEqual(['Check indentation (spaces, not tabs), colons after keys, and quotes around text that contains ": " or starts with a special character.']);
  });

  it('keeps a scalar as written', () => {
    const { data } = parse('version: 1.10\nname: "x"\n');
    expect(data.value).toEqual({ version: 1.1, name: 'x' });
    expect(data.written(['version'])).toBe('1.10');
    expect(data.written(['missing'])).toBeUndefined();
  });

  it('maps positions inside strings to the file: literal blocks, plain and quoted one-liners, with a line offset', () => {
    const { data } = parse('a: |\n  one\n    two\nb: plain text\nc: "quoted"\nd: >\n  folded\n  text\ne: "esc\\"aped"\n', 10);
    expect(data.textRanges(['a'])(at(2, 3))).toEqual(at(13, 5));
    expect(data.textRanges(['b'])(at(1, 7))).toEqual(at(14, 10));
    expect(data.textRanges(['c'])(at(1, 1))).toEqual(at(15, 5));
    // Folded and escaped strings do not map line for line: the whole value.
    expect(data.textRanges(['d'])(at(1, 1)).start).toEqual({ line: 16, column: 4 });
    expect(data.textRanges(['e'])(at(1, 1)).start).toEqual({ line: 19, column: 4 });
  });
});
