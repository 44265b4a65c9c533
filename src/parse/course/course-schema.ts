import { z } from 'zod';

import { decisionReporting } from '../../model/course.js';
import { targetNames } from '../../model/site.js';
import { idPattern } from '../author-id.js';
import { languageTagPattern } from '../language-tag.js';
import { hasCredentials } from '../url-credentials.js';

/**
 * A `translation-of` hash, compared as written in the file (see readTranslationOf): an all-digit
 * hash such as 93730050 reads as a YAML number, and is as good as the quoted one.
 */
const translationOf = z.union([z.string(), z.number()]).optional();

const supportResource = z
  .strictObject({
    name: z.string().min(1).describe('Name of the service, e.g. "Employee Assistance Programme".'),
    contact: z.string().optional().describe('Phone number or e-mail, shown as written; the number or address becomes a tel: or mailto: link.'),
    url: z
      .url({ error: 'expected a web address, e.g. https://support.example.org' })
      .refine((url) => url.startsWith('https://'), 'expected a web address starting with https:// (not http://, which browsers block in an LMS served over https)')
      .refine((url) => !hasCredentials(url), 'expected an address without a user name or password, which every package would carry for any learner to read')
      .optional()
      .describe('https: address of the service.'),
    description: z.string().optional().describe('One line on what the service offers.'),
  })
  .describe('One place learners can turn to for support.');

/** A BCP 47 language tag such as "en" or "es-MX". */
const languageTag = z.string().regex(languageTagPattern, 'expected a language tag such as "en" or "es-MX"');

/**
 * A title the LMS shows: at most 200 characters, the most a SCORM 1.2 manifest takes (imscp
 * titleType) and the least SCORM 2004 requires an LMS to keep; longer ones LMS catalogues cut.
 */
const lmsTitle = z
  .string()
  .min(1)
  .max(200, { error: (issue) => `expected at most 200 characters, the most an LMS is sure to take (SCORM 1.2 allows no more), found ${String(issue.input).length}` });

const editionSchema = z
  .strictObject({
    title: lmsTitle.describe('Title of this edition, shown to learners and in the LMS.'),
    description: z.string().optional().describe('One or two sentences for the LMS catalogue. Default: the course description.'),
  })
  .describe('One edition of the course.');

const lessonEntrySchema = z
  .strictObject({
    file: z.string().min(1).describe('The lesson file, relative to the course folder.'),
    editions: z.array(z.string()).min(1).describe('The editions that have this lesson, e.g. [manager].'),
  })
  .describe('A lesson that only some editions have.');

/** The schema of course.yml: gives the TypeScript type, validation, defaults and the editor JSON Schema. */
export const courseFileSchema = z
  .strictObject({
    id: z
      .string()
      .regex(idPattern, 'expected lower-case letters, digits and hyphens, starting with a letter')
      .describe('Course id: lower-case letters, digits and hyphens. Part of package names and LMS identifiers; keep it stable across versions.'),
    title: lmsTitle.describe('Course title shown to learners and in the LMS.'),
    description: z.string().optional().describe('One or two sentences shown in the LMS catalogue.'),
    version: z.union([z.string(), z.number()]).transform(String).default('1.0').describe('Course version, e.g. "2027.1". Default "1.0".'),
    language: languageTag.default('en').describe('Language of the course as a BCP 47 tag, e.g. "en". Default "en".'),
    lessons: z
      .array(z.union([z.string().min(1), lessonEntrySchema]))
      .describe('Lesson files in the order learners take them, relative to the course folder, e.g. "lessons/welcome.md"; { file, editions } for a lesson only some editions have.'),
    editions: z
      .record(z.string().regex(idPattern, 'expected lower-case letters, digits and hyphens, starting with a letter'), editionSchema)
      .optional()
      .describe('Editions built from this one course folder, by id, e.g. { employee: { title: … }, manager: { title: … } }. Each is its own package. Default: none (one course).'),
    languages: z
      .array(languageTag)
      .min(1)
      .optional()
      .describe('Languages to build, e.g. [en, es]; the first is the one the course is written in. Translations sit beside the originals (lessons/welcome.es.md, course.es.yml). Default: [<language>].'),
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
        title: z.string().optional().describe('Heading of the support box in content notes. Default: the player\'s own, in the course language ("Support is available").'),
        resources: z.array(supportResource).default([]).describe('Services shown in every content note.'),
      })
      .default({ resources: [] })
      .describe('Support resources shown by content notes.'),
    reporting: z
      .strictObject({
        reflections: z.enum(['private', 'session', 'report']).default('private').describe('private (default): reflection answers never leave the learner\'s device. session: as private, and kept only until the browser window is closed (shared ward PCs). report: blocks marked "report" send the text to the LMS.'),
        decisions: z
          .enum(decisionReporting)
          .default('all')
          .describe('What scenario decisions and practice choices send to the LMS. all (default): each decision. anonymous-score: one record per finished scenario with only its outcome or score, no choices. none: nothing; completion and the course score still count them. Checks are always sent.'),
      })
      .default({ reflections: 'private', decisions: 'all' })
      .describe('What is reported to the LMS: reflections (default private) and scenario decisions (default all). Checks and acknowledgements are always reported.'),
    retake: z
      .enum(['failed-checks', 'none'])
      .default('failed-checks')
      .describe('When all required work is done but the score is below masteryScore. failed-checks (default): offer to retake the graded checks answered wrong, and report "incomplete", not "failed", while a retake is possible. none: record "failed" at once.'),
    maxRetakes: z
      .number()
      .int()
      .min(1)
      .max(99)
      .optional()
      .describe('With retake: failed-checks, how many retakes are offered before "failed" is recorded. No default: no limit.'),
    strings: z
      .record(z.string(), z.string())
      .optional()
      .describe('Player words to change for this course, by key, e.g. { "nav.exit": "Close" }; keep each {placeholder}. Keys: docs/course-format.md#player-strings. Default: none.'),
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
    'translation-of': translationOf.describe('Translations only: short hash of the original lesson file this translation was made from (see "coursewright translate status").'),
  })
  .describe('Front matter of a lesson file.');

export type LessonFrontMatter = z.output<typeof lessonFrontMatterSchema>;

/**
 * The schema of a course-level translation, course.<lang>.yml: only the fields learners read, each
 * optional (an untranslated field keeps the original's text).
 */
export const courseTranslationSchema = z
  .strictObject({
    'translation-of': translationOf.describe('Short hash of course.yml when this translation was made; coursewright warns when course.yml changed since.'),
    title: lmsTitle.optional().describe('Course title in this language.'),
    description: z.string().optional().describe('Description in this language.'),
    support: z
      .strictObject({
        title: z.string().optional().describe('Heading of the support box in this language.'),
        resources: z.array(supportResource).optional().describe('Support resources in this language (all of them, in the same order).'),
      })
      .optional()
      .describe('Support box in this language.'),
    editions: z.record(z.string(), editionSchema.partial()).optional().describe('Edition titles in this language, by edition id.'),
  })
  .describe('Translated course-level text (course.<lang>.yml).');

export type CourseTranslation = z.output<typeof courseTranslationSchema>;
