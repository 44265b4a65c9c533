import { describe, expect, it } from 'vitest';
import { unifiedLineDiff } from '../../src/translate/line-diff.js';

const names = { from: 'before', to: 'after' };

describe('unifiedLineDiff', () => {
  it('is empty for the same text', () => {
    expect(unifiedLineDiff('a\nb\n', 'a\nb\n', names)).toBe('');
  });

  it('shows changed lines with context, one hunk per distant change', () => {
    const before = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\n';
    const after = before.replace('l2\n', 'L2\n').replace('l11\n', 'l11\nnew\n');
    expect(unifiedLineDiff(before, after, names, 1)).toBe('--- before\n+++ after\n@@ -1,3 +1,3 @@\n l1\n-l2\n+L2\n l3\n@@ -11,2 +11,3 @@\n l11\n+new\n l12\n');
    expect(unifiedLineDiff(before, after, names, 3).split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,5 +1,5 @@', '@@ -9,4 +9,5 @@']);
    expect(unifiedLineDiff(before, after, names, 5).split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,12 +1,13 @@']);
  });
});
