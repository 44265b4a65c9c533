/** Largest lesson, scenario, course.yml or transcript the build reads: 5 MB. */
export const maxMarkdownYamlBytes = 5 * 1024 * 1024;
/** Largest SVG or WebVTT file the build reads: 10 MB. */
export const maxSvgVttBytes = 10 * 1024 * 1024;

/**
 * The most bytes the build reads from the text file at `path` (it is read whole, into memory):
 * a larger file is refused with `file-too-large` before a byte of it is read.
 */
export function maxTextFileBytes(path: string): number {
  return /\.(svg|vtt)$/i.test(path) ? maxSvgVttBytes : maxMarkdownYamlBytes;
}

/** "5.2 MB", for messages. */
export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
