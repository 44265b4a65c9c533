#!/usr/bin/env node
// From Node.js 22.1 on, the compiled code of the CLI is kept between runs (Node's own cache, in the
// system's temporary folder), so every run after the first starts sooner; older versions skip this.
import module from 'node:module';

module.enableCompileCache?.();
await import('../build/cli/main.js');
