import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
// The official SARIF 2.1.0 schema (OASIS), see test/fixtures/sarif/SOURCES.md.
const schema = JSON.parse(readFileSync(join(fixtures, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// Its pattern for a language tag is not valid in Unicode mode; the schema is used as published.
// (Both packages are CommonJS whose export is also their `default`, which is what the types name.)
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

const work = mkdtempSync(join(tmpdir(), 'cw-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(fixtures, 'validate', 'duplicate-id'), join(work, 'courses', 'handover'), { recursive: true });
cpSync(join(fixtures, 'validate', 'link-broken'), join(work, 'courses', 'links'), { recursive: true });

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration?: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }[]; relatedLocations?: { message: { text: string }; physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

function sarif(args: string[]): { code: number; log: Log } {
  const result = runCli(args, work);
  const log = JSON.parse(result.stdout) as Log;
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return { code: result.code, log };
}

describe('--format sarif: problems for code scanning, on their lines', () => {
  it('validate writes every problem of every course as a valid SARIF 2.1.0 log, each at its file, line and column from the working folder', () => {
    const { code, log } = sarif(['validate', 'courses/handover', 'courses/links', '--format', 'sarif']);
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'coursewright', version });
    expect(run!.tool.driver.rules).toEqual([
      { id: 'duplicate-id', shortDescription: { text: 'Duplicate id' }, defaultConfiguration: { level: 'error' } },
      { id: 'link-broken', shortDescription: { text: 'Link to a lesson that does not exist' }, defaultConfiguration: { level: 'error' } },
    ]);
    expect(run!.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.locations[0]!.physicalLocation.artifactLocation, r.locations[0]!.physicalLocation.region])).toEqual([
      ['duplicate-id', 0, 'error', { uri: 'courses/handover/lessons/one.md', uriBaseId: '%SRCROOT%' }, { startLine: 8, startColumn: 1, endLine: 10, endColumn: 4 }],
      ['link-broken', 1, 'error', { uri: 'courses/links/lessons/one.md', uriBaseId: '%SRCROOT%' }, expect.objectContaining({ startLine: 4 })],
    ]);
    // The message ends with the hint; the first use of the id is a related location.
    const duplicate = run!.results[0]!;
    expect(duplicate.message.text).toBe('The reflection id "think" is already used; ids must be unique in the course. Give each lesson and block its own id; LMS reports use these ids to tell them apart.');
    expect(duplicate.relatedLocations).toEqual([{ id: 0, message: { text: 'First used here.' }, physicalLocation: { artifactLocation: { uri: 'courses/handover/lessons/one.md', uriBaseId: '%SRCROOT%' }, region: expect.objectContaining({ startLine: 4, startColumn: 1 }) } }]);
  });

  it('build writes the log on stdout and nothing else there; warnings are warnings, a clean course an empty run', () => {
    writeFileSync(join(work, 'courses', 'links', 'lessons', 'one.md'), '---\ntitle: One\n---\nSee [the intranet](http://intranet.example.org/policy).\n');
    const { code, log } = sarif(['build', 'courses/links', '--format', 'sarif', '--target', 'web', '--out', 'dist']);
    expect(code).toBe(0);
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([['link-insecure', 'warning']]);
    writeFileSync(join(work, 'courses', 'links', 'lessons', 'one.md'), '---\ntitle: One\n---\nSee the intranet.\n');
    const clean = sarif(['build', 'courses/links', '--format', 'sarif', '--target', 'web', '--out', 'dist']);
    expect(clean.code).toBe(0);
    expect(clean.log.runs[0]!.results).toEqual([]);
    expect(clean.log.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('names a course outside the working folder by its file: URI', () => {
    const outside = mkdtempSync(join(tmpdir(), 'cw-sarif-outside-'));
    try {
      cpSync(join(fixtures, 'validate', 'duplicate-id'), join(outside, 'hand over'), { recursive: true });
      const { log } = sarif(['validate', join(outside, 'hand over'), '--format', 'sarif']);
      const uris = log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation]);
      expect(uris).toEqual([['duplicate-id', { uri: pathToFileURL(join(outside, 'hand over', 'lessons', 'one.md')).href }]]);
      expect(uris[0]![1]).toMatchObject({ uri: expect.stringMatching(/^file:\/\/.*\/hand%20over\/lessons\/one\.md$/) });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('checks against a schema that refuses what SARIF does not allow', () => {
    const run = { tool: { driver: { name: 'coursewright' } }, results: [{ ruleId: 'link-broken', message: { text: 'x' }, level: 'error' }] };
    expect(validate({ version: '2.1.0', runs: [run] })).toBe(true);
    // "info" is coursewright's word; SARIF's is "note".
    expect(validate({ version: '2.1.0', runs: [{ ...run, results: [{ ...run.results[0], level: 'info' }] }] })).toBe(false);
  });

  it('is offered by build and validate only; inspect refuses it by name', () => {
    const result = runCli(['inspect', 'none.zip', '--format', 'sarif'], work);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("argument 'sarif' is invalid. Allowed choices are text, json.");
  });
});
