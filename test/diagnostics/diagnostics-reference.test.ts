import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticsReference } from '../../src/diagnostics/diagnostics-reference.js';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { expectGolden } from '../support-course/golden.js';

describe('diagnostics registry', () => {
  it('docs/diagnostics.md matches the registry', () => {
    expectGolden(diagnosticsReference(), join(import.meta.dirname, '..', '..', 'docs', 'diagnostics.md'));
  });

  it('uses permanent kebab-case codes, each with a hint', () => {
    for (const [code, info] of Object.entries(diagnosticCodes)) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
      expect(info.hint, code).toBeDefined();
    }
  });
});
