import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';

/** `npm run fuzz` raises this; the normal suite keeps a few hundred cases. */
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261204);
// A failure prints its seed and counterexample; rerun it with FUZZ_SEED=<seed>.

/** A small course that still reaches every parser: YAML, lessons with blocks, a scenario, an SVG. */
const base: Record<string, string | Uint8Array> = {
  ...runtimeTestCourse,
  'course.yml': runtimeTestCourse['course.yml']?.replace('lessons/wrap-up.md]', 'lessons/wrap-up.md, lessons/practice.md]') ?? '',
  'lessons/practice.md': [
    '---', 'title: Practice', '---', 'See [the policy][policy] and ![the ward][ward].', '',
    ':::scenario{src="../scenarios/s.yml"}', ':::', '', '[policy]: https://example.org/policy', '[ward]: ../media/ward.svg', '',
    '::::interview{#talk speaker="Sam" audio="../media/talk.mp3" captions="../media/talk.vtt" chapters="../media/talk.chapters.vtt" transcript="../media/talk.md"}', '::::', '',
  ].join('\n'),
  'media/talk.mp3': new Uint8Array([0xff, 0xfb, 0x90, 0x00]),
  'media/talk.md': 'Sam: It started with jokes.\n',
  'media/talk.vtt': 'WEBVTT\n\nNOTE recorded on the ward\n\n1\n00:00.000 --> 00:02.000 line:0 align:start\n<v Sam>It started <i>with</i> jokes.\n\n00:00:02.500 --> 00:00:04.000\nThen &amp; now.\n',
  'media/talk.chapters.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nThe jokes\n',
  'scenarios/s.yml': readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scenario', 'valid-rich', 'scenario.yml'), 'utf8'),
  'media/sam.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
  'media/break-room.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
  'media/ward.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Ward</title><rect width="10" height="10" fill="url(#g)"/></svg>\n',
};
const textFiles = Object.keys(base).filter((path) => typeof base[path] === 'string').sort();

/** Pieces of syntax that reach the interesting corners of the parsers. */
const tokens = [
  '\n', '---\n', ':::', '::::check{#q}\n', '{#', '}', '[x]: ', '![a](', '](', '[r]', '>'.repeat(300), '- ', '1. ',
  '*', '_', '`', '<script>', '&#106;', 'javascript:', 'file:///x', '../../..', 'C:\\x.png', '%2e%2e/', '\u0000', '\u202e',
  'goto: ', 'when: ', 'score: ', 'choices:\n  - ', 'nodes:\n', '  ', '\t', '"', "'", '&', '*anchor', '&anchor ', '!!js/function ',
  '<s:script xmlns:s="http://www.w3.org/2000/svg"/>', '<!DOCTYPE svg [<!ENTITY e "x">]>', '<?xml-stylesheet href="x"?>',
  ' --> ', '00:01,000', '99:99.999', '<00:00.500>', '<v ', '</v>', '<b>'.repeat(150), 'position:120%', 'STYLE\n', 'NOTE ', '\r',
];

const mutation = fc.record({
  file: fc.constantFrom(...textFiles),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join('')),
});

function mutate(files: Record<string, string | Uint8Array>, changes: readonly { file: string; at: number; remove: number; insert: string }[]) {
  const copy = { ...files };
  for (const { file, at, remove, insert } of changes) {
    const text = copy[file] as string;
    const offset = Math.floor(at * text.length);
    copy[file] = text.slice(0, offset) + insert + text.slice(offset + remove);
  }
  return copy;
}

/** Found by fuzzing, kept as properties: any course text gives diagnostics with positions, never a crash. */
describe('compiling mutated courses (seeded fuzz)', () => {
  it('starts from a course with no errors, so both outcomes are exercised', async () => {
    const result = await compileCourse({ files: base, validateOnly: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`never throws, and every diagnostic has a file and a position (${runs} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const result = await compileCourse({ files: mutate(base, changes), validateOnly: true });
        for (const d of result.diagnostics) {
          expect(d.file, `${d.code} names its file`).toBeDefined();
          expect(d.range, `${d.code} has a position`).toBeDefined();
        }
      }),
      { numRuns: runs, seed },
    );
  }, Math.max(60_000, runs * 250)); // a case can take 200 ms on a busy runner; a timeout would hide whether the property held

  it('writes nothing when a mutated course has an error, and packages it when it has none', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cw-fuzz-'));
    try {
      await fc.assert(
        fc.asyncProperty(mutation, async (change) => {
          rmSync(out, { recursive: true, force: true });
          const result = await compileCourse({ files: mutate(base, [change]), outDir: out, targets: ['scorm12'] });
          const written = (() => {
            try {
              return readdirSync(out);
            } catch {
              return [];
            }
          })();
          if (result.diagnostics.some((d) => d.severity === 'error')) expect(written).toEqual([]);
          else expect(written.filter((name) => name.endsWith('.zip'))).toHaveLength(1);
        }),
        { numRuns: Math.max(10, Math.floor(runs / 15)), seed },
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, Math.max(60_000, runs * 50));
});
