/**
 * `formatVersion` at the top of every `--format json` output (build, validate, inspect). CI scripts
 * check it before reading the rest: it goes up only when a field is removed, renamed or changes
 * meaning; new fields keep the number.
 */
export const jsonFormatVersion = 1;
