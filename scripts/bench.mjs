// `npm run bench`: measures build speed, memory, start-up, first page and player size against the
// budgets of the performance issue, each side by side with its floor in the same run, and prints one
// table (and writes it as JSON). `--quick` (what CI runs) uses fx1 and one pair, only to prove the
// benchmark works; `--json <file>` names the JSON file (default bench-results.json).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFirstPage } from './bench/first-page.mjs';
import { fixtures, makeFixture, scaleFixtures } from './bench/make-fixture.mjs';
import { measurePreviewRebuild } from './bench/preview-rebuild.mjs';
import { pairedRatio, peakMemory, runTimed, largestLiveHeap } from './bench/run-timed.mjs';
import { blockChunkSizes, budgetBytes as runtimeBudget, runtimeSizes } from './runtime-size.mjs';
import { targetNames } from '../build/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'coursewright.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : 'bench-results.json';
const pairs = quick ? 1 : 5;
const fixtureNames = quick ? ['fx1'] : ['fx1', 'fx12', 'fx100'];

const rows = [];
/** One row of the table: what, the measured value, its budget, and whether it holds. */
function row(measurement, value, budget, pass) {
  rows.push({ measurement, value, budget, verdict: pass === undefined ? 'info' : pass ? 'pass' : 'FAIL' });
}
const x = (ratio) => `${ratio.toFixed(2)}×`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

