import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of scripts/build-tool.mjs the tests use (the script is plain JavaScript, untyped). */
interface BuildTool {
  buildRuntime(options?: { outDir?: string }): Promise<{ scripts: Record<string, string>; stylesheet: string }>;
  buildCli(): Promise<string | undefined>;
  buildLibrary(): Promise<string>;
  buildTemplates(): Promise<string>;
}

/**
 * Vitest global setup: bundles the browser runtime, the CLI and the library, and precompiles the
 * templates, once per run with the same code as `npm run build`, so tests never use a stale build/.
 */
export async function setup(): Promise<void> {
  const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'build-tool.mjs');
  const tool = (await import(pathToFileURL(script).href)) as BuildTool;
  await Promise.all([tool.buildRuntime(), tool.buildCli(), tool.buildLibrary(), tool.buildTemplates()]);
}
