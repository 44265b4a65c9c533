import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostics.js';
import { courseCodes } from '../../src/diagnostics/codes/course-codes.js';
import { blockCodes } from '../../src/diagnostics/codes/block-codes.js';
import { expectGolden } from '../support-course/golden.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'validate');
// follow-on/ holds courses with several problems at once (see follow-on-diagnostics.test.ts).
const fixtures = readdirSync(root).filter((name) => name !== 'follow-on').sort();

/** Each fixture folder is a tiny course named after the diagnostic it must produce. */
describe('diagnostics a course author sees', () => {
  it.each(fixtures)('%s', async (name) => {
    const dir = join(root, name);
    const result = await compileCourse({ dir: relative(process.cwd(), dir), validateOnly: true });
    const readSource = (file: string): string | undefined => {
      try {
        return readFileSync(join(dir, file), 'utf8');
      } catch {
        return undefined;
      }
    };
    const text = result.diagnostics.map((d) => formatDiagnostic(d, { readSource })).join('\n\n');
    expect(result.diagnostics.map((d) => d.code)).toContain(name);
    for (const d of result.diagnostics) {
      if (d.code !== 'course-not-found') expect(d.range, `${d.code} has a position`).toBeDefined();
    }
    expectGolden(`${text}\n`, join(dir, 'diagnostics.txt'));
  });

  it('has a fixture for every course and block diagnostic code', () => {
    const codes = [...Object.keys(courseCodes), ...Object.keys(blockCodes)].sort();
    expect(codes.filter((c) => !fixtures.includes(c))).toEqual([]);
  });
});
