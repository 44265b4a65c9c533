/** The language tags a course takes (BCP 47, as the player and the standards write them): "en", "es-MX". */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The tag most likely meant by one written with other capitals or underscores ("EN", "en_us",
 * "ES_mx", "zh_hant"): BCP 47's usual casing, language lower-case, a two-letter region upper-case,
 * a four-letter script capitalised; undefined when that is no tag either, or is what was written.
 */
export function suggestLanguageTag(text: string): string | undefined {
  const [language = '', ...rest] = text.trim().split(/[-_]/);
  const subtag = (part: string): string =>
    /^[a-z]{2}$/i.test(part) ? part.toUpperCase() : /^[a-z]{4}$/i.test(part) ? part.charAt(0).toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase();
  const tag = [language.toLowerCase(), ...rest.map(subtag)].join('-');
  return tag !== text && languageTagPattern.test(tag) ? tag : undefined;
}
