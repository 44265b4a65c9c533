/** A BCP 47 tag's language, lower case: `es-MX` → `es`. */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}
