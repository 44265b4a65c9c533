// Runs before `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium (never a
// browser downloaded by a test tool). Installs it with apt-get when it can do so without asking
// for a password; otherwise says exactly how, instead of letting every browser test fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = '/usr/bin/chromium';
const install = 'apt-get update && apt-get install -y chromium';

function run(command) {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (root || sudo) {
    console.error(`The browser tests need Chromium at ${chromium}; installing Debian's package.`);
    run(root ? install : `sudo sh -c '${install}'`);
  }
  if (!existsSync(chromium)) {
    console.error(`The browser tests need Chromium at ${chromium}, which is missing.`);
    console.error('Install it with:');
    console.error('');
    console.error(`  sudo sh -c '${install}'`);
    console.error('');
    process.exit(1);
  }
}
