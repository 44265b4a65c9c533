#!/usr/bin/env node
// Starts the CLI (src/cli/start-cli.ts): a command runs with V8's code cache, kept by coursewright in
// a folder of the user's own (src/cli/code-cache.ts); --help and --version load only the program,
// whose compiled code Node.js 22.1 and newer keep between runs with their own cache.
import module from 'node:module';

module.enableCompileCache?.();
await import('../build/cli/main.js');
