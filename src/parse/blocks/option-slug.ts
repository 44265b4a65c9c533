import { suggestId } from '../author-id.js';

/** Longest made option id: short enough to read at a glance in an LMS or LRS report. */
export const maxSlugLength = 32;

/** Words of the option text kept in a made id; the start of an option usually tells it apart. */
const maxWords = 5;

/**
 * A readable id made from an option's text when the author gave none: the first few words, in the
 * project's id form (lower-case ASCII, hyphens), at most 32 characters.
 * "Jokes at one person's expense" → "jokes-at-one-persons-expense". Empty when the text has no
 * Latin letter or digit to build on (an option in another script); the caller then numbers it.
 */
export function optionSlug(text: string): string {
  if (!/[a-z0-9]/i.test(text.normalize('NFKD'))) return '';
  // Apostrophes join a word ("person's" → "persons") rather than split it into "person-s".
  const [first = '', ...others] = suggestId(text.replace(/['\u2018\u2019]/g, '')).split('-');
  let slug = first.slice(0, maxSlugLength);
  for (const word of others.slice(0, maxWords - 1)) {
    if (slug.length + 1 + word.length > maxSlugLength) break;
    slug += `-${word}`;
  }
  return slug;
}

/** `base` when it is free, else `base-2`, `base-3` … (shortened to stay within 32 characters). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
