import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-review-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('coursewright review', () => {
  it('counts the same paths per scenario as `graph --paths`', () => {
    const review = runCli(['review', 'courses/respect-at-work', '--format', 'md'], root);
    const graph = runCli(['graph', 'courses/respect-at-work', '--paths'], root);
    expect(review.code).toBe(0);
    const fromGraph = [...graph.stdout.matchAll(/\((\S+)\): (\d+) paths? from/g)].map((m) => [m[1], Number(m[2])]);
    const fromReview = [...review.stdout.matchAll(/### Scenario `(\S+)`: .*\n\n(\d+) paths? from/g)].map((m) => [m[1], Number(m[2])]);
    expect(fromGraph.length).toBeGreaterThan(0);
    expect(fromReview).toEqual(fromGraph);
  });

  it('writes the HTML document to --out, with no scripts', () => {
    const out = join(work, 'review.html');
    const result = runCli(['review', 'courses/respect-at-work', '--out', out], root);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Review: Respect at work</h1>');
    expect(html).not.toMatch(/<script/i);
  });
});
