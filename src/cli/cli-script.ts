// The entry of build/cli/cli.cjs, the whole CLI as one CommonJS script that start-cli.ts runs with
// V8's code cache: a command (`run`) and the work of a build's child process (`serveCompileTasks`).
export { run } from './program.js';
export { serveCompileTasks } from './serve-compile-tasks.js';
