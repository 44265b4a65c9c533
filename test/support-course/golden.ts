import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compare text with a golden file. `UPDATE=1 npx vitest run …` rewrites the file instead;
 * a missing golden file fails, so a new test cannot pass without a reviewed expectation.
 */
export function expectGolden(actual: string, file: string): void {
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`Golden file missing: ${file}. Run with UPDATE=1 to create it, then review it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
