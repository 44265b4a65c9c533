import type { Course, Edition, Lesson } from '../../model/course.js';
import { blockTexts } from '../../model/block-texts.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { checkEditionNames } from '../blocks/edition-attribute.js';

/**
 * Cut one Course per edition × language from the parsed courses (the original and its translations).
 *
 * Why a filter right after parse rather than one parse per edition: the lesson files are read,
 * parsed and checked once, so a problem in shared text is reported once and block ids do not depend
 * on which edition is built; each edition is then an ordinary Course that validate, render and
 * package handle without knowing editions exist.
 *
 * `only` (from the caller, e.g. `--edition`) limits the editions; names course.yml does not define
 * are reported as `edition-unknown` at its `editions`.
 */
export function selectVariants(courses: readonly Course[], only: readonly string[] | undefined, sink: DiagnosticSink): Course[] {
  const first = courses[0];
  if (!first) return [];
  const defined = first.editions ?? [];
  const wanted = only === undefined ? defined : pickEditions(first, only, sink);
  const named = defined.length > 0 || (first.languages?.length ?? 1) > 1;
  return courses.flatMap((course) => {
    if (!defined.length) return only?.length ? [] : [named ? { ...course, variant: { language: course.language } } : course];
    return wanted.map((edition) => selectEdition(course, course.editions?.find((e) => e.id === edition.id) ?? edition));
  });
}

/** The lessons, and in each the blocks, whose `editions` (undefined: every edition) `has` accepts. */
export function lessonsWhere(lessons: readonly Lesson[], has: (editions: readonly string[] | undefined) => boolean): Lesson[] {
  return lessons.filter((lesson) => has(lesson.editions)).map((lesson) => ({ ...lesson, blocks: lesson.blocks.filter((block) => has(block.editions)) }));
}

/** The course as one edition has it: its lessons and blocks, its title, id and IRI. */
export function selectEdition(course: Course, edition: Edition): Course {
  const description = edition.description ?? course.description;
  const lessons = lessonsWhere(course.lessons, (editions) => editions === undefined || editions.includes(edition.id));
  const rest: Course = { ...course };
  delete rest.description;
  return {
    ...rest,
    // Its own id and IRI: an LMS or LRS must keep each edition's learners and statements apart.
    id: `${course.id}-${edition.id}`,
    iri: `${course.iri}/${edition.id}`,
    title: edition.title,
    ...(description !== undefined ? { description } : {}),
    lessons,
    assets: editionAssets(course, lessons),
    variant: { edition: edition.id, language: course.language, courseTitle: course.title },
  };
}

/**
 * The media files an edition needs: all of the course's but those that only the blocks it leaves
 * out refer to, so a manager-only video is not shipped to employees. A file no block names (it
 * may be referred to from elsewhere) is kept.
 */
function editionAssets(course: Course, lessons: readonly Lesson[]): string[] {
  const keptBlocks = new Set(lessons.flatMap((lesson) => lesson.blocks));
  const kept = [...keptBlocks].flatMap(blockTexts);
  const dropped = course.lessons.flatMap((lesson) => lesson.blocks).filter((block) => !keptBlocks.has(block)).flatMap(blockTexts);
  const names = (texts: readonly string[], asset: string): boolean => texts.some((text) => text.includes(asset));
  return course.assets.filter((asset) => !names(dropped, asset) || names(kept, asset));
}

function pickEditions(course: Course, only: readonly string[], sink: DiagnosticSink): Edition[] {
  const defined = course.editions ?? [];
  const at = defined[0]?.at ?? course.at;
  const known = checkEditionNames(only, defined.map((e) => e.id), () => at, sink);
  return defined.filter((edition) => known.includes(edition.id));
}
