/**
 * Lesson status in the vocabulary every tracking standard can map. A module of its own, free of
 * the browser's types, so that code Node.js runs too (the outcome of a saved state, which
 * `inspect --state` reports) can name it.
 */
export type TrackerStatus = 'incomplete' | 'completed' | 'passed' | 'failed';
