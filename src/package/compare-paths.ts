/**
 * Order package paths by UTF-16 code unit, never by locale, so the order is the same on every
 * machine (paths are ASCII, so this is byte order).
 */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
