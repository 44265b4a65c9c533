import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { courseFileSchema } from '../../../src/parse/course/course-schema.js';
import { scenarioSchema } from '../../../src/parse/scenario/scenario-schema.js';
import { checkSchema } from '../../../src/parse/yaml/check-schema.js';
import { parseYaml } from '../../../src/parse/yaml/parse-yaml.js';

/** The schema problems of a YAML text, as "line:column message". */
function problems(schema: Parameters<typeof checkSchema>[0], text: string): string[] {
  const sink = createDiagnosticSink();
  checkSchema(schema, parseYaml(text, 'x.yml', sink), sink);
  return sink.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.message}`);
}

describe('checkSchema says what a value should be in YAML\u2019s words, not the validator\u2019s', () => {
  it('a lesson entry that is neither a path nor a map', () => {
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons:\n  - lessons/a.md\n  - 42\n')).toEqual([
      '5:5 Unexpected value for "lessons[1]": expected text or a map (lines of "name: value"), found a number.',
    ]);
  });

  it('a lesson entry of the right form with a wrong field is told what is wrong inside it, not that it should be text', () => {
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons:\n  - file: lessons/a.md\n    editions: manager\n')).toEqual([
      '5:15 Unexpected value for "editions": expected a list (lines starting with "- "), found text.',
    ]);
    // A misspelt key in it is named, with the keys the entry takes (it was "fits none of the forms").
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons:\n  - { file: lessons/a.md, edition: [manager] }\n')).toEqual([
      '4:5 Expected the field "editions", found none.',
      '4:27 Unexpected field "edition"; expected one of: file, editions.',
    ]);
  });

  it('a language tag or an id written with other capitals or underscores is told the one meant', () => {
    const hints = (text: string): string[] => {
      const sink = createDiagnosticSink();
      checkSchema(courseFileSchema, parseYaml(text, 'x.yml', sink), sink);
      return sink.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.hint?.split('?')[0] ?? ''}`);
    };
    expect(hints('id: c\ntitle: C\nlessons: []\nlanguage: EN\nlanguages: [es_mx, zh_HANT_tw]\neditions:\n  Manager Edition: { title: M }\n')).toEqual([
      '4:11 Did you mean "en"',
      '7:3 Did you mean "manager-edition"',
      '5:13 Did you mean "es-MX"',
      '5:20 Did you mean "zh-Hant-TW"',
    ]);
    // Nothing is suggested where no tag is near what was written.
    expect(hints('id: c\ntitle: C\nlessons: []\nlanguage: English\n')).toEqual(['4:11 "language": Language of the course as a BCP 47 tag, e.g. "en". Default "en". See docs/course-format.md for what this field takes.']);
  });

  it('an empty title and a number out of range', () => {
    expect(problems(courseFileSchema, 'id: c\ntitle: ""\nlessons: []\nmasteryScore: 150\n')).toEqual([
      '2:8 Unexpected value for "title": expected text, found none.',
      '4:15 Unexpected value for "masteryScore": expected a number up to 100.',
    ]);
  });

  it('a list where a map of names goes, and a name a map does not take', () => {
    const scenario = 'id: s\ntitle: S\nstart: a\nvariables:\n  - trust\nnodes:\n  a:\n    text: Hi\n    end: true\n    outcome: positive\n';
    expect(problems(scenarioSchema, scenario)).toEqual(['5:3 Unexpected value for "variables": expected a map (lines of "name: value"), found a list (lines starting with "- ").']);
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons: [lessons/a.md]\neditions:\n  Manager Edition:\n    title: M\n')).toEqual([
      '5:3 Unexpected value for "Manager Edition": expected lower-case letters, digits and hyphens, starting with a letter.',
    ]);
  });

  it('a support address on http: is told it needs https:, not only that it is "invalid"', () => {
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons: []\nsupport:\n  resources:\n    - { name: EAP, url: "http://eap.example.org" }\n')).toEqual([
      '6:25 Unexpected value for "url": expected a web address starting with https:// (not http://, which browsers block in an LMS served over https).',
    ]);
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons: []\nsupport:\n  resources:\n    - { name: EAP, url: "https://exa mple.org" }\n')).toEqual([
      '6:25 Unexpected value for "url": expected a web address, e.g. https://support.example.org.',
    ]);
  });

  it('a number in quotes is told it is text to YAML, not "did you mean" the same number', () => {
    const sink = createDiagnosticSink();
    checkSchema(courseFileSchema, parseYaml('id: c\ntitle: C\nlessons: []\nmasteryScore: "80"\nmaxRetakes: "3 "\n', 'x.yml', sink), sink);
    expect(sink.diagnostics.map((d) => [d.message, d.hint?.startsWith('Did you mean')])).toEqual([
      ['Unexpected value for "masteryScore": expected a number, found text: in quotes, 80 is text to YAML; write it without them.', false],
      ['Unexpected value for "maxRetakes": expected a number, found text: in quotes, 3 is text to YAML; write it without them.', false],
    ]);
    // Written with its unit, it is told the number meant.
    const unit = createDiagnosticSink();
    checkSchema(courseFileSchema, parseYaml('id: c\ntitle: C\nlessons: []\nmasteryScore: 80%\n', 'x.yml', unit), unit);
    expect(unit.diagnostics.map((d) => [d.message, d.hint?.split('?')[0]])).toEqual([['Unexpected value for "masteryScore": expected a number, found text.', 'Did you mean "80"']]);
  });

  it('a map key __proto__ is reported at its name wherever it is, once, and not taken as data', () => {
    const reserved = '"__proto__" cannot be a name here: JavaScript reserves it, so what it names would be lost.';
    // In maps that take any name (a scenario's variables and nodes) it was left out without a word.
    const scenario = 'id: s\ntitle: S\nstart: a\nvariables:\n  __proto__: { start: 1 }\nnodes:\n  a:\n    text: Hi\n    end: true\n    outcome: positive\n  __proto__:\n    text: End\n    end: true\n';
    const sink = createDiagnosticSink();
    const value = checkSchema(scenarioSchema, parseYaml(scenario, 'x.yml', sink), sink);
    expect(sink.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.message}`)).toEqual([`5:3 ${reserved}`, `11:3 ${reserved}`]);
    expect(Object.keys(value?.nodes ?? {})).toEqual(['a']);
    // Where a map takes named fields, it is this name, not also an unknown field.
    expect(problems(courseFileSchema, 'id: c\ntitle: C\nlessons: []\n__proto__: { id: other }\n')).toEqual([`4:1 ${reserved}`]);
  });
});
