import { describe, expect, it } from 'vitest';
import { capEmphasis, maxEmphasisMarks } from '../../../src/parse/markdown/cap-emphasis.js';
import { compileCourse } from '../../../src/compile.js';

const course = (body: string): Record<string, string> => ({
  'course.yml': 'id: e\ntitle: E\nlessons: [lessons/a.md]\n',
  'lessons/a.md': `---\ntitle: A\n---\n# A\n\n${body}\n`,
});

describe('emphasis marks per paragraph', () => {
  it('1,000 nested emphasis pairs on one line are reported, in well under a second', async () => {
    await compileCourse({ files: course('Warm up: the first compile loads the parser.'), validateOnly: true });
    const started = performance.now();
    const result = await compileCourse({ files: course(`${'*a '.repeat(1000)}x${' b*'.repeat(1000)}`), validateOnly: true });
    const elapsed = performance.now() - started;
    // The 501st mark is the first one left out: the `*` of the 501st "*a ".
    expect(result.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`)).toEqual([
      `lessons/a.md:6:${3 * maxEmphasisMarks + 1} markdown-too-much-emphasis`,
    ]);
    expect(elapsed).toBeLessThan(1000);
  });

  it('cuts at the first mark over the limit and keeps every position', () => {
    const text = `${'*a* '.repeat(250)}*b*\nnext`;
    const capped = capEmphasis(text);
    expect(capped.cut).toEqual({ start: { line: 1, column: 4 * 250 + 1 } });
    expect(capped.text).toBe(`${'*a* '.repeat(250)} b \nnext`);
  });

  it('counts per paragraph: blank lines, list items, headings and table rows start a new count', () => {
    expect(capEmphasis(`${'**a** '.repeat(100)}\n\n${'**b** '.repeat(100)}\n`).cut).toBeUndefined();
    expect(capEmphasis(Array.from({ length: 200 }, () => '- **Term**: meaning').join('\n')).cut).toBeUndefined();
    expect(capEmphasis(`${'**a** '.repeat(100)}\n${'**b** '.repeat(100)}\n`).cut).toEqual({ start: { line: 2, column: 1 + 6 * 25 } });
  });

  it('leaves code fences, escaped marks and snake_case alone', () => {
    const code = `\`\`\`\n${'int *p = *q; // x_y\n'.repeat(1000)}\`\`\`\n`;
    expect(capEmphasis(code).cut).toBeUndefined();
    expect(capEmphasis(`${'\\* '.repeat(2000)}`).cut).toBeUndefined();
    expect(capEmphasis(`${'snake_case_name '.repeat(2000)}`).cut).toBeUndefined();
  });
});
