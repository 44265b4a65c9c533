import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/cli/commands/schema-command.js';
import { courseTranslationStart } from '../../src/translate/set-translation-of.js';

const dir = join(import.meta.dirname, '..', '..', 'schemas');

describe('JSON Schemas for editors', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s is up to date with the zod schema (run "npm run schemas")', (name, schema) => {
    expect(JSON.parse(readFileSync(join(dir, name), 'utf8'))).toEqual(schema);
  });

  it('documents every course.yml field for autocompletion', () => {
    const course = jsonSchemas()['course.schema.json'] as { properties: Record<string, { description?: string }>; required: string[] };
    for (const [field, schema] of Object.entries(course.properties)) expect(schema.description, field).toBeTruthy();
    expect(course.required).toEqual(['id', 'title', 'lessons']);
  });

  it("validates every sample course's YAML file against the schema its editor line names, as an editor would", () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const courses = join(dir, '..', 'courses');
    const files = (readdirSync(courses, { recursive: true }) as string[]).filter((file) => file.endsWith('.yml')).sort();
    const named = files.map((file) => {
      const text = readFileSync(join(courses, file), 'utf8');
      const schema = /\$schema=(\S+)/.exec(text.split('\n')[0] ?? '')?.[1];
      if (!schema) return [file, 'no schema line'];
      const path = resolve(dirname(join(courses, file)), schema);
      if (!ajv.getSchema(path)) ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')) as object, path);
      const validate = ajv.getSchema(path)!;
      return [file, validate(parse(text)) ? relative(dir, path) : JSON.stringify(validate.errors)];
    });
    expect(Object.fromEntries(named)).toEqual(Object.fromEntries(files.map((file) => [file, /(^|\/)course\.[a-z-]+\.yml$/i.test(file) ? 'course-translation.schema.json' : file.endsWith('course.yml') ? 'course.schema.json' : 'scenario.schema.json'])));
    // A translation of course.yml a translator starts from names the translation's schema.
    expect(courseTranslationStart(readFileSync(join(courses, 'respect-at-work', 'course.yml'), 'utf8')).split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/course-translation.schema.json');
  });
});

