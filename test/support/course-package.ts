import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCourse } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { TargetName } from '../../src/model/site.js';
import { unzipTo } from './unzip-to.js';

/** A course compiled to a package (SCORM 1.2 unless said otherwise) and unpacked, as an LMS stores it. */
export interface UnpackedPackage {
  /** Folder holding the unpacked package. */
  dir: string;
  /** The zip it was unpacked from, as HR would upload it. */
  zip: string;
  /** Entry names in the zip. */
  entries: string[];
  diagnostics: Diagnostic[];
  /** Deletes the temporary folders. */
  remove(): Promise<void>;
}

/**
 * Compiles in-memory course files with `compileCourse`, writes the `target`'s zip (in `language`,
 * when given) to a temporary folder and unpacks it. Throws with the diagnostics when the course does not compile.
 */
export async function buildUnpackedPackage(files: Record<string, string | Uint8Array>, target: TargetName = 'scorm12', language?: string): Promise<UnpackedPackage> {
  const result = await compileCourse({ files, targets: [target] });
  const artifact = result.artifacts.find((candidate) => candidate.target === target && (language === undefined || candidate.language === language));
  if (!artifact?.bytes) {
    const problems = result.diagnostics.map((d) => `${d.file ?? ''}:${d.range?.start.line ?? ''} ${d.severity} ${d.message} ${d.code}`);
    throw new Error(`the test course did not compile:\n${problems.join('\n')}`);
  }
  const work = await mkdtemp(join(tmpdir(), 'cw-package-'));
  const zipPath = join(work, artifact.fileName);
  await writeFile(zipPath, artifact.bytes);
  const dir = join(work, 'unpacked');
  const entries = await unzipTo(zipPath, dir);
  return { dir, zip: zipPath, entries, diagnostics: result.diagnostics, remove: () => rm(work, { recursive: true, force: true }) };
}
