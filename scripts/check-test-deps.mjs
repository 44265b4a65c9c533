// Runs before `npm test`: the browser tests need Debian's Chromium. Says how to install it
// instead of letting every browser test fail with a launch error.
import { existsSync } from 'node:fs';

const chromium = '/usr/bin/chromium';

if (!existsSync(chromium)) {
  console.error(`The browser tests need Chromium at ${chromium}, which is missing.`);
  console.error('Install it with:');
  console.error('');
  console.error('  sudo apt-get update && sudo apt-get install -y chromium');
  console.error('');
  process.exit(1);
}
