import { defineCodes, didYouMean } from '../code-info.js';

/** Editions and translations built from one course folder. */
export const editionCodes = defineCodes({
  'edition-unknown': {
    severity: 'error',
    title: 'Edition that course.yml does not define',
    message: (v) =>
      v.expected ? `Unexpected edition "${v.name}"; expected one of: ${v.expected}.` : `Unexpected edition "${v.name}": course.yml defines no editions.`,
    hint: (v) =>
      v.expected
        ? `${didYouMean(v)}Edition names are the keys under "editions" in course.yml, separated by spaces in an editions="…" attribute.`
        : 'Define the editions in course.yml, e.g. "editions: { employee: { title: … }, manager: { title: … } }", or remove the edition limit.',
  },
  'edition-link-missing-lesson': {
    severity: 'error',
    title: 'Link to a lesson the edition does not have',
    message: (v) => `A link here leads to the lesson "${v.id}", which this edition does not have.`,
    hint: () => 'Put the link in an :::only{editions="…"} block for the editions that have the lesson, or add this edition to the lesson\'s "editions" in course.yml.',
  },
  'translation-missing': {
    severity: 'error',
    title: 'Translation not found',
    message: (v) => `Expected the ${v.language} translation of "${v.original}" in "${v.path}", found none.`,
    hint: (v) =>
      `${v.original === 'course.yml' ? `Write "${v.path}" with only the words of course.yml that learners read, translated: title, description, support and the editions' titles` : `Copy "${v.original}" to "${v.path}" and translate the text, keeping every id as it is`} ("coursewright translate export --language ${v.language} --out <folder>" writes it ready to translate); or remove "${v.language}" from "languages" in course.yml.`,
  },
  'translation-structure-mismatch': {
    severity: 'error',
    title: 'Translation with different ids than the original',
    message: (v) =>
      v.what === passagesWhat
        ? `The editions of the passages for some editions (:::only) here differ from the original "${v.original}": expected ${v.expected}, found ${v.found}.`
        : `The ${v.what} ids here differ from the original "${v.original}": expected ${v.expected}, found ${v.found}.`,
    hint: (v) =>
      v.what === passagesWhat
        ? 'A translation keeps each :::only passage, in the same order, for the same editions as the original: otherwise learners of one edition read, in this language, what is written for another.'
        : `A translation changes the words only: keep every block, node, choice and option id, in the same order, so learner progress and LMS reports are the same in every language.${/^(option|technique) /.test(String(v.what)) ? ' An option without {#id} takes its id from its words: end each one with the original\'s id, e.g. "- [ ] Alergias {#allergies}". If the original\'s words changed, so did its made id, and its answers would be reported under a new code: to keep the old one, end the original option with the id found here.' : ''}`,
  },
  'translation-changes-behaviour': {
    severity: 'error',
    title: 'Translation that changes what the course does',
    message: (v) => `The translation changes ${v.what}: ${v.expected} in the original "${v.original}", ${v.found} here.`,
    hint: () =>
      'A translation changes the words only: make this as in the original, so learners in every language are scored the same way and their reports compare. When the original was changed after this translation was made, bring the new value in here too (a translation export does not: it starts from the old translation). To change what the course does, change the original, then its translations.',
  },
  'translation-policy-title': {
    severity: 'warning',
    title: 'Translated title of an acknowledged policy',
    message: (v) => `The acknowledgement "${v.id}" names its policy "${v.found}" here and "${v.expected}" in the original "${v.original}". Reports of every language give the original's title, so this one is not sent.`,
    hint: (v) =>
      `The policy's title is sent with the acknowledgement, never shown to learners: one title in every language lets HR find every learner's acknowledgement of the policy in one report. Write policy="${v.expected}" here, or leave out policy and policy-version: a translation reports the original's.`,
  },
  'edition-block-unreachable': {
    severity: 'warning',
    title: 'Block in no edition',
    message: (v) => `This is limited to the editions ${v.editions}, and none of them has this lesson (course.yml gives it to ${v.lessonEditions}), so no learner will see it.`,
    hint: (v) => `Limit it to editions that have the lesson (${v.lessonEditions}), or give the lesson to the edition it is for in course.yml.`,
  },
  'translation-stale': {
    severity: 'warning',
    title: 'Original changed since it was translated',
    message: (v) => `"${v.original}" has changed since this translation was made (translation-of: ${v.recorded}; the original is now ${v.current}).`,
    hint: (v) => `Bring the translation up to date with "${v.original}", then set "translation-of: ${v.current}". "coursewright translate status" lists every translation that is behind.`,
  },
});

/** What `translation-structure-mismatch` compares for the passages limited to some editions (`:::only`). */
export const passagesWhat = 'passage (:::only)';
