import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { targetNames } from '../model/site.js';
import { packageRoot } from '../render/package-root.js';
import { checkFormats, type CheckFormat } from './check-format.js';
import { UsageError, exitCodes } from './cli-error.js';
import { exitOnSignal } from './exit-on-signal.js';
import { processTerminal, type Terminal } from './terminal.js';

/**
 * Each command's code is loaded when the command runs (the CLI bundle is split per command), so
 * `--version` and `--help` start as fast as Node itself and `init` never loads the compiler.
 */
const commands = {
  build: () => import('./commands/build-command.js'),
  compare: () => import('./commands/compare-command.js'),
  graph: () => import('./commands/graph-command.js'),
  init: () => import('./commands/init-command.js'),
  inspect: () => import('./commands/inspect-command.js'),
  pinIds: () => import('./commands/pin-ids-command.js'),
  preview: () => import('./commands/preview-command.js'),
  review: () => import('./commands/review-command.js'),
  schema: () => import('./commands/schema-command.js'),
  translate: () => import('./commands/translate-command.js'),
  translateExport: () => import('./commands/translate-export-command.js'),
  translateImport: () => import('./commands/translate-import-command.js'),
};

/** Build the command-line interface; `run` maps argv to typed options and calls the library. */
export function createProgram(term: Terminal, setExit: (code: number) => void): Command {
  const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const program = new Command('coursewright')
    .description('Compile Markdown/YAML courses into e-learning packages any LMS imports and tracks.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => term.out(s.trimEnd()), writeErr: (s) => term.err(s.trimEnd()) })
    .showHelpAfterError();
  const format = new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
  // Build and validate also write SARIF, for code scanning (problems shown on their lines in a pull request).
  const checkFormat = new Option('--format <format>', 'output format').choices(checkFormats).default('text');

  program
    .command('build')
    .description('Check and package courses (default: every course under ./courses).')
    .argument('[course-dir...]', 'course folders (each with a course.yml)')
    .option('-t, --target <targets>', `comma-separated targets (default: the course's targets): ${targetNames.join(', ')}`)
    .option('-o, --out <dir>', 'output folder', 'dist')
    .addOption(editionOption())
    .addOption(checkFormat)
    .addOption(quietOption())
    .option('--shard <i/n>', 'build only part i of n of the packages, e.g. 2/3 in a CI matrix job; the n parts together are the full build')
    .addOption(jobsOption())
    .addOption(cacheOption())
    .addOption(cacheLocationOption())
    .action(async (dirs: string[], opts: { target?: string; edition?: string[]; out: string; format: CheckFormat; quiet: boolean; shard?: string; jobs?: string; cache?: boolean; cacheLocation?: string }) => {
      const { runBuild } = await commands.build();
      setExit(await exitOnSignal(() => runBuild(dirs, { ...opts, validateOnly: false, version }, term), term.err));
    });
  program
    .command('validate')
    .description('Check courses and report every problem, without packaging.')
    .argument('[course-dir...]', 'course folders (default: every course under ./courses)')
    .addOption(editionOption())
    .addOption(checkFormat)
    .addOption(quietOption())
    .addOption(jobsOption())
    .addOption(cacheOption())
    .addOption(cacheLocationOption())
    .action(async (dirs: string[], opts: { edition?: string[]; format: CheckFormat; quiet: boolean; jobs?: string; cache?: boolean; cacheLocation?: string }) => {
      const { runBuild } = await commands.build();
      const { cache, cacheLocation } = opts;
      setExit(await runBuild(dirs, { out: 'dist', format: opts.format, validateOnly: true, version, quiet: opts.quiet, ...(opts.edition ? { edition: opts.edition } : {}), ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}), ...(cache ? { cache } : {}), ...(cacheLocation !== undefined ? { cacheLocation } : {}) }, term));
    });
  program
    .command('init')
    .description('Create a new course folder that builds.')
    .argument('<dir>', 'folder to create')
    .option('--title <title>', 'course title')
    .action(async (dir: string, opts: { title?: string }) => setExit((await commands.init()).runInit(dir, opts, term)));
  program
    .command('graph')
    .description('Print the decision graphs of a course\'s scenarios, or every path through them.')
    .argument('<course-dir>', 'course folder')
    .option('-s, --scenario <id>', 'only this scenario')
    .addOption(new Option('--format <format>', 'graph format').choices(['mermaid', 'dot']).default('mermaid'))
    .option('--paths', 'list every path from start to an end with its outcome, variables and score', false)
    .action(async (dir: string, opts: { scenario?: string; format: 'mermaid' | 'dot'; paths: boolean }) => {
      setExit(await (await commands.graph()).runGraph(dir, opts, term));
    });
  program
    .command('inspect')
    .description('Check finished SCORM, xAPI or cmi5 zips as an LMS will see them (any tool\'s), without unpacking.')
    .argument('<zip...>', 'package files')
    .addOption(format)
    .option('--state <file>', 'a learner\'s saved progress as the LMS holds it (SCORM cmi.suspend_data, or the xAPI/cmi5 State API document), in a file or - for standard input: how this package reads it back')
    .action(async (zips: string[], opts: { format: 'text' | 'json'; state?: string }) => {
      setExit(await (await commands.inspect()).runInspect(zips, opts, term));
    });
  program
    .command('compare')
    .description('Compare the report keys (.key.csv) of two versions of a package: the interactions and answer codes a report spanning both will find in one and not the other.')
    .argument('<old-key>', 'report key of the earlier version')
    .argument('<new-key>', 'report key of the new version')
    .addOption(format)
    .action(async (before: string, after: string, opts: { format: 'text' | 'json' }) => {
      setExit((await commands.compare()).runCompare(before, after, opts, term));
    });
  program
    .command('preview')
    .description('Serve a course on this computer inside a SCORM runtime with an inspector; rebuilds on every save.')
    .argument('[course-dir]', 'course folder (default: the one course under ./courses)')
    .option('-p, --port <port>', 'port on 127.0.0.1 (0: any free port)', '4173')
    .option('--edition <id>', 'edition shown first (default: the first; the page switches between all)')
    .option('--language <code>', 'language shown first (default: the original; the page switches between all)')
    .action(async (dir: string | undefined, opts: { port: string; edition?: string; language?: string }) => setExit(await (await commands.preview()).runPreview(dir, opts, term)));
  program
    .command('review')
    .description('Write one document with every lesson, check and scenario path, for subject-matter sign-off.')
    .argument('[course-dir]', 'course folder (default: the only course under ./courses)')
    .addOption(new Option('--format <format>', 'document format').choices(['html', 'md']).default('html'))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addOption(new Option('-e, --edition <names>', 'only these editions (repeatable or comma-separated; default: every edition in course.yml)').argParser(repeatable))
    .addOption(new Option('-l, --language <languages>', "these languages (repeatable or comma-separated; default: the course's original language)").argParser(repeatable))
    .action(async (dir: string | undefined, opts: { format: 'html' | 'md'; out?: string; edition?: string[]; language?: string[] }) => {
      setExit(await (await commands.review()).runReview(dir, opts, term));
    });
  program
    .command('pin-ids')
    .description("Write into the lessons the ids the build makes from options' words ({#id}), so rewording an option keeps its code in reports.")
    .argument('[course-dir...]', 'course folders (default: every course under ./courses)')
    .option('--dry-run', 'list the ids, write nothing', false)
    .action(async (dirs: string[], opts: { dryRun: boolean }) => setExit(await (await commands.pinIds()).runPinIds(dirs, opts, term)));
  const translate = program.command('translate').description('Translation helpers for courses with several languages.');
  translate
    .command('status')
    .description('List translated files that are missing or behind their originals, per language.')
    .argument('[course-dir...]', 'course folders (default: every course under ./courses)')
    .option('--all', 'also list the files that are up to date', false)
    .action(async (dirs: string[], opts: { all: boolean }) => setExit(await (await commands.translate()).runTranslateStatus(dirs, opts, term)));
  translate
    .command('export')
    .description('Write a folder for a translator: every missing or stale translated file, ready to translate, and a README.txt.')
    .argument('<course-dir>', 'course folder')
    .option('-l, --language <language>', "language to translate into (default: the course's only other language)")
    .requiredOption('-o, --out <folder>', 'new or empty folder to write')
    .action(async (dir: string, opts: { language?: string; out: string }) => setExit(await (await commands.translateExport()).runTranslateExport(dir, opts, term)));
  translate
    .command('import')
    .description('Check translated files from a translator and copy them into the course; nothing is copied when one breaks the structure.')
    .argument('<folder>', 'folder the translator sent back')
    .argument('<course-dir>', 'course folder')
    .option('--dry-run', 'show what would be copied, copy nothing', false)
    .option('--force', 'replace translations changed in the course since the export', false)
    .action(async (folder: string, dir: string, opts: { dryRun: boolean; force: boolean }) => setExit(await (await commands.translateImport()).runTranslateImport(folder, dir, opts, term)));
  program
    .command('schema')
    .description('Write JSON Schemas for course.yml, lesson front matter and scenarios (editor autocompletion).')
    .option('-o, --out <dir>', 'output folder', 'schemas')
    .action(async (opts: { out: string }) => setExit((await commands.schema()).runSchema(opts, term)));
  return program;
}

