import type { CourseReview, VariantReview } from './review-course.js';
import type { ReviewWords } from './review-words.js';

/**
 * Whether the review is split into parts headed by edition and language: when the course has
 * editions, or more than one language is reviewed, or the one reviewed is a translation.
 */
export function editionsHeaded(review: CourseReview): boolean {
  const [first] = review.variants;
  return review.variants.length > 1 || first?.edition !== undefined || (first !== undefined && first.language !== review.course.language);
}

/**
 * The language of the document's own words and of its `lang`: the one reviewed, or the
 * original's when several are. Each part's words are in the part's language.
 */
export function documentLanguage(review: CourseReview): string {
  const languages = new Set(review.variants.map((v) => v.language));
  return languages.size === 1 ? [...languages][0]! : review.course.language;
}

/** `Edition: Respect at work for managers (manager), language es` — the heading of one part, in `words`. */
export function variantHeading(variant: VariantReview, course: CourseReview['course'], words: ReviewWords): string {
  return words.partHeading({ ...(variant.edition ? { edition: variant.edition } : {}), language: variant.language, original: variant.language === course.language });
}
