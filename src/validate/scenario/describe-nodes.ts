/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`, or the first few and how many more. */
export function describeIds(ids: readonly string[], max = 5): string {
  const quoted = ids.slice(0, max).map((id) => `"${id}"`);
  if (ids.length > max) quoted.push(`${ids.length - max} more`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** How a choice or route is named in messages: `the choice "laugh" of "intro"`, `route 2 of "check-in"`. */
export function describeEdge(kind: 'choice' | 'route', label: string, node: string): string {
  return kind === 'choice' ? `the choice "${label}" of "${node}"` : `route ${label} of "${node}"`;
}
