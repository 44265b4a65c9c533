/*
 * How much of each kind of text file the build reads. Each limit is many times the largest such
 * file a real course has (lessons and scenarios of a few to 20 KB), and small enough that the worst
 * file of its size (tens of thousands of one-word paragraphs, list items, table rows, headings,
 * scenario steps, SVG elements or caption cues) still builds in seconds: Markdown costs far more
 * per byte than the others (a 1 MB lesson took over 30 s and 2.5 GB). The measurements are in
 * docs/security.md ("Only the course's own regular files are read").
 */

/** Largest lesson or transcript (Markdown) the build reads: 128 KB. */
export const maxMarkdownBytes = 128 * 1024;
/** Largest course.yml, course.<lang>.yml or scenario (YAML) the build reads: 256 KB. */
export const maxYamlBytes = 256 * 1024;
/** Largest SVG picture the build reads (it is parsed and sanitized): 10 MB. */
export const maxSvgBytes = 10 * 1024 * 1024;
/** Largest WebVTT captions or chapters file the build reads: 10 MB. */
export const maxVttBytes = 10 * 1024 * 1024;

/**
 * The most bytes the build reads from the text file at `path` (it is read whole, into memory):
 * a larger file is refused with `file-too-large` before a byte of it is read. A file of another
 * kind is held to the Markdown limit, the smallest.
 */
export function maxTextFileBytes(path: string): number {
  const lower = path.toLowerCase();
  if (lower.endsWith('.svg')) return maxSvgBytes;
  if (lower.endsWith('.vtt')) return maxVttBytes;
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return maxYamlBytes;
  return maxMarkdownBytes;
}

/** "128 KB", "2 MB", "5.2 MB", for messages (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${trim((bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0))} KB`;
  return `${trim((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/**
 * A size over a limit, for messages: rounded as `formatBytes`, or in bytes when rounding would
 * make it read the same as the limit ("131,073 bytes", not "128 KB, more than the 128 KB").
 */
export function formatSizeOver(bytes: number, limit: number): string {
  return formatBytes(bytes) === formatBytes(limit) ? `${bytes.toLocaleString('en-US')} bytes` : formatBytes(bytes);
}

function trim(number: string): string {
  return number.replace(/\.0$/, '');
}
