// Prints the gzip size of what a learner's browser downloads to run the player, per target:
// the target's runtime bundle plus the shared stylesheet, as built by `npm run build`. Exits 1
// when a target is over the budget, so CI can keep the player small.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budget for runtime JS + CSS together, gzip level 9, per target. */
export const budgetBytes = 28 * 1024;
const runtimeDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'build', 'runtime');

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The gzip size (level 9) of each target's runtime bundle plus the shared stylesheet, from build/runtime.
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

function main() {
  let rows;
  try {
    rows = runtimeSizes();
  } catch {
    console.error('The runtime is not built: run "npm run build" first.');
    process.exit(2);
  }
  console.log(`target     JS gzip    CSS gzip   total      budget ${kib(budgetBytes)}`);
  for (const row of rows) {
    const verdict = row.total <= budgetBytes ? 'pass' : 'FAIL';
    console.log(`${row.target.padEnd(10)} ${kib(row.script).padEnd(10)} ${kib(row.stylesheet).padEnd(10)} ${kib(row.total).padEnd(10)} ${verdict}`);
  }
  process.exit(rows.every((row) => row.total <= budgetBytes) ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
