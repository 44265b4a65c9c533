import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { targetNames } from '../../src/model/site.js';
import { defaultRuntimeDir, runtimeBundleName, targetFeaturesFile } from '../../src/package/runtime-bundle.js';

// Which feature scripts a target's runtime can load is known once, by the build: from the
// `feature-name:<name>` imports in the module graph of its bundle. These tests build small runtimes
// of their own to see that the record follows those imports, and check the real build's record
// against the bundles it was made from.
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cw-target-features-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface BuildTool {
  buildRuntime(options: { outDir?: string; sourceDir?: string }): Promise<{ targetFeatures: string }>;
}
const tool = async (): Promise<BuildTool> => (await import(pathToFileURL(join(root, 'scripts', 'build-tool.mjs')).href)) as BuildTool;

/** A runtime source tree of `files` (paths under src/runtime) with the few files every build needs; returns its folder. */
function runtimeSources(name: string, files: Record<string, string>): string {
  const dir = join(work, name, 'runtime');
  const all: Record<string, string> = { 'tsconfig.json': '{}\n', 'styles/index.css': 'body { margin: 0; }\n', 'styles/completion-record.css': 'p { margin: 0; }\n', 'blocks/chunks/note.ts': "console.log('a block');\n", ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Builds `sourceDir` and returns the record it wrote. */
async function recordOf(sourceDir: string): Promise<Record<string, string[]>> {
  const paths = await (await tool()).buildRuntime({ sourceDir, outDir: join(dirname(sourceDir), 'out') });
  return JSON.parse(readFileSync(paths.targetFeatures, 'utf8')) as Record<string, string[]>;
}

const register = (name: string, more = ''): string => `import { featureName } from 'feature-name:${name}';\n${more}(window as any).features = [featureName];\n`;

describe('the build’s record of the feature scripts each target can load', () => {
  it('lists for each target the features its entry imports, with those their scripts import, and none for the others', async () => {
    const record = await recordOf(
      runtimeSources('graph', {
        // Through a module of its own, as a target's tracking code would.
        'targets/lrs.ts': "import { answers } from '../tracking/answers.js';\nconsole.log(answers);\n",
        'tracking/answers.ts': "import { featureName } from 'feature-name:answers';\nexport const answers = featureName;\n",
        'targets/plain.ts': "console.log('no features');\n",
        'targets/both.ts': "import { featureName as a } from 'feature-name:answers';\nimport { featureName as b } from 'feature-name:glossary';\nconsole.log(a, b);\n",
        'features/answers.ts': register('answers', "import { featureName as more } from 'feature-name:statements';\nconsole.log(more);\n"),
        'features/statements.ts': register('statements'),
        'features/glossary.ts': register('glossary'),
      }),
    );
    expect(record).toEqual({ both: ['answers', 'glossary', 'statements'], lrs: ['answers', 'statements'], plain: [] });
  });

  it('gives the importing code the feature’s name, the one its script is built under', async () => {
    const sourceDir = runtimeSources('name', { 'targets/one.ts': register('answers'), 'features/answers.ts': register('answers') });
    await recordOf(sourceDir);
    const bundle = readFileSync(join(dirname(sourceDir), 'out', 'coursewright-one.js'), 'utf8');
    expect(bundle).toContain('"answers"');
    expect(readFileSync(join(dirname(sourceDir), 'out', 'features', 'answers.js'), 'utf8')).toContain('"answers"');
  });

  it('stops the build when code names a feature that has no script, saying which file and name', async () => {
    const sourceDir = runtimeSources('missing', { 'targets/one.ts': register('answer'), 'features/answers.ts': register('answers') });
    await expect(recordOf(sourceDir)).rejects.toThrow(/targets\/one\.ts.*"feature-name:answer" names no feature script: src\/runtime\/features\/answer\.ts does not exist \(the feature scripts are answers\)/s);
  });

  it('stops the build when a block kind’s code names a feature (its packages would not all hold it)', async () => {
    const sourceDir = runtimeSources('chunk', { 'targets/one.ts': "console.log('one');\n", 'blocks/chunks/quiz.ts': register('answers'), 'features/answers.ts': register('answers') });
    await expect(recordOf(sourceDir)).rejects.toThrow('src/runtime/blocks/chunks/quiz.ts imports feature-name:answers: the code of a block kind cannot load feature scripts');
  });

  it('for the real runtime: every target loads the reading aids (checklist ticks, the place in a lesson), xAPI and cmi5 the answers’ statements and the merge of another device’s state too, and every feature name in a bundle is in its record', () => {
    const runtimeDir = defaultRuntimeDir();
    const record = JSON.parse(readFileSync(join(runtimeDir, targetFeaturesFile), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(record)).toEqual([...targetNames].sort());
    expect(record).toEqual({
      cmi5: ['lrs-state-merge', 'reading-aids', 'xapi-answers'],
      scorm12: ['reading-aids'],
      scorm2004: ['reading-aids'],
      web: ['reading-aids'],
      xapi: ['lrs-state-merge', 'reading-aids', 'xapi-answers'],
    });
    // Seen from the bundles' code, independently of the module graph: the name of a feature is in
    // the bundle of each target that can load it (createDeferredCode asks for features/<name>.js), and in no other.
    const allFeatures = [...new Set(Object.values(record).flat())];
    for (const target of targetNames) {
      const bundle = readFileSync(join(runtimeDir, runtimeBundleName(target)), 'utf8');
      expect({ target, names: allFeatures.filter((name) => bundle.includes(`"${name}"`)) }).toEqual({ target, names: record[target] });
    }
  });
});
