/**
 * The saved path names each choice by its position in its node, one character each (a, b, c …),
 * so a path stays compact ("bac") in SCORM 1.2's small suspend_data. Reports use choice ids.
 */
const codes = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Code of the choice at `index` (0-based), or '' beyond the 36 codes. */
export function choiceCode(index: number): string {
  return codes.charAt(index);
}

/** Index of a choice code, or -1 when the character is not a code. */
export function choiceIndex(code: string): number {
  return code.length === 1 ? codes.indexOf(code) : -1;
}
