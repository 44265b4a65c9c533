import type { Course } from '../model/course.js';

/** Which lessons each edition has, for the table at the top of a review of a course with editions. */
export interface EditionOverview {
  editions: { id: string; title: string }[];
  lessons: {
    id: string;
    title: string;
    /** The editions that have the lesson. */
    editions: string[];
    /** Editions some of the lesson's passages or blocks are limited to (`:::only`, `editions="…"`). */
    partly: string[];
  }[];
}

/**
 * Every lesson of the course against every edition it defines; undefined without editions. Titles
 * come from the reviewed language when a variant in it has the lesson, so a Spanish review lists
 * Spanish titles.
 */
export function editionOverview(course: Course, variants: readonly Course[]): EditionOverview | undefined {
  const defined = course.editions ?? [];
  if (!defined.length) return undefined;
  const language = variants[0]?.language ?? course.language;
  const inLanguage = variants.filter((v) => v.language === language);
  const titleOf = (id: string, fallback: string): string => inLanguage.flatMap((v) => v.lessons).find((l) => l.id === id)?.title ?? fallback;
  const editionTitle = (id: string, fallback: string): string => inLanguage.find((v) => v.variant?.edition === id)?.title ?? fallback;
  return {
    editions: defined.map((e) => ({ id: e.id, title: editionTitle(e.id, e.title) })),
    lessons: course.lessons.map((lesson) => ({
      id: lesson.id,
      title: titleOf(lesson.id, lesson.title),
      editions: defined.map((e) => e.id).filter((id) => lesson.editions === undefined || lesson.editions.includes(id)),
      partly: [...new Set(lesson.blocks.flatMap((block) => block.editions ?? []))],
    })),
  };
}
