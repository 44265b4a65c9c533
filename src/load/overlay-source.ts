import type { CourseSource } from './course-source.js';

/**
 * A course as it would be with some files added or replaced: `overlay` wins over `base` for the
 * paths it has (only `paths` of them, when given). Used to check translated files before they are
 * copied into a course.
 */
export function createOverlaySource(base: CourseSource, overlay: CourseSource, paths: readonly string[] = overlay.list()): CourseSource {
  const added = new Set(paths.filter((path) => overlay.has(path)));
  const pick = (path: string): CourseSource => (added.has(path) ? overlay : base);
  const listed = [...new Set([...base.list(), ...added])].sort();
  return {
    label: base.label,
    list: () => listed,
    has: (path) => added.has(path) || base.has(path),
    size: (path) => pick(path).size(path),
    readText: (path) => pick(path).readText(path),
    readBytes: (path) => pick(path).readBytes(path),
    open: (path) => pick(path).open(path),
    check: (path) => pick(path).check?.(path),
  };
}
