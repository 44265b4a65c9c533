/**
 * File extensions whose formats are compressed already. Deflating them again costs time and
 * saves nothing, so the zip stores them as they are (method 0).
 */
export const storedExtensions: readonly string[] = [
  '.avif',
  '.gif',
  '.jpeg',
  '.jpg',
  '.m4a',
  '.mp3',
  '.mp4',
  '.oga',
  '.ogg',
  '.pdf',
  '.png',
  '.webm',
  '.webp',
  '.woff',
  '.woff2',
  '.zip',
];

/** True when the file at `path` should be stored rather than deflated, judged by its extension. */
export function isPrecompressed(path: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return false;
  return storedExtensions.includes(path.slice(dot).toLowerCase());
}
