/**
 * SCORM 1.2 `choice` responses are single characters a–z, 0–9, so a choice is named by its
 * position in its node: a, b, c … The same codes make the saved path compact ("bac").
 */
const codes = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Code of the choice at `index` (0-based), or '' beyond the 36 codes SCORM 1.2 allows. */
export function choiceCode(index: number): string {
  return codes.charAt(index);
}

/** Index of a choice code, or -1 when the character is not a code. */
export function choiceIndex(code: string): number {
  return code.length === 1 ? codes.indexOf(code) : -1;
}
