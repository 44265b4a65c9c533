import type { CodeInfo } from './code-info.js';
import { courseCodes } from './codes/course-codes.js';
import { blockCodes } from './codes/block-codes.js';
import { scenarioCodes } from './codes/scenario-codes.js';
import { packageCodes } from './codes/package-codes.js';
import { inspectCodes } from './codes/inspect-codes.js';
import { editionCodes } from './codes/edition-codes.js';
import { stateCodes } from './codes/state-codes.js';
import { sourceCodes } from './codes/source-codes.js';
import { cacheCodes } from './codes/cache-codes.js';

/**
 * Every diagnostic code the compiler can report. Codes are permanent: never rename or reuse one;
 * retire it instead. docs/diagnostics.md is generated from this registry.
 */
export const diagnosticCodes = {
  ...courseCodes,
  ...blockCodes,
  ...scenarioCodes,
  ...packageCodes,
  ...inspectCodes,
  ...editionCodes,
  ...stateCodes,
  ...sourceCodes,
  ...cacheCodes,
} satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
