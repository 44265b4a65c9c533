// The child process of `coursewright build` that compiles the courses its parent sends
// (src/cli/compile-pool.ts forks this file; serve-compile-tasks.ts is what it does), started with
// the code cache as a command is (start-cli.ts).
import { startCompileWorker } from './start-cli.js';

await startCompileWorker();
