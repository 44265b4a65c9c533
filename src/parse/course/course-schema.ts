import { z } from 'zod';

import { targetNames } from '../../model/site.js';
import { idPattern } from '../author-id.js';

const supportResource = z
  .strictObject({
    name: z.string().min(1).describe('Name of the service, e.g. "Employee Assistance Programme".'),
    contact: z.string().optional().describe('Phone number or e-mail, shown as written.'),
    url: z.url({ protocol: /^https$/ }).optional().describe('https: address of the service.'),
    description: z.string().optional().describe('One line on what the service offers.'),
  })
  .describe('One place learners can turn to for support.');

/** The schema of course.yml: gives the TypeScript type, validation, defaults and the editor JSON Schema. */
export const courseFileSchema = z
  .strictObject({
    id: z
      .string()
      .regex(idPattern, 'expected lower-case letters, digits and hyphens, starting with a letter')
      .describe('Course id: lower-case letters, digits and hyphens. Part of package names and LMS identifiers; keep it stable across versions.'),
    title: z.string().min(1).describe('Course title shown to learners and in the LMS.'),
    description: z.string().optional().describe('One or two sentences shown in the LMS catalogue.'),
    version: z.union([z.string(), z.number()]).transform(String).default('1.0').describe('Course version, e.g. "2027.1". Default "1.0".'),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "es-MX"').default('en').describe('Language of the course as a BCP 47 tag, e.g. "en". Default "en".'),
    lessons: z.array(z.string().min(1)).describe('Lesson files in the order learners take them, relative to the course folder, e.g. "lessons/welcome.md".'),
    completion: z
      .array(z.enum(['all-lessons', 'scenarios', 'checks', 'acknowledgements']))
      .default(['all-lessons'])
      .describe('What completes the course; all listed must hold: all-lessons, scenarios, checks, acknowledgements. Default [all-lessons].'),
    masteryScore: z.number().min(0).max(100).optional().describe('Score (0–100) needed to pass; graded checks and scored scenarios count. No default: without it the course is completed, not passed.'),
    targets: z
      .array(z.enum(targetNames))
      .min(1)
      .default(['scorm12'])
      .describe(`Packages to build by default, any of: ${targetNames.join(', ')}. Default [scorm12].`),
    iri: z
      .string()
      .optional()
      .describe("Base IRI of the course's xAPI and cmi5 activity ids, e.g. https://learning.example.org/courses/respect-at-work. Default `urn:coursewright:<id>`."),
    support: z
      .strictObject({
        title: z.string().default('Support is available').describe('Heading of the support box in content notes. Default "Support is available".'),
        resources: z.array(supportResource).default([]).describe('Services shown in every content note.'),
      })
      .default({ title: 'Support is available', resources: [] })
      .describe('Support resources shown by content notes.'),
    reporting: z
      .strictObject({
        reflections: z.enum(['private', 'report']).default('private').describe('private (default): reflection answers never leave the learner\'s device. report: blocks marked "report" send the text to the LMS.'),
      })
      .default({ reflections: 'private' })
      .describe('What is reported to the LMS beyond decisions and answers.'),
    completionRecord: z
      .boolean()
      .default(false)
      .describe('Web packages only: once the course is complete, offer the learner a printable record of completion (course title, version, date and the name they type). Default false.'),
  })
  .describe('A coursewright course (course.yml).');

export type CourseFile = z.output<typeof courseFileSchema>;

/** The schema of lesson front matter. */
export const lessonFrontMatterSchema = z
  .strictObject({
    id: z.string().regex(idPattern, 'expected lower-case letters, digits and hyphens, starting with a letter').optional().describe('Lesson id; defaults to the file name without .md.'),
    title: z.string().min(1).describe('Lesson title shown in the menu and as the lesson heading.'),
    minutes: z.number().positive().optional().describe('Estimated minutes, shown in the menu.'),
  })
  .describe('Front matter of a lesson file.');

export type LessonFrontMatter = z.output<typeof lessonFrontMatterSchema>;
