// Prints the gzip size of what a learner's browser downloads to run the player, as built by
// `npm run build`: per target, the core (coursewright-<target>.js) plus the shared stylesheet,
// which every first page needs; then each block kind's code (blocks/<kind>.js, the same for every
// target: appended to the core when a block of that kind is on the first screen, else loaded as the
// learner nears such a block or prefetched once the learner is reading) and styles (blocks/<kind>.css,
// in the stylesheet of courses that use the kind), each feature script (features/<name>.js, code a
// target loads when a click first needs it), and the record of completion's styles
// (completion-record.css, in the stylesheet of courses that offer the record). Exits 1 when a target's core and stylesheet are over the budget, so CI can keep the first
// page small.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Budget for a target's core JS + the CSS together, gzip level 9: what every first page needs. It
 * leaves 6 KiB of the first page's 30 KiB (issue #16) for the HTML and the first lesson's block code.
 */
export const budgetBytes = 24 * 1024;
const runtimeDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'build', 'runtime');

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The gzip size (level 9) of each target's core bundle plus the shared stylesheet, from build/runtime.
 * @returns {{ target: string, script: number, stylesheet: number, total: number }[]}
 */
export function runtimeSizes() {
  const stylesheet = gzipBytes(join(runtimeDir, 'coursewright.css'));
  return readdirSync(runtimeDir)
    .filter((name) => /^coursewright-[a-z0-9]+\.js$/.test(name))
    .sort()
    .map((name) => {
      const script = gzipBytes(join(runtimeDir, name));
      return { target: name.slice('coursewright-'.length, -3), script, stylesheet, total: script + stylesheet };
    });
}

/**
 * The gzip size (level 9) of each block kind's code and styles, from build/runtime/blocks.
 * @returns {{ kind: string, script: number, stylesheet: number }[]}
 */
export function blockChunkSizes() {
  const dir = join(runtimeDir, 'blocks');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const kind = name.slice(0, -3);
      const styles = join(dir, `${kind}.css`);
      return { kind, script: gzipBytes(join(dir, name)), stylesheet: existsSync(styles) ? gzipBytes(styles) : 0 };
    });
}

function main() {
  let rows;
  let chunks;
  try {
    rows = runtimeSizes();
    chunks = blockChunkSizes();
  } catch {
    console.error('The runtime is not built: run "npm run build" first.');
    process.exit(2);
  }
  console.log(`target     core JS    CSS        first page needs   budget ${kib(budgetBytes)}`);
  for (const row of rows) {
    const verdict = row.total <= budgetBytes ? 'pass' : 'FAIL';
    console.log(`${row.target.padEnd(10)} ${kib(row.script).padEnd(10)} ${kib(row.stylesheet).padEnd(10)} ${kib(row.total).padEnd(18)} ${verdict}`);
  }
  console.log('\nblock kind         JS gzip    CSS gzip   (same for every target; only in packages that use the kind)');
  for (const chunk of chunks) console.log(`${chunk.kind.padEnd(18)} ${kib(chunk.script).padEnd(10)} ${kib(chunk.stylesheet)}`);
  const sum = (key) => chunks.reduce((total, chunk) => total + chunk[key], 0);
  console.log(`${'all kinds'.padEnd(18)} ${kib(sum('script')).padEnd(10)} ${kib(sum('stylesheet'))}`);
  const featuresDir = join(runtimeDir, 'features');
  const features = existsSync(featuresDir) ? readdirSync(featuresDir).filter((name) => name.endsWith('.js')).sort() : [];
  const record = join(runtimeDir, 'completion-record.css');
  if (existsSync(record)) console.log(`${'completion record'.padEnd(18)} ${'-'.padEnd(10)} ${kib(gzipBytes(record))}      (only in courses that offer it)`);
  if (features.length) console.log('\nfeature script     JS gzip    (loaded when a click first needs it, never on the first page)');
  for (const name of features) console.log(`${name.slice(0, -3).padEnd(18)} ${kib(gzipBytes(join(featuresDir, name)))}`);
  process.exit(rows.every((row) => row.total <= budgetBytes) ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
