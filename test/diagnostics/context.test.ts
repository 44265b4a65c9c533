import { describe, expect, it } from 'vitest';
import { createDiagnosticSink, sortDiagnostics } from '../../src/diagnostics/context.js';

describe('diagnostic sink', () => {
  it('drops a report identical to an earlier one', () => {
    const sink = createDiagnosticSink();
    const at = { file: 'scenarios/s.yml', range: { start: { line: 3, column: 5 } } };
    sink.report('asset-missing', { at, values: { path: 'a.png' } });
    sink.report('asset-missing', { at, values: { path: 'a.png' } });
    sink.report('asset-missing', { at: { ...at, range: { start: { line: 4, column: 5 } } }, values: { path: 'a.png' } });
    expect(sink.diagnostics.map((d) => d.range?.start.line)).toEqual([3, 4]);
  });

  it('sorts by file in code-unit order, whatever the locale', () => {
    const sink = createDiagnosticSink();
    for (const file of ['lessons/b.md', 'lessons/B.md', 'lessons/aa.md', 'lessons/z.md']) sink.report('asset-missing', { at: { file }, values: { path: 'x' } });
    expect(sortDiagnostics(sink.diagnostics).map((d) => d.file)).toEqual(['lessons/B.md', 'lessons/aa.md', 'lessons/b.md', 'lessons/z.md']);
  });
});
