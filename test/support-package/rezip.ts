import { buffer } from 'node:stream/consumers';
import { join } from 'node:path';
import { compileCourse } from '../../src/compile.js';
import type { TargetName } from '../../src/model/site.js';
import { writeZip } from '../../src/package/zip/write-zip.js';
import { readZip } from './read-zip.js';

const courses = join(import.meta.dirname, '..', '..', 'courses');
const built = new Map<string, Promise<Map<string, Uint8Array>>>();

/**
 * The packages a sample course (courses/<name>) builds into (default: its own targets), by target;
 * built once per test file. For a course with editions or languages, those of its first edition in
 * its first language (respect-at-work: the employee edition in English).
 */
export function samplePackageBytes(name: string, targets?: TargetName[]): Promise<Map<string, Uint8Array>> {
  const key = `${name}:${targets?.join(',') ?? ''}`;
  let packages = built.get(key);
  if (!packages) {
    packages = compileCourse({ dir: join(courses, name), ...(targets ? { targets } : {}) }).then((result) => {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) throw new Error(`sample course ${name} does not build: ${errors.map((d) => d.message).join('; ')}`);
      const first = result.artifacts[0];
      const chosen = result.artifacts.filter((a) => a.edition === first?.edition && a.language === first?.language);
      return new Map(chosen.map((a) => [a.target, a.bytes ?? new Uint8Array()]));
    });
    built.set(key, packages);
  }
  return packages;
}

/** The entries of a zip as path → bytes. */
export async function unzipToMap(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Map((await readZip(bytes)).map((e) => [e.name, e.content]));
}

/**
 * Zip these files again with coursewright's own writer, after `change` edits the listing: the
 * way to make the broken packages other tools produce (missing files, odd names, a wrapper folder).
 */
export async function rezip(bytes: Uint8Array, change: (files: Map<string, Buffer>) => void): Promise<Uint8Array> {
  const files = await unzipToMap(bytes);
  for (const name of [...files.keys()]) if (name.endsWith('/')) files.delete(name);
  change(files);
  const list = [...files].map(([path, content]) => ({ path, content: new Uint8Array(content) }));
  return new Uint8Array(await buffer(writeZip(list, () => { throw new Error('no sources'); })));
}
