// Builds the tool: the browser runtime (build/runtime/coursewright-<target>.js, one core per target,
// build/runtime/blocks/<kind>.js, one chunk per block kind shared by all targets, with its styles in
// blocks/<kind>.css, and the shared build/runtime/coursewright.css) and the CLI (build/cli/main.js and its chunks). Run by `npm run build`
// and npm `prepare`; test/support/global-setup.ts calls `buildRuntime` so tests always use fresh
// runtime assets.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles the browser runtime, once per target: each src/runtime/targets/<target>.ts →
 * <outDir>/coursewright-<target>.js (IIFE, ES2020 syntax: Chrome and Edge 80+, Firefox 74+, Safari 13.1+
 * and iOS Safari 13.4+; minified, no source map), the core each package
 * runs for its standard; once for all targets, each block kind's code src/runtime/blocks/chunks/<kind>.ts
 * → <outDir>/blocks/<kind>.js, a classic script the core loads when a lesson needs it (packages
 * hold the chunks their course uses), and its styles src/runtime/blocks/<kind>.css → <outDir>/blocks/<kind>.css
 * (the renderer appends those of the kinds a course uses to its stylesheet); each feature script
 * src/runtime/features/<name>.ts → <outDir>/features/<name>.js, code a target's core loads when a
 * click first needs it (src/runtime/shell/deferred-code.ts), with <outDir>/target-features.json,
 * which records the features each target's bundle can load (`featuresLoadable`): the packages of
 * that target hold those (src/package/runtime-bundle.ts); and
 * src/runtime/styles/index.css plus the styles of the blocks that have no code (content notes) →
 * <outDir>/coursewright.css, shared by all targets; src/runtime/styles/completion-record.css →
 * <outDir>/completion-record.css, which the renderer appends for the courses that offer the record.
 * Output is deterministic; files are replaced
 * atomically so a test reading them never sees half a file, and bundles of targets that no longer
 * exist (and the single coursewright.js of older builds) are removed.
 * @param {{ outDir?: string, sourceDir?: string }} [options] where to write, default build/runtime; the
 *   runtime's sources, default src/runtime (tests build small runtimes of their own)
 * @returns {Promise<{ scripts: Record<string, string>, blocks: Record<string, string>, blockStyles: Record<string, string>, features: Record<string, string>, targetFeatures: string, stylesheet: string, recordStylesheet: string }>}
 *   paths of the written files; `scripts` maps each target name to its bundle, `blocks` each block
 *   kind to its chunk, `blockStyles` each block kind that has styles to its stylesheet, `features`
 *   each feature to its script, `targetFeatures` is the record of the features of each target
 */
