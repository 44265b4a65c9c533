/** Longest CMIIdentifier SCORM 1.2 LMSs accept (Moodle: `^[\u0021-\u007E]{0,255}$`). */
const maxIdentifierLength = 255;

/**
 * Makes `id` a valid SCORM 1.2 CMIIdentifier: printable ASCII without spaces, at most 255
 * characters. Anything else becomes `_`, so ids stay readable and stable between sessions.
 */
export function toCmiIdentifier(id: string): string {
  const safe = id.replace(/[^\u0021-\u007E]/g, '_').slice(0, maxIdentifierLength);
  return safe === '' ? 'interaction' : safe;
}
