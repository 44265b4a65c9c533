/** Ids reachable from `starts` (included) following `next`; breadth-first, linear in the graph size. */
export function reachableNodes(starts: Iterable<string>, next: (id: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const start of starts) {
    if (!seen.has(start)) {
      seen.add(start);
      queue.push(start);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const target of next(queue[i]!)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