export async function buildRuntime(options = {}) {
  const outDir = options.outDir ?? join(root, 'build', 'runtime');
  const runtimeDir = options.sourceDir ?? join(root, 'src', 'runtime');
  // Small, deterministic, in memory: the files are written atomically below.
  const common = { bundle: true, minify: true, sourcemap: false, legalComments: 'none', charset: 'utf8', write: false, logLevel: 'silent' };
  const targetsDir = join(runtimeDir, 'targets');
  const targets = readdirSync(targetsDir).filter((name) => name.endsWith('.ts')).map((name) => basename(name, '.ts')).sort();
  if (!targets.length) throw new Error(`no runtime entries in ${relative(root, targetsDir)}`);
  const featuresDir = join(runtimeDir, 'features');
  const featureNames = existsSync(featuresDir) ? readdirSync(featuresDir).filter((name) => name.endsWith('.ts')).map((name) => basename(name, '.ts')).sort() : [];
  const browserScript = (entry) =>
    build({ ...common, entryPoints: [entry], tsconfig: join(runtimeDir, 'tsconfig.json'), format: 'iife', platform: 'browser', target: 'es2020', metafile: true, plugins: [featureNameImports(new Set(featureNames))] });
  const bundles = await Promise.all(targets.map((target) => browserScript(join(targetsDir, `${target}.ts`))));
  const chunksDir = join(runtimeDir, 'blocks', 'chunks');
  const kinds = readdirSync(chunksDir).filter((name) => name.endsWith('.ts')).map((name) => basename(name, '.ts')).sort();
  const chunks = await Promise.all(kinds.map((kind) => browserScript(join(chunksDir, `${kind}.ts`))));
  const featureScripts = await Promise.all(featureNames.map((name) => browserScript(join(featuresDir, `${name}.ts`))));
  const loadable = featuresLoadable(targets, bundles, kinds, chunks, featureNames, featureScripts);
  const stylesDir = join(runtimeDir, 'styles');
  const stylesheet = await build({
    ...common,
    stdin: { contents: await cssEntry(stylesDir, new Set(kinds)), resolveDir: stylesDir, sourcefile: 'index.css', loader: 'css' },
  });
  const recordStyles = await build({ ...common, entryPoints: [join(stylesDir, 'completion-record.css')] });
  const styledKinds = kinds.filter((kind) => existsSync(join(runtimeDir, 'blocks', `${kind}.css`)));
  const kindStyles = await Promise.all(styledKinds.map((kind) => build({ ...common, entryPoints: [join(runtimeDir, 'blocks', `${kind}.css`)] })));
  const scripts = Object.fromEntries(targets.map((target) => [target, join(outDir, `coursewright-${target}.js`)]));
  const blocks = Object.fromEntries(kinds.map((kind) => [kind, join(outDir, 'blocks', `${kind}.js`)]));
  const blockStyles = Object.fromEntries(styledKinds.map((kind) => [kind, join(outDir, 'blocks', `${kind}.css`)]));
  const features = Object.fromEntries(featureNames.map((name) => [name, join(outDir, 'features', `${name}.js`)]));
  const paths = { scripts, blocks, blockStyles, features, targetFeatures: join(outDir, 'target-features.json'), stylesheet: join(outDir, 'coursewright.css'), recordStylesheet: join(outDir, 'completion-record.css') };
  await Promise.all(targets.map(async (target, i) => writeAtomically(scripts[target], await compressScript(bundles[i]))));
  await Promise.all(kinds.map(async (kind, i) => writeAtomically(blocks[kind], await compressScript(chunks[i]))));
  await Promise.all(styledKinds.map((kind, i) => writeAtomically(blockStyles[kind], onlyOutput(kindStyles[i]))));
  await Promise.all(featureNames.map(async (name, i) => writeAtomically(features[name], await compressScript(featureScripts[i]))));
  // After the scripts it names, so a package made meanwhile finds every one of them.
  await writeAtomically(paths.targetFeatures, `${JSON.stringify(loadable, null, 1)}\n`);
  await writeAtomically(paths.stylesheet, onlyOutput(stylesheet));
  await writeAtomically(paths.recordStylesheet, onlyOutput(recordStyles));
  await removeStaleBundles(outDir, new Set(Object.values(scripts).map((path) => basename(path))));
  await removeStaleBundles(join(outDir, 'blocks'), new Set([...Object.values(blocks), ...Object.values(blockStyles)].map((path) => basename(path))), /\.(js|css)$/);
  if (existsSync(join(outDir, 'features'))) await removeStaleBundles(join(outDir, 'features'), new Set(Object.values(features).map((path) => basename(path))), /\.js$/);
  return paths;
}

/** How runtime code names a feature script: `import { featureName } from 'feature-name:<name>'` (src/runtime/feature-name.d.ts). */
const featureNamespace = 'feature-name';

/**
 * Resolves `feature-name:<name>` to a module of one export, `featureName = '<name>'`, so that each
 * feature a bundle can load is an input of that bundle (esbuild's metafile), not a string in its
 * code: `featuresLoadable` reads them from there. A name with no src/runtime/features/<name>.ts
 * stops the build, naming the file that asked for it.
 * @param {Set<string>} featureNames the feature scripts there are
 * @returns {import('esbuild').Plugin}
 */
