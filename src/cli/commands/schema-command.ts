import { join } from 'node:path';
import { z } from 'zod';
import { courseFileSchema, courseTranslationSchema, lessonFrontMatterSchema } from '../../parse/course/course-schema.js';
import { scenarioSchema } from '../../parse/scenario/scenario-schema.js';
import { exitCodes } from '../cli-error.js';
import { writeOutputFile } from '../output-files.js';
import type { Terminal } from '../terminal.js';

/** JSON Schemas for editors, generated from the same zod schemas that validate course files. */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, id: string): unknown => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: id,
  });
  return {
    'course.schema.json': make(courseFileSchema, 'course.schema.json'),
    // course.<language>.yml: the words of course.yml in another language.
    'course-translation.schema.json': make(courseTranslationSchema, 'course-translation.schema.json'),
    'lesson.schema.json': make(lessonFrontMatterSchema, 'lesson.schema.json'),
    'scenario.schema.json': make(scenarioSchema, 'scenario.schema.json'),
  };
}

/** `coursewright schema --out schemas`: write the JSON Schemas. */
export function runSchema(options: { out: string }, term: Terminal): number {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeOutputFile(join(options.out, name), `${JSON.stringify(schema, null, 2)}\n`);
    term.err(`wrote ${options.out}/${name}`);
  }
  return exitCodes.ok;
}
