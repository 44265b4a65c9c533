import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a user gets from `npm pack` (the same files `npm publish` uploads), installed the ways users
// install it. Installs take packages from the npm cache that `npm ci` filled (--prefer-offline) and
// fetch only what it lacks.
const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'cw-pack-'));
const installFlags = ['--prefer-offline', '--no-audit', '--no-fund'];
const title = 'Fire safety at the depot';
let tarball = '';
let packed: string[] = [];

/**
 * The environment of a user's shell, without the lower-case npm_* variables npm sets for the script
 * running this test (`npm_config_call` would turn each npx into that script). Configuration in
 * NPM_CONFIG_* variables, such as a CI's registry, stays; npm rereads its configuration files itself.
 */
const userEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^INIT_CWD$/.test(name))),
  NO_COLOR: '1',
  npm_config_update_notifier: 'false',
});

function run(command: string, args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', timeout: 180_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `command`, failing with its output when it does not exit 0. */
function succeed(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  // The test run builds all of build/ but the library's type declarations (a TypeScript compile of
  // several seconds, which only this test needs): they are made here from the present sources.
  const tool = (await import(pathToFileURL(join(root, 'scripts', 'build-tool.mjs')).href)) as { buildTypes(): string };
  tool.buildTypes();
  // --ignore-scripts: `prepare` would rebuild the shared build/, which the test run already built.
  const [pack] = JSON.parse(succeed('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as { filename: string; files: { path: string }[] }[];
  if (!pack) throw new Error('npm pack reported no package');
  tarball = join(work, pack.filename);
  packed = pack.files.map((file) => file.path);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` of the checkout, as package paths. */
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'));

/**
 * Package names the built Node code imports (statically or dynamically: esbuild reads the built
 * entries and every chunk they load, and lists what stays outside), or finds by require.resolve
 * (not an import: found in the code, where the call names a literal).
 */
async function importedPackages(): Promise<string[]> {
  const entries = ['build/index.js', 'build/cli/main.js', 'build/cli/compile-worker.js'].map((path) => join(root, path));
  const scan = await build({ entryPoints: entries, bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external', write: false, metafile: true, outdir: join(work, 'scan'), logLevel: 'silent' });
  const specifiers = Object.values(scan.metafile.inputs).flatMap((input) => input.imports.filter((item) => item.external).map((item) => item.path));
  for (const input of Object.keys(scan.metafile.inputs)) {
    for (const [, specifier = ''] of readFileSync(resolve(root, input), 'utf8').matchAll(/\.resolve\(\s*"([^"]+)"\s*\)/g)) specifiers.push(specifier);
  }
  const names = new Set<string>();
  for (const specifier of specifiers) {
    if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) continue;
    names.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  }
  return [...names].sort();
}

describe('the package npm pack makes', () => {
  it('holds the built CLI, library and runtime, the templates, schemas and XSDs, and nothing else of the checkout', () => {
    for (const dir of ['build/cli', 'build/runtime', 'templates', 'schemas', 'vendor']) {
      const missing = filesUnder(dir).filter((path) => !packed.includes(path));
      expect(missing, `files of ${dir}/ missing from the package`).toEqual([]);
    }
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'LICENSE', 'bin/coursewright.js', 'build/index.js', 'build/types/index.d.ts', 'build/cli/main.js', 'build/THIRD-PARTY-NOTICES.txt']));
    const allowed = /^(package\.json|README\.md|LICEN[CS]E(\.\w+)?|bin\/coursewright\.js|(build|templates|schemas|vendor)\/.+)$/;
    expect(packed.filter((path) => !allowed.test(path))).toEqual([]);
  });

  it('declares every package the built code imports as a dependency, and no other', async () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual(await importedPackages());
  });

  it('names the licence of each package bundled into the built code', () => {
    // Bundled, so not installed with the tool: their licences travel in the notices file instead.
    const notices = readFileSync(join(root, 'build', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['commander', 'handlebars', 'remark-parse', 'micromark', 'unified', 'xmlbuilder2', 'yaml', 'zod']) {
      const version = (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      expect(notices, name).toContain(`\n${name}@${version} (`);
    }
    expect(notices).toContain('Permission is hereby granted, free of charge');
  });
});

/** Whether the server at `url` stops answering within a few seconds. */
async function stopsAnswering(url: string): Promise<boolean> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((wait) => setTimeout(wait, 100))) {
    if (!(await fetch(url).then(() => true, () => false))) return true;
  }
  return false;
}

/** Ends what is left of a process group this test started. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
}

/** One way of installing the tarball: where the project is, and how its commands are run. */
interface Install {
  project: string;
  command: string;
  args: string[];
}

const installs: [string, () => Install][] = [
  ['npm i -D', () => localInstall('normal', [])],
  ['npm i -D --install-strategy=linked (undeclared imports fail)', () => localInstall('linked', ['--install-strategy=linked'])],
  ['npm i -g into a prefix', () => globalInstall()],
];

function localInstall(name: string, flags: string[]): Install {
  const project = join(work, name);
  mkdirSync(project);
  succeed('npm', ['init', '-y'], project);
  succeed('npm', ['install', '-D', tarball, ...flags, ...installFlags], project);
  // Checked first so that npx cannot fall back to fetching a package of this name.
  if (!existsSync(join(project, 'node_modules', '.bin', 'coursewright'))) throw new Error(`npm linked no coursewright bin in ${name}`);
  return { project, command: 'npx', args: ['coursewright'] };
}

function globalInstall(): Install {
  const prefix = join(work, 'global');
  succeed('npm', ['install', '-g', '--prefix', prefix, tarball, ...installFlags], work);
  const project = join(work, 'global-user');
  mkdirSync(project);
  // Where npm links global bins on POSIX systems.
  return { project, command: join(prefix, 'bin', 'coursewright'), args: [] };
}

describe.each(installs)('installed with %s', (_name, install) => {
  let installed: Install;
  const cli = (args: string[]) => run(installed.command, [...installed.args, ...args], installed.project);
  beforeAll(() => {
    installed = install();
  }, 240_000);

  it('prints its version', () => {
    const version = cli(['--version']);
    expect(version.stdout.trim()).toBe(manifest.version);
    expect(version.code).toBe(0);
  });

  it('init writes a course whose schema comment points at a schema inside the installation', () => {
    const init = cli(['init', 'my-course', '--title', title]);
    expect(init.stderr).toContain('Created the course "my-course"');
    expect(init.stderr).toContain('npx coursewright build my-course');
    expect(init.code).toBe(0);
    const courseDir = join(installed.project, 'my-course');
    const schemaPath = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(courseDir, 'course.yml'), 'utf8'))?.[1] ?? '';
    // A project's copy is named through node_modules/coursewright, never a linked install's versioned store folder.
    if (installed.command === 'npx') expect(schemaPath).toBe('../node_modules/coursewright/schemas/course.schema.json');
    expect(readFileSync(resolve(courseDir, schemaPath), 'utf8')).toBe(readFileSync(join(root, 'schemas', 'course.schema.json'), 'utf8'));
  });

  it('build packages the course into a zip that inspect accepts', () => {
    const build = cli(['build', 'my-course', '--out', 'dist']);
    expect(build.stderr).toContain('my-course: built (0 errors, 0 warnings)');
    expect(build.code).toBe(0);
    const zip = join('dist', 'my-course-scorm12-1.0.zip');
    expect(existsSync(join(installed.project, zip))).toBe(true);
    // Two courses at once: the second compiles in a worker process, started from the installed package.
    expect(cli(['init', 'second-course']).code).toBe(0);
    const both = cli(['build', 'my-course', 'second-course', '--out', 'dist', '--jobs', '2']);
    expect(both.stderr).toContain('second-course: built (0 errors, 0 warnings)');
    expect(both.code).toBe(0);
    expect(existsSync(join(installed.project, 'dist', 'second-course-scorm12-1.0.zip'))).toBe(true);
    // Validates the manifest against the XSDs the package ships.
    const inspect = cli(['inspect', zip]);
    expect(inspect.stdout).toContain('manifest  imsmanifest.xml (valid)');
    expect(inspect.code).toBe(0);
  }, 120_000);

  it('review writes the sign-off document', () => {
    const review = cli(['review', 'my-course', '--out', 'review.html']);
    expect(review.code).toBe(0);
    expect(readFileSync(join(installed.project, 'review.html'), 'utf8')).toContain(title);
  }, 120_000);

  it('preview serves the course on 127.0.0.1 and stops on Ctrl-C', async () => {
    // Its own process group, so Ctrl-C reaches npx and the CLI under it, as in a terminal.
    const child = spawn(installed.command, [...installed.args, 'preview', 'my-course', '--port', '0'], { cwd: installed.project, env: userEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const group = child.pid;
    if (!group) throw new Error('preview did not start');
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let output = '';
    try {
      const url = await new Promise<string>((found, fail) => {
        const timer = setTimeout(() => fail(new Error(`preview printed no address:\n${output}`)), 60_000);
        const read = (chunk: Buffer): void => {
          output += chunk.toString();
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            found(match[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', () => fail(new Error(`preview exited:\n${output}`)));
      });
      const lms = await fetch(url);
      expect(lms.status).toBe(200);
      const course = await fetch(new URL('course/', url));
      expect(course.status).toBe(200);
      expect(await course.text()).toContain(`<title>${title}`);
      // The SCORM runtime the LMS page runs, resolved from the installed package's dependencies.
      expect((await fetch(new URL('__preview/scorm-again.js', url))).status).toBe(200);
      process.kill(-group, 'SIGINT');
      await exited;
      expect(await stopsAnswering(url)).toBe(true);
    } finally {
      killGroup(group);
    }
  }, 90_000);
});

describe('used as a library from a TypeScript project', () => {
  let project = '';
  beforeAll(() => {
    project = join(work, 'library-user');
    mkdirSync(project);
    succeed('npm', ['init', '-y'], project);
    // The TypeScript and Node.js types this checkout builds with; a user's project has its own.
    const version = (name: string): string => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    succeed('npm', ['install', tarball, `typescript@${version('typescript')}`, `@types/node@${version('@types/node')}`, ...installFlags], project);
  }, 240_000);

  it('type-checks against the installed declarations with strict settings and skipLibCheck off, and compiles a course', () => {
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ ...(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as object), type: 'module' }),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: false, module: 'nodenext', target: 'es2022', types: ['node'], outDir: 'out' }, files: ['use.ts'] }),
    );
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { compileCourse, createBuildCache, formatDiagnostic, type CompileResult } from 'coursewright';",
        'const cache = createBuildCache();',
        "const files = { 'course.yml': 'id: lib\\ntitle: Respect at work\\nversion: \"1.0\"\\nlanguage: en\\nlessons:\\n  - lessons/a.md\\ntargets: [scorm2004]\\n', 'lessons/a.md': '---\\ntitle: Noticing\\n---\\n\\nWhat you notice first matters.\\n' };",
        'const result: CompileResult = await compileCourse({ files, cache });',
        'for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));',
        "console.log(result.artifacts.map((artifact) => `${artifact.fileName} ${artifact.bytes?.byteLength ?? 0}`).join('\\n'), cache.stats.parsed);",
        '',
      ].join('\n'),
    );
    const tsc = run(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    const used = run(process.execPath, [join('out', 'use.js')], project);
    expect(used.stderr).toBe('');
    expect(used.stdout).toMatch(/^lib-scorm2004-1\.0\.zip [1-9]\d* 1$/m);
  }, 120_000);
});
