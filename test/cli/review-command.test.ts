import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');
const flagship = 'courses/respect-at-work';
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-review-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The Markdown review of the flagship course with these options; it must succeed. */
function reviewMarkdown(...args: string[]): string {
  const result = runCli(['review', flagship, '--format', 'md', ...args], root);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

let everyEdition: string | undefined;
/** The default review (every edition, original language), made once for the tests that read it. */
const defaultReview = (): string => (everyEdition ??= reviewMarkdown());

/** The review cut into its edition parts (headed in English or in Spanish): heading → text of that part. */
function editionParts(markdown: string): Map<string, string> {
  const parts = markdown.split(/^## (?=Edition: |Edici\u00f3n: )/m).slice(1);
  return new Map(parts.map((part) => [part.slice(0, part.indexOf('\n')), part]));
}

const lessonTitles = (part: string): string[] => [...part.matchAll(/^### Lesson \d+: (.+)$/gm)].map((m) => m[1]!);
const managerOnly = ['Your duty as a manager', 'When someone tells you', 'A 15-minute team huddle'];

describe('coursewright review', () => {
  it('writes lesson tables as Markdown tables, with the delimiter row, and keeps bold and italic words', () => {
    const markdown = defaultReview();
    expect(markdown).toContain('| Lesson | What you will do |\n| --- | --- |\n| What harassment is');
    expect(markdown).toContain('- **Every concern gets a reply.** Whoever you raise a concern with');
  });

  it('reviews every edition by default, each under its own heading, with the lessons that edition has', () => {
    const markdown = defaultReview();
    const parts = editionParts(markdown);
    expect([...parts.keys()]).toEqual([
      'Edition: Respect at work (employee), language en (original)',
      'Edition: Respect at work for managers (manager), language en (original)',
      'Edition: Respect at work: yearly refresher (refresher), language en (original)',
    ]);
    const [employee, manager, refresher] = [...parts.values()] as [string, string, string];
    for (const title of managerOnly) {
      expect(lessonTitles(manager)).toContain(title);
      expect(lessonTitles(employee)).not.toContain(title);
      expect(markdown).toContain(`| ${title} | — | yes | — |`);
    }
    expect(lessonTitles(employee)).not.toEqual(lessonTitles(manager));
    expect(lessonTitles(refresher)).toContain('A quick recap');
    expect(manager).toContain('### Lesson 11: Your duty as a manager\n\n*Lesson only in the manager edition.*');
    // A passage only some editions have says so, in each edition that has it.
    expect(manager).toContain('*Only in the manager edition:*');
    expect(employee).not.toContain('*Only in the manager edition:*');
    expect(employee).toContain('#### Scenario `break-room`');
    expect(employee).not.toContain('#### Scenario `first-conversation`');
    expect(manager).toContain('#### Scenario `first-conversation`');
  });

  it('reviews only the editions and languages asked for', () => {
    const manager = reviewMarkdown('--edition', 'manager');
    expect([...editionParts(manager).keys()]).toEqual(['Edition: Respect at work for managers (manager), language en (original)']);
    for (const title of managerOnly) expect(lessonTitles(manager)).toContain(title);

    // A review in Spanish says its own words in Spanish too.
    const spanish = reviewMarkdown('--edition', 'manager', '--language', 'es');
    expect([...editionParts(spanish).keys()]).toEqual(['Edición: Respeto en el trabajo para responsables de equipo (manager), idioma es']);
    expect(spanish).toContain('### Lección 3: Qué es el acoso');
    // Its overview names every edition and lesson in the language reviewed, those of editions not reviewed too.
    expect(spanish).toContain('| Lección | Respeto en el trabajo (`employee`) | Respeto en el trabajo para responsables de equipo (`manager`) | Respeto en el trabajo: repaso anual (`refresher`) |');
    expect(spanish).toContain('| Un repaso rápido | — | — | sí |');
    const both = reviewMarkdown('--edition', 'refresher', '--language', 'en,es');
    expect([...editionParts(both).keys()].map((k) => k.replace(/^.*\), /, ''))).toEqual(['language en (original)', 'idioma es']);
  });

  it('refuses an edition or language the course does not have (exit 2)', () => {
    const edition = runCli(['review', flagship, '--edition', 'boss'], root);
    expect(edition.code).toBe(2);
    expect(edition.stderr).toContain('Unknown edition "boss"');
    const language = runCli(['review', flagship, '--language', 'fr'], root);
    expect(language.code).toBe(2);
    expect(language.stderr).toContain('Unknown language "fr"; expected one of: en, es.'.replace('"fr"', `"fr" for "${flagship}"`));
  });

  it('counts the same paths per scenario as `graph --paths`, in every edition', () => {
    const markdown = defaultReview();
    const graph = runCli(['graph', flagship, '--paths'], root);
    expect(graph.code).toBe(0);
    const fromGraph = new Map([...graph.stdout.matchAll(/\((\S+)\): (\d+) paths? from/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(fromGraph.size).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const part of editionParts(markdown).values()) {
      const fromReview = [...part.matchAll(/#### Scenario `(\S+)`: .*\n\n(\d+) paths? from/g)].map((m) => [m[1]!, Number(m[2])] as const);
      expect(fromReview.length).toBeGreaterThan(0);
      for (const [id, count] of fromReview) {
        expect(count, id).toBe(fromGraph.get(id));
        seen.add(id);
      }
    }
    expect([...seen].sort()).toEqual([...fromGraph.keys()].sort());
  });

  it('marks every recommended choice of a step that has several (the break-room opening has three)', () => {
    const breakRoom = defaultReview().split('#### Scenario `break-room`')[1]!;
    const intro = breakRoom.slice(breakRoom.indexOf('- `intro`'), breakRoom.indexOf('- `lee-reacts`'));
    expect([...intro.matchAll(/^ {2}- \*\*\(recommended\)\*\* `([\w-]+)`/gm)].map((m) => m[1])).toEqual(['name-it', 'distract', 'delay']);
    expect([...intro.matchAll(/^ {2}- `([\w-]+)`/gm)].map((m) => m[1])).toEqual(['laugh', 'say-nothing']);
    expect(breakRoom).toContain('picks "Laugh along, so it doesn\'t get awkward." (recommended here: `name-it`, `distract`, `delay`)');
  });

  it('writes the HTML document to --out, with no scripts, an edition heading per part', () => {
    const out = join(work, 'review.html');
    const result = runCli(['review', flagship, '--out', out], root);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Review: Respect at work</h1>');
    expect(html).toContain('<h2>Edition: Respect at work for managers (manager), language en (original)</h2>');
    expect(html).toContain('<h2>Lessons in each edition</h2>');
    expect(html).toMatch(/<code>distract<\/code> [\s\S]*?<strong>\(recommended\)<\/strong>/);
    expect(html).not.toMatch(/<script/i);
  });

  it('replaces a review it wrote in Spanish, in either format, as it does one in English', () => {
    for (const format of ['html', 'md']) {
      const out = join(work, `revision.${format}`);
      for (let run = 0; run < 2; run += 1) expect(runCli(['review', flagship, '--language', 'es', '--format', format, '--out', out], root).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('Revisión: Respeto en el trabajo');
    }
  });
});

describe('review of a course with errors', () => {
  it('writes nothing, and says so: a sign-off must not be on what learners will not get', () => {
    const broken = join(work, 'broken');
    cpSync(join(root, 'courses', 'getting-started'), broken, { recursive: true });
    writeFileSync(join(broken, 'lessons', 'picking-up.md'), '---\ntitle: Picking up\n---\n:::check{#q-broken}\nNo options here.\n:::\n');
    const toFile = runCli(['review', broken, '--out', join(work, 'broken-review.html')], root);
    expect(toFile.code).toBe(1);
    expect(toFile.stderr).toMatch(/lessons\/picking-up\.md:\d+:\d+ error/);
    expect(toFile.stderr).toContain('no review written; fix the errors above first');
    expect(existsSync(join(work, 'broken-review.html'))).toBe(false);
    const toStdout = runCli(['review', broken, '--format', 'md'], root);
    expect(toStdout.code).toBe(1);
    expect(toStdout.stdout).toBe('');
  });
});
