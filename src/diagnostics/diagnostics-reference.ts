import { diagnosticCodes } from './codes.js';

/** docs/diagnostics.md, generated from the registry so the reference never drifts from the code. */
export function diagnosticsReference(): string {
  const lines = [
    '# Diagnostics reference',
    '',
    '<!-- Generated from src/diagnostics/codes/*.ts by the test suite; run `UPDATE=1 npx vitest run test/diagnostics` to refresh. -->',
    '',
    'Every problem coursewright reports has a permanent code. Codes are never renamed or reused.',
    'Errors stop the build (no package is written); warnings do not.',
    '',
    '| Code | Severity | What it means | What to do |',
    '| --- | --- | --- | --- |',
  ];
  const sample = new Proxy({}, { get: (_t, key) => `‹${String(key)}›` }) as Record<string, string>;
  for (const [code, info] of Object.entries(diagnosticCodes).sort(([a], [b]) => a.localeCompare(b))) {
    const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    lines.push(`| \`${code}\` | ${info.severity} | ${cell(info.title)}: ${cell(info.message(sample))} | ${cell(info.hint?.(sample) ?? '')} |`);
  }
  return `${lines.join('\n')}\n`;
}
