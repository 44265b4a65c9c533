import type { CourseSource } from '../load/course-source.js';

/** The most bytes `holdReadFiles` keeps unless told otherwise. */
export const heldFilesBytes = 256 * 1024 * 1024;

/**
 * The course source as packaging reads it when one build writes a file more than once (several
 * targets, editions or languages; a web build's zip and folder): the files it reads whole
 * (`readUpTo`: most media) are kept, up to `maxBytes` in all, so each is read from disk once
 * however many times it is written, and its CRC is computed once (writeZip keeps a CRC per buffer
 * it has zipped). Files past `maxBytes` are read again each time, as without it.
 */
export function holdReadFiles(source: CourseSource, maxBytes = heldFilesBytes): CourseSource {
  const held = new Map<string, Uint8Array>();
  let heldBytes = 0;
  return {
    label: source.label,
    list: () => source.list(),
    has: (path) => source.has(path),
    size: (path) => source.size(path),
    readText: (path) => source.readText(path),
    readBytes: (path) => source.readBytes(path),
    open: (path) => source.open(path),
    check: (path) => source.check?.(path),
    readUpTo(path, limit) {
      const kept = held.get(path);
      if (kept) return kept.byteLength <= limit ? kept : undefined;
      const bytes = source.readUpTo?.(path, limit);
      if (bytes && heldBytes + bytes.byteLength <= maxBytes) {
        held.set(path, bytes);
        heldBytes += bytes.byteLength;
      }
      return bytes;
    },
  };
}