function featureNameImports(featureNames) {
  return {
    name: 'coursewright-feature-names',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${featureNamespace}:`) }, (args) => {
        const name = args.path.slice(featureNamespace.length + 1);
        if (featureNames.has(name)) return { path: name, namespace: featureNamespace };
        return { errors: [{ text: `"${args.path}" names no feature script: src/runtime/features/${name}.ts does not exist (the feature scripts are ${[...featureNames].join(', ') || 'none'}).` }] };
      });
      build.onLoad({ filter: /.*/, namespace: featureNamespace }, (args) => ({ contents: `export const featureName = ${JSON.stringify(args.path)};`, loader: 'js' }));
    },
  };
}

/**
 * The feature scripts each target's bundle can load: those whose name its module graph imports,
 * with those their own scripts import in turn. This is what build/runtime/target-features.json
 * records and src/package/runtime-bundle.ts puts into the target's packages. Block chunks are
 * shared by every target, and a package holds only its target's features: a chunk that names a
 * feature stops the build rather than leave that feature out of some packages.
 * @returns {Record<string, string[]>} each target (sorted) to its features (sorted)
 */
function featuresLoadable(targets, bundles, kinds, chunks, featureNames, featureScripts) {
  const named = (result) => Object.keys(result.metafile.inputs).filter((input) => input.startsWith(`${featureNamespace}:`)).map((input) => input.slice(featureNamespace.length + 1));
  kinds.forEach((kind, i) => {
    const names = named(chunks[i]);
    if (names.length) throw new Error(`src/runtime/blocks/chunks/${kind}.ts imports feature-name:${names[0]}: the code of a block kind cannot load feature scripts (packages hold those of their target only); load it from the target's entry.`);
  });
  const byFeature = new Map(featureNames.map((name, i) => [name, named(featureScripts[i])]));
  return Object.fromEntries(
    targets.map((target, i) => {
      const loadable = new Set(named(bundles[i]));
      for (const name of loadable) for (const next of byFeature.get(name) ?? []) loadable.add(next);
      return [target, [...loadable].sort()];
    }),
  );
}

/** Bundles of targets (or chunks of block kinds) that no longer have an entry, and the pre-target coursewright.js. */
async function removeStaleBundles(outDir, current, pattern = /^coursewright(-[a-z0-9]+)?\.js$/) {
  const stale = readdirSync(outDir).filter((name) => pattern.test(name) && !current.has(name));
  await Promise.all(stale.map((name) => rm(join(outDir, name), { force: true })));
}

/**
 * Bundles the CLI src/cli/main.ts → build/cli/main.js, and its worker build/cli/compile-worker.js (Node ESM, dependencies
 * bundled in, see `nodeBundleOptions`), split into chunks so each command loads only what it needs: `--version` and
 * `--help` load no compiler. build/cli/code-hash.txt records the hash of that code (`codeHash`).
 * The folder is replaced whole, code and record at once. Skipped, returning undefined, while the CLI does not exist yet.
 * @returns {Promise<string | undefined>} path of the entry file
 */
