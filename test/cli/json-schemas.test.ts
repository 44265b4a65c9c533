import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/cli/commands/schema-command.js';

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
});
