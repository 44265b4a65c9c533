import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rezip, samplePackageBytes } from '../support-package/rezip.js';
import { runCli } from './run-cli.js';
import type { RuntimeCheck, RuntimeData, RuntimeScenario } from '../../src/model/runtime-data.js';
import { encodeState } from '../../src/runtime/state/state-codec.js';
import { encodeScenarioState, scenarioPathLimit } from '../../src/runtime/blocks/scenario/scenario-state.js';
import { openZip } from '../../src/inspect/open-zip.js';
import { readEmbeddedRuntimeData } from '../../src/inspect/read-coursewright-data.js';

/** The course data a package carries, read as `inspect` reads it. */
async function packageRuntimeData(zipPath: string): Promise<RuntimeData> {
  const zip = await openZip(zipPath);
  try {
    const files = new Map<string, string>();
    for (const entry of zip.entries) if (/^assets\/lessons\/.+\.js$/.test(entry.name)) files.set(entry.name, (await zip.readText(entry.name)) ?? '');
    const data = readEmbeddedRuntimeData((await zip.readText('index.html')) ?? '', (path) => files.get(path));
    if (!data) throw new Error(`no course data in ${zipPath}`);
    return data;
  } finally {
    zip.close();
  }
}

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

  it('reads a learner\'s saved progress with the package (--state): where they resume, what is done and to do, what it reports', async () => {
    // The progress a learner of the SCORM 1.2 package saves after answering the first check right,
    // made by the player's own encoder (the Chromium test of a re-published course reads one an LMS kept).
    const data = await packageRuntimeData(join(work, 'scorm12.zip'));
    const check = data.blocks.find((b): b is RuntimeCheck => b.kind === 'check' && b.graded)!;
    const right = check.options.filter((o) => o.correct).map((o) => o.code).join('');
    const saved = encodeState({ lesson: check.lesson, visited: [...Array(check.lesson + 1).keys()], blocks: { [check.id]: { a: 1, r: right, d: 1, s: 1 } } }, data.state);
    writeFileSync(join(work, 'suspend-data.txt'), `${saved}\n`);
    const result = runCli(['inspect', 'scorm12.zip', '--state', 'suspend-data.txt'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  saved progress (${saved.length} characters): read by this package as saved\n`);
    expect(result.stdout).toContain(`    resumes at  lesson ${check.lesson + 1} of ${data.lessons.length}, "${data.lessons[check.lesson]!.title}"\n`);
    expect(result.stdout).toMatch(new RegExp(`    blocks {6}check ${check.id} \\(lesson ${check.lesson + 1}\\): done, answered [a-z-]+ \\(right\\), 1 attempt, score 100\n`));
    expect(result.stdout).toContain(`    to do       open lesson ${check.lesson + 2}, "${data.lessons[check.lesson + 1]!.title}"\n`);
    // As the course reports it: no score until the status is final (it would count what is not answered yet as 0).
    expect(result.stdout).toContain('    reports     incomplete\n');

    // A scenario whose last decision led to a node that only routes on: shown at the ending it routes to.
    const scenario = data.blocks.find((b): b is RuntimeScenario => b.kind === 'scenario' && b.id === 'break-room')!;
    const choose = (node: string, choice: string): number => scenario.nodes.find((n) => n.id === node)!.choices.findIndex((c) => c.id === choice);
    const path = [choose('intro', 'laugh'), choose('later', 'check-in'), choose('priya-talks', 'offer-options')];
    const played = encodeState({ lesson: scenario.lesson, visited: [...Array(scenario.lesson + 1).keys()], blocks: { [scenario.id]: encodeScenarioState({ path, done: true, score: 0.6 }, scenarioPathLimit(scenario)) } }, data.state);
    writeFileSync(join(work, 'scenario-played.txt'), played);
    expect(runCli(['inspect', 'scorm12.zip', '--state', 'scenario-played.txt'], work).stdout).toMatch(/scenario break-room \(lesson \d+\): done, ended [a-z]+-end after 3 decisions, score 60/);

    // Another edition's progress (its lessons and blocks are not this package's): said so, not "read as saved".
    const elsewhere = encodeState({ lesson: 0, visited: [0], blocks: { 'q-manager-only': { a: 1, r: 'a', d: 1, s: 1 } } }, { lessons: ['zz9'], blocks: { 'q-manager-only': 'zz8' } });
    writeFileSync(join(work, 'other-edition.txt'), elsewhere);
    const other = runCli(['inspect', 'scorm12.zip', '--state', 'other-edition.txt'], work).stdout;
    expect(other).toContain(`saved progress (${elsewhere.length} characters): NOTHING in it is this package's`);
    expect(other).toContain('    not here    1 lesson and the block q-manager-only: not in this package');

    // An xAPI or cmi5 package's State API document, from standard input, as JSON.
    const json = runCli(['inspect', 'xapi.zip', '--state', '-', '--format', 'json'], work, {}, { input: JSON.stringify({ state: 'not ours', location: '' }) });
    expect(json.code).toBe(0);
    const report = (JSON.parse(json.stdout) as { packages: { savedState: Record<string, unknown> }[] }).packages[0]!.savedState;
    expect(report).toMatchObject({ status: 'unreadable', length: 8, reason: expect.stringContaining('does not start as a coursewright saved state does') });
    expect(report.outcome).toBeUndefined();

    expect(runCli(['inspect', 'web.zip', '--state', 'suspend-data.txt'], work).stderr).toContain('web.zip: a web package keeps each learner\'s progress in their own browser');
    expect(runCli(['inspect', 'scorm12.zip', 'xapi.zip', '--state', 'suspend-data.txt'], work)).toMatchObject({ code: 2, stderr: expect.stringContaining('--state reads saved progress with one package') });
    expect(runCli(['inspect', 'scorm12.zip', '--state', 'nowhere.txt'], work)).toMatchObject({ code: 2, stderr: expect.stringContaining('Cannot read the saved progress "nowhere.txt"') });
  });

  it('is a usage error (exit 2) when a named file does not exist', () => {
    const result = runCli(['inspect', 'missing.zip'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Package not found: "missing.zip"');
  });
});
