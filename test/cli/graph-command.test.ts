import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');

describe('coursewright graph', () => {
  it('prints a Mermaid graph of one scenario for review', () => {
    const result = runCli(['graph', 'courses/respect-at-work', '--scenario', 'break-room'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^flowchart TD/m);
    expect(result.stdout).toContain('intro');
    expect(result.stdout).toContain('name-it');
  });

  it('prints Graphviz DOT with --format dot', () => {
    const result = runCli(['graph', 'courses/respect-at-work', '--scenario', 'break-room', '--format', 'dot'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^digraph /m);
    expect(result.stdout.trim().endsWith('}')).toBe(true);
  });

  it('lists every path with its outcome, values and score with --paths', () => {
    const result = runCli(['graph', 'courses/respect-at-work', '--scenario', 'break-room', '--paths'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/The break-room comment \(break-room\): \d+ paths from "intro" to an ending\./);
    expect(result.stdout).toMatch(/Path 1: (positive|mixed|negative)/);
    expect(result.stdout).toContain('score');
  });

  it('says which scenarios exist when the one asked for does not (exit 2)', () => {
    const result = runCli(['graph', 'courses/respect-at-work', '--scenario', 'nope'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No scenario "nope" in courses/respect-at-work; it has: break-room');
  });

  it('says so for a course without scenarios, rather than printing nothing', () => {
    const result = runCli(['graph', 'courses/getting-started'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('courses/getting-started: no scenario in this course, so no graph to show.');
  });
});