/** Run the CLI and return the exit code; never throws. */
export async function run(argv: readonly string[], term: Terminal = processTerminal()): Promise<number> {
  let code: number = exitCodes.ok;
  const program = createProgram(term, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    if (error instanceof UsageError) {
      term.err(`error: ${error.message}`);
      return exitCodes.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    term.err(['coursewright stopped on an internal error. This is a bug in coursewright, not in your course.', `  ${detail}`, 'Please report it with the command you ran and this message.'].join('\n'));
    return exitCodes.internal;
  }
}

/** `--edition manager --edition refresher` or `--edition manager,refresher`: collected in order. */
/** Commander parser for an option that may be given several times: every value, in order. */
function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function editionOption(): Option {
  return new Option('-e, --edition <names>', "only these editions (repeatable or comma-separated; default: every edition in course.yml)").argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );
}

/** `--quiet` for build and validate: errors and summary lines only; exit codes are unchanged. */
function quietOption(): Option {
  return new Option('-q, --quiet', 'print only errors and the summary line of each course (text output)').default(false);
}

/** `--jobs n` for build and validate: courses are compiled in up to n processes at once. */
function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'compile up to n courses at once, in separate processes (default: one per CPU core)');
}

/**
 * `--cache` for build and validate: a flag, not `--cache [dir]`, whose optional value would take
 * the course folder after it (`build --cache courses/a`); the folder is `--cache-location`, as in eslint.
 */
function cacheOption(): Option {
  return new Option('--cache', 'reuse lesson parses kept by earlier builds in a cache folder; same packages, faster rebuilds (default folder: ~/.cache/coursewright or the system\'s user cache folder)');
}

/** `--cache-location <dir>`: implies `--cache`. */
function cacheLocationOption(): Option {
  return new Option('--cache-location <dir>', 'cache folder for --cache (implies --cache), e.g. one a CI job keeps between runs');
}
