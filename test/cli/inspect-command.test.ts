import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rezip, samplePackageBytes } from '../support-package/rezip.js';
import { runCli } from './run-cli.js';

let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cw-inspect-'));
  const packages = await samplePackageBytes('respect-at-work');
  for (const [target, bytes] of packages) writeFileSync(join(work, `${target}.zip`), bytes);
  const scorm = packages.get('scorm12') ?? new Uint8Array();
  writeFileSync(join(work, 'broken.zip'), await rezip(scorm, (files) => files.delete('index.html')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('coursewright inspect', () => {
  it('accepts good packages of every target (exit 0) and says what each will report', () => {
    const result = runCli(['inspect', 'scorm12.zip', 'xapi.zip', 'cmi5.zip'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('scorm12.zip: SCORM 1.2 "Respect at work" (respect-at-work-employee-v2027.1)');
    expect(result.stdout).toContain('  manifest  imsmanifest.xml (valid)');
    expect(result.stdout).toContain('mastery score 80, 1 item');
    expect(result.stdout).toContain('    q-too-late  true-false  (check)');
    // SCORM 1.2 reports show a decision's letter: both, as the report key pairs them; the others send the id.
    expect(result.stdout).toContain('    break-room.intro  choice  (scenario; response one of a (laugh), b (name-it), c (distract)');
    expect(result.stdout).toContain('    break-room.intro  choice  (scenario; response one of laugh, name-it, distract');
    expect(result.stdout).toContain('cmi5.zip: ok (0 errors, 0 warnings)');
  });

  it('says a web package is one (exit 0), for a web server and not an LMS, rather than failing it', () => {
    const result = runCli(['inspect', 'web.zip'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('web.zip: coursewright web package (for a web server, not an LMS)\n');
    expect(result.stdout).toMatch(/^web\.zip info This is a coursewright web package: .* {2}inspect-web-package$/m);
    expect(result.stdout).toContain('web.zip: ok (0 errors, 0 warnings)');
  });

  it('fails a broken package (exit 1) with a clickable zip:entry line, code and hint', () => {
    const result = runCli(['inspect', 'broken.zip'], work);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^broken\.zip:imsmanifest\.xml:\d+:1 error The launch file "index\.html" named by imsmanifest\.xml is not in the zip\. {2}inspect-launch-missing$/m);
    expect(result.stdout).toContain('  hint: ');
    expect(result.stdout).toContain('broken.zip: problems found (1 error, 0 warnings)');
  });

  it('prints the same data as JSON', () => {
    const result = runCli(['inspect', 'scorm12.zip', 'broken.zip', '--format', 'json'], work);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { ok: boolean; packages: Record<string, unknown>[] };
    expect(json.ok).toBe(false);
    expect(json.packages.map((p) => Object.keys(p))).toEqual([
      ['zip', 'standard', 'manifest', 'valid', 'facts', 'coursewright', 'files', 'unpackedBytes', 'zipBytes', 'largest', 'diagnostics'],
      ['zip', 'standard', 'manifest', 'valid', 'facts', 'files', 'unpackedBytes', 'zipBytes', 'largest', 'diagnostics'],
    ]);
    expect(json.packages[0]).toMatchObject({ zip: 'scorm12.zip', standard: 'scorm12', valid: true, facts: { launch: 'index.html', masteryScore: '80' }, diagnostics: [] });
    expect(json.packages[1]?.diagnostics).toEqual([expect.objectContaining({ code: 'inspect-launch-missing', severity: 'error', file: 'imsmanifest.xml' })]);
  });

  it('is a usage error (exit 2) when a named file does not exist', () => {
    const result = runCli(['inspect', 'missing.zip'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Package not found: "missing.zip"');
  });
});
