// Runs commands for the benchmark and measures them: wall time, paired A/B ratios, peak memory.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const rssPreload = join(dirname(fileURLToPath(import.meta.url)), 'report-rss.cjs');

/** Runs `command` once; its wall time in milliseconds. Throws with its output when it fails. */
export function runTimed(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`);
  return { ms, stderr: result.stderr };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Measures `a` against its floor `b` side by side, A B A B …, `pairs` times (after one warm-up of
 * each), and gives the median of the pair ratios a/b with the median times: a slower or busier
 * machine slows both sides of a pair alike.
 */
export function pairedRatio(a, b, pairs) {
  a();
  b();
  const ratios = [];
  const as = [];
  const bs = [];
  for (let i = 0; i < pairs; i++) {
    const ta = a();
    const tb = b();
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { ratio: median(ratios), a: median(as), b: median(bs) };
}

/**
 * Peak resident memory (bytes) of a Node.js run of `args`, reported by the process itself: the
 * median of `runs` runs, since one run's peak depends on when V8 happens to collect (the same
 * 100-lesson build peaked anywhere from 94 to 123 MiB).
 */
export function peakMemory(args, options = {}) {
  const peaks = [];
  for (let run = 0; run < (options.runs ?? 3); run++) {
    const { stderr } = runTimed(process.execPath, ['--require', rssPreload, ...args], options);
    const match = /CW_BENCH_MAXRSS=(\d+)/.exec(stderr);
    if (!match) throw new Error('the process did not report its peak memory');
    peaks.push(Number(match[1]) * 1024);
  }
  return median(peaks);
}

/**
 * The most one Node.js run of `args` holds (bytes): the largest heap left after any of V8's full
 * collections, which its peak RSS does not show (V8 lets short-lived data fill its old generation
 * before it collects, so a longer run peaks higher whatever it holds). The heap is capped at
 * `capMiB`, so V8 collects often and one of its collections falls near the fullest moment.
 */
export function largestLiveHeap(args, { capMiB = 64 } = {}) {
  const result = spawnSync(process.execPath, ['--trace-gc', `--max-old-space-size=${capMiB}`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in a ${capMiB} MiB heap (${result.status}):\n${result.stderr.slice(-2000)}`);
  const live = [...result.stdout.matchAll(/Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \(/g)].map((match) => Number(match[1]));
  if (!live.length) throw new Error(`${args.join(' ')} made no full collection to measure`);
  return Math.max(...live) * 1024 * 1024;
}
