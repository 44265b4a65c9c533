import type { CourseReview, VariantReview } from './review-course.js';

/**
 * Whether the review is split into parts headed by edition and language: when the course has
 * editions, or more than one language is reviewed, or the one reviewed is a translation.
 */
export function editionsHeaded(review: CourseReview): boolean {
  const [first] = review.variants;
  return review.variants.length > 1 || first?.edition !== undefined || (first !== undefined && first.language !== review.course.language);
}

/** `Edition: Respect at work for managers (manager), language es` — the heading of one part. */
export function variantHeading(variant: VariantReview, course: CourseReview['course']): string {
  const language = `language ${variant.language}${variant.language === course.language ? ' (original)' : ''}`;
  return variant.edition ? `Edition: ${variant.edition.title} (${variant.edition.id}), ${language}` : `Language: ${variant.language}${variant.language === course.language ? ' (original)' : ''}`;
}
