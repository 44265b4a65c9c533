import { startCli } from './start-cli.js';

process.exitCode = await startCli(process.argv.slice(2));
