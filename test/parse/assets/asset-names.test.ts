import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { escapeControls, formatDiagnostic } from '../../../src/diagnostics/format-diagnostics.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

/** Validate a one-lesson course whose lesson body is `body`, with `media` files beside it. */
async function validate(body: string, media: string[] = []) {
  const files: Record<string, string | Uint8Array> = {
    'course.yml': 'id: n\ntitle: N\nlessons: [lessons/a.md]\n',
    'lessons/a.md': `---\ntitle: A\n---\n# A\n\n${body}\n`,
  };
  for (const name of media) files[`media/${name}`] = png;
  return compileCourse({ files, validateOnly: true });
}

const where = (d: { file?: string; range?: { start: { line: number; column: number } }; code: string }): string => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`;

describe('names Windows reserves are refused in validate, where they are used', () => {
  it.each([
    ['CON.svg', 'CON', 'media/CON-file.svg'],
    ['aux.png', 'aux', 'media/aux-file.png'],
    ['Lpt1.backup.png', 'Lpt1', 'media/Lpt1-file.backup.png'],
    ['nul/x.png', 'nul', 'media/nul-file/x.png'],
    ['com9.pdf', 'com9', 'media/com9-file.pdf'],
  ])('%s', async (name, reserved, suggestion) => {
    const result = await validate(`Intro.\n\n![A](../media/${name})`, [name]);
    expect(result.diagnostics.map(where)).toEqual(['lessons/a.md:8:1 asset-reserved-name']);
    expect(result.diagnostics[0]?.message).toContain(`The name "${reserved}" in "media/${name}"`);
    expect(result.diagnostics[0]?.hint).toContain(suggestion);
  });

  it('allows names that only start like one', async () => {
    const result = await validate('![A](../media/console.png) ![B](../media/com10.png) ![C](../media/auxiliary.png)', ['console.png', 'com10.png', 'auxiliary.png']);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('files whose names differ only in case', () => {
  it('are refused in validate at the second use, naming the first', async () => {
    const result = await validate('![A](../media/Photo.png)\n\nText.\n\n![B](../media/photo.png)', ['Photo.png', 'photo.png']);
    expect(result.diagnostics.map(where)).toEqual(['lessons/a.md:10:1 asset-case-clash']);
    expect(result.diagnostics[0]?.related).toEqual([{ file: 'lessons/a.md', range: expect.objectContaining({ start: { line: 6, column: 1 } }), message: '"media/Photo.png" is used here.' }]);
  });

  it('one file used twice with the same name is fine', async () => {
    expect((await validate('![A](../media/photo.png) ![B](../media/photo.png)', ['photo.png'])).diagnostics).toEqual([]);
  });
});

describe('control characters never reach the terminal raw', () => {
  it('a %1b path is reported with the escape spelled out', async () => {
    const result = await validate('![A](../media/a%1b%5b2J%07.png)');
    const text = result.diagnostics.map((d) => formatDiagnostic(d, { color: true })).join('\n');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['asset-unsafe-name']);
    expect(text).toContain('media/a\\x1b[2J\\x07.png');
    // Only the formatter's own colour codes are raw escapes; nothing from the author's path is.
    const colours = new RegExp(`${String.fromCharCode(27)}\\[\\d*m`, 'g');
    expect([...text.replace(colours, '')].filter((c) => /\p{Cc}/u.test(c) && c !== '\n')).toEqual([]);
  });

  it('escapes bidi overrides and line separators too', () => {
    expect(escapeControls('a\u202eb\u2028c\r\n')).toBe('a\\u202eb\\u2028c\\x0d\\x0a');
  });
});

describe('a file of a common type a package cannot take', () => {
  it.each([
    ['Captions.SRT', 'Captions must be WebVTT'],
    ['interview.mov', 'Browsers on every device play MP4'],
    ['policy.docx', 'Save the document as a PDF'],
    ['ward.heic', 'Save the image as .jpg'],
  ])('%s: says what to turn it into, before the types a package takes', async (name, advice) => {
    const result = await validate(`See [the file](../media/${name}).`, [name]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['asset-unsupported-type']);
    expect(result.diagnostics[0]?.hint).toMatch(new RegExp(`^${advice}[^]*\\. Use images \\(`));
  });

  it('of a type with no known conversion, lists the types a package takes', async () => {
    const result = await validate('See [the form](../media/form.php).', ['form.php']);
    expect(result.diagnostics[0]?.hint).toMatch(/^Use images \(/);
  });
});