const work = await mkdtemp(join(tmpdir(), 'cw-bench-'));
try {
  const startup = pairedRatio(() => runTimed(process.execPath, [cli, '--version']).ms, () => runTimed(process.execPath, ['-e', '0']).ms, pairs);
  row('start-up: coursewright --version / node -e 0', x(startup.ratio), '≤ 2×', startup.ratio <= 2);

  for (const name of fixtureNames) {
    const dir = join(work, name);
    await makeFixture(dir, fixtures[name]);
    const out = join(work, `${name}-out`);
    // Both sides write new files: the last run's output is deleted first, untimed (replacing a 60 MB
    // zip costs the file system some 35 ms to free it, which a new file does not).
    const build = (targets) => () => {
      rmSync(out, { recursive: true, force: true });
      return runTimed(process.execPath, [cli, 'build', dir, '--target', targets, '--out', out]).ms;
    };
    // The physical floor: zip the same files, storing media as the build does (-n), no extra fields (-X).
    const floor = () => {
      const zipPath = join(work, `${name}-floor.zip`);
      rmSync(zipPath, { force: true });
      return runTimed('zip', ['-q', '-X', '-r', '-n', '.jpg:.mp4:.png', zipPath, '.'], { cwd: dir }).ms;
    };
    const fitting = targetNames.filter((target) => !(fixtures[name].tooBigFor ?? []).includes(target));
    const oneTarget = fitting[0];
    const one = pairedRatio(build(oneTarget), floor, pairs);
    // The issue sets the speed budgets on fx12 (and they hold for larger courses); fx1's floor, a
    // 5 MB zip in about 50 ms, is less than Node.js takes to start, so its ratios are shown only.
    const budgeted = name !== 'fx1';
    row(`${name}: build one target (${oneTarget}) / zip floor (${one.a.toFixed(0)} ms / ${one.b.toFixed(0)} ms)`, x(one.ratio), budgeted ? '≤ 2×' : '', budgeted ? one.ratio <= 2 : undefined);
    const all = pairedRatio(build(fitting.join(',')), floor, pairs);
    const allLabel = fitting.length === targetNames.length ? `all ${targetNames.length} targets` : `the ${fitting.length} targets that hold it`;
    row(`${name}: build ${allLabel} / zip floor (${all.a.toFixed(0)} ms)`, x(all.ratio), budgeted ? '≤ 4×' : '', budgeted ? all.ratio <= 4 : undefined);
    const memory = peakMemory([cli, 'build', dir, '--target', oneTarget, '--out', out], { runs: quick ? 1 : 3 });
    row(`${name}: peak memory of a build`, mib(memory), 'bounded by the largest lesson', undefined);
    // The first page of every target's package (the last build above made them all): the budget
    // holds for each, so the row gives the largest, with the others beside it.
    const firsts = [];
    for (const target of fitting) {
      const site = join(work, `${name}-${target}-site`);
      runTimed('unzip', ['-q', '-o', join(out, `${name}-${target}-1.0.zip`), '-d', site]);
      firsts.push({ target, ...(await measureFirstPage(site)) });
      await rm(site, { recursive: true, force: true });
    }
    const largest = firsts.reduce((a, b) => (b.codeBytes > a.codeBytes ? b : a));
    const each = firsts.map((f) => `${f.target} ${(f.codeBytes / 1024).toFixed(1)}`).join(', ');
    row(`${name}: first page, HTML+JS+CSS gzip, largest of ${firsts.length} targets (${each} KiB)`, kib(largest.codeBytes), '≤ 30 KiB', largest.codeBytes <= 30 * 1024);
    const requests = Math.max(...firsts.map((f) => f.requests));
    row(`${name}: first page, requests, most of ${firsts.length} targets`, String(requests), '≤ 6', requests <= 6);
  }
  if (!quick) {
    // Scale: time and peak memory per lesson, 100 lessons against 1,000 (one run each: ten times the
    // work is far beyond a busy machine's noise). Linear means a lesson costs no more in a longer course.
    const measured = {};
    for (const [name, fixture] of Object.entries(scaleFixtures)) {
      const dir = join(work, name);
      await makeFixture(dir, fixture);
      const args = [cli, 'build', dir, '--target', 'scorm2004', '--out', join(work, `${name}-out`)];
      measured[name] = { lessons: fixture.lessons, ms: runTimed(process.execPath, args).ms, memory: peakMemory(args), live: largestLiveHeap(args) };
      // Its first page too, in the target with the largest player (cmi5): "whatever the number of
      // lessons" is a claim about long courses.
      const site = join(work, `${name}-site`);
      runTimed(process.execPath, [cli, 'build', dir, '--target', 'cmi5', '--out', join(work, `${name}-cmi5`)]);
      runTimed('unzip', ['-q', '-o', join(work, `${name}-cmi5`, `${fixture.id}-cmi5-1.0.zip`), '-d', site]);
      measured[name].firstPage = (await measureFirstPage(site)).codeBytes;
      await rm(site, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
    const { s100: small, s1000: large } = measured;
    const perLesson = (m) => m.ms / m.lessons;
    const growth = perLesson(large) / perLesson(small);
    row(`scale: build time per lesson, ${large.lessons} / ${small.lessons} lessons (${perLesson(large).toFixed(1)} / ${perLesson(small).toFixed(1)} ms)`, x(growth), '≤ 1.2× (linear)', growth <= 1.2);
    const memoryPerLesson = (large.memory - small.memory) / (large.lessons - small.lessons);
    // "Bounded by the largest lesson": 900 more lessons of the same size may add a few MiB, not one per lesson.
    row(`scale: peak memory, ${small.lessons} → ${large.lessons} lessons`, `${mib(small.memory)} → ${mib(large.memory)}`, 'bounded by the largest lesson', large.memory - small.memory <= 16 * 1024 * 1024);
    row('scale: peak memory added per lesson', `${(memoryPerLesson / 1024).toFixed(0)} KiB`, '', undefined);
    // Each lesson's outline is on the first page (the player needs it to restore and save progress).
    row(`scale: first page, HTML+JS+CSS gzip, ${small.lessons} → ${large.lessons} lessons (cmi5)`, `${kib(small.firstPage)} → ${kib(large.firstPage)}`, '≤ 30 KiB', large.firstPage <= 30 * 1024);
    // What a build holds at its fullest, which its peak does not show (see `largestLiveHeap`).
    row(`scale: most a build holds (heap after a full collection), ${small.lessons} → ${large.lessons} lessons`, `${mib(small.live)} → ${mib(large.live)}`, '', undefined);
  }
  {
    // The preview's rebuild after one lesson is saved (it keeps a build cache; a full build still parses everything).
    const name = quick ? 'fx1' : 'fx12';
    const dir = join(work, `${name}-preview`);
    await makeFixture(dir, fixtures[name]);
    const measured = await measurePreviewRebuild(cli, dir, join(dir, 'lessons', 'lesson-001.md'), quick ? 1 : 5);
    row(`incremental rebuild after a one-lesson edit (${name}, preview, median of ${measured.edits}; first build ${measured.first} ms)`, `${measured.rebuild.toFixed(0)} ms`, '≤ 150 ms', measured.rebuild <= 150);
    row(`${name}: save to rebuilt in the preview (file watcher and save-burst wait included)`, `${measured.saveToBuilt.toFixed(0)} ms`, '', undefined);
  }
  {
    // `build --cache` after a one-lesson edit: a new process reuses the other lessons' parses kept in
    // the cache folder (and still makes the whole package), side by side with a build without it.
    const name = quick ? 'fx1' : 'fx12';
    const dir = join(work, `${name}-cached`);
    await makeFixture(dir, fixtures[name]);
    const target = targetNames.find((t) => !(fixtures[name].tooBigFor ?? []).includes(t));
    const out = join(work, `${name}-cached-out`);
    const lesson = join(dir, 'lessons', 'lesson-001.md');
    const text = readFileSync(lesson, 'utf8');
    let edits = 0;
    // Untimed before each run, as above: the last output deleted; and for the cached side, the edit.
    const build = (...more) => {
      rmSync(out, { recursive: true, force: true });
      return runTimed(process.execPath, [cli, 'build', dir, '--target', target, '--out', out, ...more]).ms;
    };
    const cached = () => {
      writeFileSync(lesson, `${text}\nEdited ${++edits} times.\n`);
      return build('--cache-location', join(work, 'cache'));
    };
    const m = pairedRatio(cached, () => build(), pairs);
    row(`${name}: build --cache (${target}) after a one-lesson edit / build without cache (${m.a.toFixed(0)} ms / ${m.b.toFixed(0)} ms)`, x(m.ratio), '', undefined);
  }
  for (const size of runtimeSizes()) row(`player core JS+CSS gzip, ${size.target}`, kib(size.total), `≤ ${kib(runtimeBudget)}`, size.total <= runtimeBudget);
  for (const chunk of blockChunkSizes()) row(`block code gzip, ${chunk.kind} (only where a course uses it)`, `${kib(chunk.script)} JS + ${kib(chunk.stylesheet)} CSS`, '', undefined);
} finally {
  await rm(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.measurement.length));
console.log(`${'measurement'.padEnd(width)}  ${'value'.padEnd(24)}  ${'budget'.padEnd(30)}  verdict`);
for (const r of rows) console.log(`${r.measurement.padEnd(width)}  ${r.value.padEnd(24)}  ${r.budget.padEnd(30)}  ${r.verdict}`);
await writeFile(jsonPath, JSON.stringify({ quick, pairs, rows }, null, 2) + '\n');
console.log(`\n${rows.filter((r) => r.verdict === 'FAIL').length} of ${rows.filter((r) => r.verdict !== 'info').length} budgets failed${quick ? ' (quick mode: one pair on fx1 proves the benchmark runs; its ratios are not the budgets)' : ''}. JSON: ${jsonPath}`);
