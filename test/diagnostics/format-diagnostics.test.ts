import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const diagnostic: Diagnostic = {
  code: 'asset-missing',
  severity: 'error',
  message: 'Expected the file "lessons/x.png", found none.',
  file: 'lessons/a.md',
  range: { start: { line: 1, column: 4 }, end: { line: 1, column: 8 } },
};

describe('formatDiagnostic', () => {
  it('keeps the caret under the reported column when the line has tabs', () => {
    const text = formatDiagnostic(diagnostic, { readSource: () => '\t\tx ![](x.png)\n' });
    expect(text.split('\n').slice(1)).toEqual(['  1 |   x ![](x.png)', '    |    ^^^^']);
  });

  it('never prints control characters from the source (terminal escapes)', () => {
    const text = formatDiagnostic(diagnostic, { readSource: () => 'ab\u001b[2Jcd\u0007\n' });
    expect(text).not.toMatch(/(?!\n)\p{Cc}/u);
  });
});
