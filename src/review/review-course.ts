import type { Block } from '../model/blocks.js';
import type { Course } from '../model/course.js';
import { reviewScenario, type ScenarioReview } from './review-scenario.js';
import { editionOverview, type EditionOverview } from './review-editions.js';
import { escapeHtml } from './review-html.js';
import { courseStrings } from '../model/strings/player-strings.js';
import { reviewWords } from './review-words.js';

export type { DecisionReview, EndingGroup, ScenarioReview } from './review-scenario.js';
export type { EditionOverview } from './review-editions.js';

/** One lesson: its blocks in order, scenarios with their paths worked out. */
export interface LessonReview {
  id: string;
  title: string;
  /** The editions that have this lesson (course.yml `{ file, editions }`); absent: every edition. */
  editions?: string[];
  blocks: (Block | { kind: 'scenario-review'; review: ScenarioReview; editions?: string[] })[];
}

/** The course as one edition in one language has it: what learners of that package read. */
export interface VariantReview {
  /** The edition, when the course defines editions. */
  edition?: { id: string; title: string };
  language: string;
  lessons: LessonReview[];
}

/** The whole course for subject-matter sign-off, one part per edition × language reviewed. */
export interface CourseReview {
  course: Pick<Course, 'id' | 'title' | 'version' | 'language'>;
  /** Which lessons and passages each edition has; absent when the course defines no editions. */
  editions?: EditionOverview;
  variants: VariantReview[];
}

/**
 * Everything a subject-matter expert signs off, in lesson order: text, checks with their answers
 * and feedback, and each scenario's paths and recommended choices. `variants` are the editions ×
 * languages to show (from `compileCourse`); by default the course as parsed, every lesson in it.
 * `named`: variants in the same languages whose titles the edition overview uses too (the other
 * editions, when only some are reviewed).
 */
export function reviewCourse(course: Course, variants: readonly Course[] = [course], named: readonly Course[] = variants): CourseReview {
  const { id, version, language } = course;
  // A review of one translation is titled in its language (a variant's title may be its edition's).
  const reviewed = new Set(variants.map((v) => v.language));
  const [only] = variants;
  const title = reviewed.size === 1 && only && only.language !== language ? (only.variant?.courseTitle ?? only.title) : course.title;
  // Titles in the reviewed language for every edition and lesson, also those of editions not reviewed.
  const overview = editionOverview(course, [...variants, ...named.filter((v) => !variants.includes(v))]);
  return {
    course: { id, title, version, language },
    ...(overview ? { editions: overview } : {}),
    variants: variants.map(reviewVariant),
  };
}

function reviewVariant(variant: Course): VariantReview {
  const edition = variant.variant?.edition;
  return {
    ...(edition !== undefined ? { edition: { id: edition, title: variant.title } } : {}),
    language: variant.language,
    lessons: variant.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      ...(lesson.editions ? { editions: lesson.editions } : {}),
      blocks: lesson.blocks.map((block) =>
        block.kind === 'scenario'
          ? { kind: 'scenario-review' as const, review: reviewScenario(block), ...(block.editions ? { editions: block.editions } : {}) }
          : block.kind === 'content-note' && !block.html.trim()
            ? { ...block, html: standardNote(variant) }
            : block,
      ),
    })),
  };
}

/**
 * What learners read in a content note the author left empty (`::content-note{#id}`): the player's
 * standard text in the course language (or course.yml's `strings` for it), then the support the
 * course lists; said to be that, in the review's words for that language, so a reviewer signs off
 * what is shown.
 */
function standardNote(course: Course): string {
  const text = courseStrings(course)['contentNote.default'];
  const support = course.support.resources.map((r) => `${r.name}${r.contact ? ` (${r.contact})` : ''}`).join('; ');
  return `<p>${escapeHtml(text ?? '')}</p>\n<p><em>${reviewWords(course.language).standardNote(support ? escapeHtml(support) : undefined)}</em></p>`;
}
