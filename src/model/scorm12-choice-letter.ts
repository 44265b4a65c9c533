/**
 * RTE 1.2 §3.4.4: a choice or sequencing response names each choice by one character, a–z then 0–9,
 * so an interaction can name at most 36 choices. Pure and dependency-free: the browser runtime
 * (what it sends) and the report key (what HR reads) both use it, so they always agree.
 */
export const scorm12ChoiceLetters = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The SCORM 1.2 letter of the choice at `index` among the choices offered; none past the 36th. */
export function scorm12ChoiceLetter(index: number): string | undefined {
  return index >= 0 ? scorm12ChoiceLetters.charAt(index) || undefined : undefined;
}
