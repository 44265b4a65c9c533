import { Readable } from 'node:stream';
import type { CourseSource } from '../load/course-source.js';
import { siteFileContent, type Artifact, type SiteFile } from '../model/site.js';
import { comparePaths } from './compare-paths.js';
import type { Output } from './output.js';

/**
 * Writes a package's files unpacked into folder `name` through `output` (all or nothing), in path
 * order: the folder holds exactly what the zip holds. `label` names the package (its zip).
 */
export async function writeUnpacked(files: readonly SiteFile[], name: string, source: CourseSource, output: Output, label?: string): Promise<NonNullable<Artifact['folder']>> {
  const entries = [...files]
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((file) => ({
      path: file.path,
      open: (): Readable => (file.source !== undefined ? source.open(file.source) : Readable.from([contentBytes(siteFileContent(file))])),
      ...(file.source === undefined ? { bytes: () => contentBytes(siteFileContent(file)) } : source.readSync ? { readSync: () => source.readSync!(file.source!) } : {}),
    }));
  const written = await output.writeFolder(name, entries, label);
  return { name, ...written };
}

function contentBytes(content: string | Uint8Array | undefined): Buffer {
  return typeof content === 'string' || content === undefined ? Buffer.from(content ?? '', 'utf8') : Buffer.from(content);
}
