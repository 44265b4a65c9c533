import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkPackageSize, defaultMaxPackageBytes } from '../../../src/package/lint/check-package-size.js';

describe('checkPackageSize', () => {
  it('is quiet up to 200 MB', () => {
    const sink = createDiagnosticSink();
    checkPackageSize('a.zip', defaultMaxPackageBytes, sink);
    expect(sink.diagnostics).toEqual([]);
  });

  it('warns above 200 MB, naming both sizes (standards §0.8)', () => {
    const sink = createDiagnosticSink();
    checkPackageSize('a.zip', 262_400_000, sink);
    expect(sink.diagnostics).toEqual([
      expect.objectContaining({
        code: 'package-too-large',
        severity: 'warning',
        message: expect.stringMatching(/^The package "a\.zip" is 262\.4 MB, more than 200 MB; some LMSs refuse uploads that large/),
      }),
    ]);
    expect(sink.hasErrors()).toBe(false);
  });
});
