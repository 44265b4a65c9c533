import { createRequire } from 'node:module';

/** The fields of a rulr warning that @learninglocker/xapi-validation returns. */
interface ValidationWarning {
  name: string;
  path: string[];
  data: unknown;
  typeName?: string;
  keys?: string[];
}

const validate = (createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: (data: unknown) => ValidationWarning[] })
  .default;

/**
 * The problems @learninglocker/xapi-validation finds in `statement`, one line each, e.g.
 * `statement.result.score.scaled: TypeWarning, expected Scaled, found 85`; empty when the statement is valid.
 */
export function validateStatement(statement: unknown): string[] {
  return validate(statement).map((warning) => {
    const details = [warning.name];
    if (warning.typeName !== undefined) details.push(`expected ${warning.typeName}`);
    if (warning.keys !== undefined) details.push(`unexpected keys ${warning.keys.join(', ')}`);
    details.push(`found ${JSON.stringify(warning.data)?.slice(0, 120) ?? 'undefined'}`);
    return `${warning.path.join('.')}: ${details.join(', ')}`;
  });
}
