import type { GateCoverage } from './gate-coverage.js';
import { describeValues } from './never-reason.js';

/** `trust 50`, or `some values of trust and safety` when no example was found. */
export function describeExample(coverage: GateCoverage): string {
  if (coverage.failExample) return describeValues(coverage.failExample, coverage.variables);
  return `some values of ${coverage.variables.join(' and ')}`;
}