export async function buildCli() {
  const entry = join(root, 'src', 'cli', 'main.ts');
  if (!existsSync(entry)) return undefined;
  const outDir = join(root, 'build', 'cli');
  const result = await build({
    ...nodeBundleOptions,
    // compile-worker.js: the child processes a build of several courses runs in (src/cli/compile-pool.ts).
    entryPoints: [entry, join(root, 'src', 'cli', 'compile-worker.ts')],
    outdir: outDir,
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
  });
  // cli.cjs: the same CLI as one CommonJS script, which a command and a build's child process run
  // with V8's code cache (src/cli/start-cli.ts); main.js serves --help and --version, which load no command.
  const script = await build({
    ...nodeBundleOptions,
    entryPoints: [join(root, 'src', 'cli', 'cli-script.ts')],
    outfile: join(outDir, cachedCliFile),
    format: 'cjs',
    define: { 'import.meta.url': '__cwModuleUrl' },
    banner: { js: "const __cwModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  cliInputs = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(script.metafile.inputs)])];
  const temporary = `${outDir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  const code = [...result.outputFiles, ...script.outputFiles].map((file) => ({ path: relative(outDir, file.path), contents: file.contents }));
  for (const file of code) {
    const target = join(temporary, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  await writeFile(join(temporary, codeHashFile), `${codeHash(code)}\n`);
  await rm(outDir, { recursive: true, force: true });
  await rename(temporary, outDir);
  await rm(join(root, 'build', 'cli.js'), { force: true }); // the single-file CLI of older builds
  return join(outDir, 'main.js');
}

/**
 * Bundles the library API src/index.ts → build/index.js, what
 * `import { compileCourse } from 'coursewright'` loads, and records the hash of its code in
 * build/code-hash.txt (`codeHash`).
 * @returns {Promise<string>} path of the written file
 */
export async function buildLibrary() {
  const out = join(root, 'build', 'index.js');
  const contents = await bundleForNode(join(root, 'src', 'index.ts'), out);
  await writeAtomically(join(dirname(out), codeHashFile), `${codeHash([{ path: basename(out), contents }])}\n`);
  return out;
}

/**
 * Where the build records, beside each Node bundle (build/cli/ for the CLI, build/ for the
 * library), the hash of its code: src/cache/tool-identity.ts reads it rather than hash the files
 * at every run.
 */
export const codeHashFile = 'code-hash.txt';

/** The CLI as one CommonJS script in build/cli/, for bin/coursewright.js to run with V8's code cache. */
export const cachedCliFile = 'cli.cjs';

/**
 * The hash of a Node bundle's code, part of the identity under which `build --cache` keeps what
 * it parsed (src/cache/tool-identity.ts): the bytes of every file of the bundle (entries and
 * chunks) with their paths, sorted. Those bytes are all the code that runs, the dependencies
 * bundled in among it, so any change that could change what a parse gives changes the hash; the
 * output being deterministic, building the same code again gives the same hash.
 * @param {{ path: string, contents: Uint8Array }[]} files paths relative to the bundle's folder
 * @returns {string} SHA-256, base64url
 */
export function codeHash(files) {
  const named = files.map((file) => ({ path: file.path.split('\\').join('/'), contents: file.contents }));
  named.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of named) hash.update(file.path).update('\0').update(file.contents).update('\0');
  return hash.digest('base64url');
}

/**
 * Dependencies the Node side leaves as imports, installed with the tool: xmllint-wasm loads its
 * WebAssembly file from beside its own module. (scorm-again is never imported: the preview serves
 * its files, resolved from the installed package.)
 */
export const externalPackages = ['xmllint-wasm'];

/**
 * esbuild options of the Node side (CLI and library): ESM, with the dependencies bundled in but
 * `externalPackages`: loading some 870 files of node_modules cost a build about 250 ms before any
 * work, half the start-up of a build. `require` is defined for the CommonJS ones among them
 * (handlebars, xmlbuilder2…). Their licences go to build/THIRD-PARTY-NOTICES.txt. Whitespace and
 * syntax are minified (a third less code for Node.js to read and compile at every start, about
 * 50 ms); names are kept, so a stack trace still names its functions.
 */
const nodeBundleOptions = {
  plugins: [unusedDependencyParts()],
  tsconfig: join(root, 'tsconfig.json'),
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: externalPackages,
  banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module';\nconst require = __cwCreateRequire(import.meta.url);" },
  metafile: true,
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
};

/**
 * Leaves out of the Node bundles two parts of dependencies the tool never runs, which Node.js would
 * otherwise read and compile at every start (with Handlebars' compiler, which src/render/templates.ts
 * loads only for an edited template, a quarter of the code a build loaded):
 * - zod's error messages in 40-odd languages (`z.locales`): the tool's diagnostics are in English,
 *   the locale zod sets itself; only English is kept.
 * - js-yaml, which xmlbuilder2 needs only to read or write YAML: the tool writes XML with it (its
 *   YAML is read by the yaml package). A call would throw, saying so.
 * test/cli/cli-bundle.test.ts checks that they are out, that schema problems still read in English
 * and that manifests are still written.
 * @returns {import('esbuild').Plugin}
 */
function unusedDependencyParts() {
  const namespace = 'coursewright-unused';
  return {
    name: 'coursewright-unused-dependency-parts',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]v4[\\/](?:classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace, pluginData: join(dirname(args.importer), '..', 'locales') } : undefined,
      );
      build.onResolve({ filter: /^js-yaml$/ }, (args) => (/[\\/]xmlbuilder2[\\/]/.test(args.importer) ? { path: 'js-yaml', namespace } : undefined));
      build.onLoad({ filter: /^zod-locales$/, namespace }, (args) => ({
        contents: "export { default as en } from './en.js';",
        resolveDir: args.pluginData,
        loader: 'js',
      }));
      build.onLoad({ filter: /^js-yaml$/, namespace }, () => ({
        contents: "const unused = () => { throw new Error('coursewright is built without js-yaml: xmlbuilder2 cannot read or write YAML here'); };\nmodule.exports = { load: unused, dump: unused };",
        loader: 'js',
      }));
    },
  };
}

/** Input files of the last CLI and library bundles (their node_modules packages need notices). */
let cliInputs = [];
let libraryInputs = [];

/** One Node ESM file from a TypeScript entry, dependencies bundled in (see `nodeBundleOptions`); returns its bytes. */
async function bundleForNode(entry, out) {
  const result = await build({ ...nodeBundleOptions, entryPoints: [entry] });
  libraryInputs = Object.keys(result.metafile.inputs);
  const contents = onlyOutput(result);
  await writeAtomically(out, contents);
  return contents;
}

/**
 * build/THIRD-PARTY-NOTICES.txt: name, version, licence and licence text of every package bundled
 * into the CLI or the library, as their licences ask when their code is redistributed.
 * @param {string[]} inputs esbuild input paths, relative to the project root
 * @returns {Promise<string>} path of the written file
 */
export async function writeNotices(inputs) {
  const packageDirs = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split('\\').join('/'));
    if (match?.[1]) packageDirs.add(match[1]);
  }
  const entries = [];
  for (const dir of packageDirs) {
    const manifest = JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(join(root, dir)).filter((name) => /^(licen[cs]e|copying)/i.test(name)).sort()[0];
    const licence = manifest.license ?? manifest.licenses?.map((entry) => entry.type).join(' OR ') ?? 'see the package';
    const text = licenceFile ? (await readFile(join(root, dir, licenceFile), 'utf8')).trim() : `${licence}; the package ships no licence text (${manifest.homepage ?? manifest.repository?.url ?? 'see its repository'}).`;
    entries.push({ id: `${manifest.name}@${manifest.version}`, licence, text });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unique = entries.filter((entry, i) => i === 0 || entries[i - 1].id !== entry.id);
  const header = 'coursewright bundles the following packages into build/cli/ and build/index.js. Their licences follow.\n';
  const body = unique.map((entry) => `${'='.repeat(72)}\n${entry.id} (${entry.licence})\n${'='.repeat(72)}\n\n${entry.text}\n`).join('\n');
  const path = join(root, 'build', 'THIRD-PARTY-NOTICES.txt');
  await writeAtomically(path, `${header}\n${body}`);
  return path;
}

/**
 * Precompiles templates/page.hbs and templates/blocks/*.hbs → build/templates.json, which
 * src/render/templates.ts uses instead of compiling them on every build (40–80 ms), for each
 * template whose text and options are exactly those precompiled here.
 * @returns {Promise<string>} path of the written file
 */
export async function buildTemplates() {
  const { default: Handlebars } = await import('handlebars');
  // The options of `templateOptions` in src/render/templates.ts (it checks they are the same).
  const options = { strict: false, preventIndent: true };
  const dir = join(root, 'templates');
  const paths = ['page.hbs', ...readdirSync(join(dir, 'blocks')).filter((name) => name.endsWith('.hbs')).sort().map((name) => `blocks/${name}`)];
  const precompiled = {};
  for (const path of paths) {
    const text = await readFile(join(dir, path), 'utf8');
    precompiled[path] = { sha256: createHash('sha256').update(text).digest('hex'), options, spec: Handlebars.precompile(text, { ...options }) };
  }
  const out = join(root, 'build', 'templates.json');
  await writeAtomically(out, `${JSON.stringify(precompiled, null, 1)}\n`);
  return out;
}

/**
 * index.css, then the blocks' shared stylesheet and those of block kinds without code of their own
 * (sorted, for stable output); the styles of kinds with code (`chunked`) are built on their own.
 */
async function cssEntry(stylesDir, chunked) {
  const imports = [];
  if (existsSync(join(stylesDir, 'blocks.css'))) imports.push('./blocks.css');
  const blocksDir = join(stylesDir, '..', 'blocks');
  if (existsSync(blocksDir)) {
    for (const name of readdirSync(blocksDir).filter((file) => file.endsWith('.css') && !chunked.has(basename(file, '.css'))).sort()) {
      imports.push(relative(stylesDir, join(blocksDir, name)).split('\\').join('/'));
    }
  }
  const index = await readFile(join(stylesDir, 'index.css'), 'utf8');
  return index + imports.map((path) => `@import ${JSON.stringify(path)};\n`).join('');
}

/**
 * A browser script as esbuild bundled and minified it, compressed again by terser (its safe
 * transforms only, two passes): about 5% less after gzip, some 1 KiB of each target's core, which
 * every learner downloads on the first page. Deterministic, as esbuild is.
 * @param {import('esbuild').BuildResult} result
 * @returns {Promise<string>}
 */
async function compressScript(result) {
  const compressed = await minify(outputFile(result).text, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (compressed.code === undefined) throw new Error('terser produced no output');
  return compressed.code;
}

/** The one file an esbuild build made (in memory). */
function outputFile(result) {
  const [file] = result.outputFiles ?? [];
  if (!file) throw new Error('esbuild produced no output');
  return file;
}

function onlyOutput(result) {
  return outputFile(result).contents;
}

async function writeAtomically(path, contents) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/**
 * Type declarations of the library API (build/types/), so TypeScript users of
 * `import { compileCourse } from 'coursewright'` get the documented types. The folder is replaced
 * whole: declarations of modules that no longer exist do not stay behind.
 * @returns {string} path of the entry declaration file
 */
export function buildTypes() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const outDir = join(root, 'build', 'types');
  const temporary = `${outDir}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json'), '--outDir', temporary], { stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    throw new Error('type declarations failed to build');
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(temporary, outDir);
  return join(outDir, 'index.d.ts');
}

async function main() {
  const runtime = await buildRuntime();
  const cli = await buildCli();
  const library = await buildLibrary();
  const notices = await writeNotices([...cliInputs, ...libraryInputs]);
  const templates = await buildTemplates();
  const types = existsSync(join(root, 'node_modules', 'typescript')) ? buildTypes() : undefined;
  for (const path of [...Object.values(runtime.scripts), ...Object.values(runtime.blocks), ...Object.values(runtime.blockStyles), ...Object.values(runtime.features), runtime.targetFeatures, runtime.stylesheet, cli, library, notices, templates, types]) {
    if (path) console.log(`built ${relative(root, path)}`);
  }
  if (!cli) console.log('skipped build/cli/: src/cli/main.ts does not exist yet');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
