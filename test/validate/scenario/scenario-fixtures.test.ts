import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { parseScenario } from '../../../src/parse/scenario/parse-scenario.js';
import { validateScenario } from '../../../src/validate/scenario/validate-scenario.js';
import type { ValidateScenarioOptions } from '../../../src/validate/scenario/scenario-rule.js';
import { formatDiagnostics } from '../../support-scenario/format.js';

// Each folder holds scenario.yml, the diagnostics a user would see (diagnostics.txt) and, optionally,
// options.json for validateScenario. Regenerate goldens with UPDATE=1 and review the diff.
const root = fileURLToPath(new URL('../../fixtures/scenario/', import.meta.url));
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'scenario.yml')));

function diagnose(dir: string): string {
  const sink = createDiagnosticSink();
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ValidateScenarioOptions) : {};
  const scenario = parseScenario(readFileSync(join(dir, 'scenario.yml'), 'utf8'), 'scenario.yml', sink);
  if (scenario) validateScenario(scenario, sink, options);
  return formatDiagnostics(sink.diagnostics);
}

describe('scenario fixtures', () => {
  it('has a fixture for every case', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const golden = join(dir, 'diagnostics.txt');
      const actual = diagnose(dir);
      if (process.env.UPDATE === '1') writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('every fixture named after a code reports that code', () => {
    for (const name of cases) {
      const code = name.replace(/^\d+-/, '');
      if (code === 'valid-rich' || !/^(scenario|schema|invalid|yaml)-/.test(code)) continue;
      expect(readFileSync(join(root, name, 'diagnostics.txt'), 'utf8'), name).toContain(`  ${code}\n`);
    }
  });
});
