import { startPreview } from '../../preview/preview-server.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { unknownEdition } from '../check-editions.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import type { Terminal } from '../terminal.js';

export interface PreviewCommandOptions {
  port: string;
  /** Edition and language shown first (`--edition`, `--language`); the page switches between all. */
  edition?: string;
  language?: string;
}

/**
 * `coursewright preview [course]`: serves the course on 127.0.0.1 inside a real SCORM runtime with
 * an inspector (where the author also switches edition, language, and package: SCORM 1.2, or xAPI
 * and cmi5 with the preview's stand-in LRS), rebuilds on every save,
 * reusing the lessons that did not change, and runs until Ctrl-C. Each build's problems are
 * printed here and shown in the page.
 */
export async function runPreview(dir: string | undefined, options: PreviewCommandOptions, term: Terminal): Promise<number> {
  const courses = findCourses(dir ? [dir] : []);
  const [course] = courses;
  if (!course) throw new UsageError(`No course folder (with a course.yml) found${dir ? ` at ${dir}` : ' under ./courses'}.`);
  if (courses.length > 1) throw new UsageError(`Preview shows one course at a time; name one of: ${courses.join(', ')}.`);
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Expected a port number from 0 to 65535, found "${options.port}".`);
  let firstVariants: readonly { edition?: string; language: string }[] | undefined;
  let worked = false;
  const preview = await startPreview({
    dir: course,
    port,
    ...(options.edition ? { edition: options.edition } : {}),
    ...(options.language ? { language: options.language } : {}),
    onBuild: (build, ms) => {
      firstVariants ??= build.variants;
      const errors = build.diagnostics.filter((d) => d.severity === 'error').length;
      if (build.diagnostics.length) term.err(renderDiagnostics(course, build.diagnostics, term.color));
      const variant = build.variant && build.variants.length > 1 ? ` (${[build.variant.edition, build.variant.language].filter(Boolean).join(', ')})` : '';
      const kept = worked ? 'the preview keeps showing the last build that worked' : 'the preview shows them until a build works';
      term.out(`${course}${variant}: ${errors ? `${errors} error(s), read in ${Math.round(ms)} ms; ${kept}` : `built in ${Math.round(ms)} ms`}`);
      worked ||= errors === 0;
    },
  }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} is in use by another program (another preview?); choose another with --port, e.g. --port ${port === 65535 ? 4173 : port + 1}.`);
    if (code === 'EACCES') throw new UsageError(`Port ${port} needs administrator rights on this system; choose one from 1024 up with --port, e.g. --port 4173.`);
    throw error;
  });
  const unknown = unknownChoice(firstVariants, options);
  if (unknown) {
    await preview.close();
    throw new UsageError(unknown);
  }
  // Listening for Ctrl-C before saying to press it: one pressed right after would otherwise end the
  // process before the preview closes.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  term.out(`Previewing ${course} at ${preview.url} (only this computer can open it). Press Ctrl-C to stop.`);
  await stopped;
  await preview.close();
  return exitCodes.ok;
}

/** An `--edition` or `--language` the course does not have, as a usage error's message. */
function unknownChoice(variants: readonly { edition?: string; language: string }[] | undefined, options: PreviewCommandOptions): string | undefined {
  if (!variants?.length) return undefined; // course.yml could not be read: the page shows why
  const editions = [...new Set(variants.flatMap((v) => (v.edition !== undefined ? [v.edition] : [])))];
  const languages = [...new Set(variants.map((v) => v.language))];
  if (options.edition !== undefined && !editions.includes(options.edition)) {
    return editions.length ? `${unknownEdition(options.edition, editions)}; this course has: ${editions.join(', ')}.` : `This course has no editions; leave out --edition.`;
  }
  if (options.language !== undefined && !languages.includes(options.language)) return `Unknown language "${options.language}"; this course has: ${languages.join(', ')}.`;
  return undefined;
}
