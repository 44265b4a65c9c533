/** Ids authors give lessons, blocks, scenarios, nodes, choices and variables. */
export const idPattern = /^[a-z][a-z0-9-]*$/;

/** A valid id close to what the author wrote: lower-case ASCII, hyphens between words, a letter first. */
export function suggestId(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(cleaned) ? cleaned : `id-${cleaned || 'x'}`;
}
