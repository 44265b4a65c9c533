/** Beyond this many line pairs the diff shows the whole text as replaced, to stay fast. */
const maxCells = 4_000_000;

/**
 * A unified diff (`--- before`, `+++ after`, `@@` hunks with `context` lines around each change)
 * of two texts, line by line; '' when they are the same.
 */
export function unifiedLineDiff(before: string, after: string, names: { from: string; to: string }, context = 3): string {
  const a = before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  const ops = diffOps(a, b);
  if (ops.every((op) => op.kind === ' ')) return '';
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  // Changes closer than 2 × context unchanged lines share one hunk.
  const groups: [number, number][] = [];
  for (const index of changed) {
    const last = groups[groups.length - 1];
    if (last && index - last[1] - 1 <= 2 * context) last[1] = index;
    else groups.push([index, index]);
  }
  const hunks: string[] = [`--- ${names.from}`, `+++ ${names.to}`];
  for (const [first, last] of groups) {
    const start = Math.max(0, first - context);
    const end = Math.min(ops.length, last + context + 1);
    const before = ops.slice(0, start);
    const slice = ops.slice(start, end);
    const count = (list: Op[], skip: Op['kind']): number => list.filter((op) => op.kind !== skip).length;
    hunks.push(`@@ -${count(before, '+') + 1},${count(slice, '+')} +${count(before, '-') + 1},${count(slice, '-')} @@`, ...slice.map((op) => `${op.kind}${op.line}`));
  }
  return `${hunks.join('\n')}\n`;
}

interface Op {
  kind: ' ' | '-' | '+';
  line: string;
}

/** Longest-common-subsequence edit script. */
function diffOps(a: readonly string[], b: readonly string[]): Op[] {
  if (a.length * b.length > maxCells) return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  while (i < a.length) ops.push({ kind: '-', line: a[i++]! });
  while (j < b.length) ops.push({ kind: '+', line: b[j++]! });
  return ops;
}
