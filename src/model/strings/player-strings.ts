import { blockStrings } from './block-strings.js';
import { es } from './languages/es.js';
import { shellStrings } from './shell-strings.js';

/** English, the catalogue every other language translates: all keys, with their `{placeholders}`. */
export const englishStrings: Record<string, string> = { ...shellStrings, ...blockStrings };

/**
 * The player's catalogues by primary language subtag. Adding a language is one file in languages/
 * (the keys of `englishStrings`, tested) and one line here.
 */
export const playerCatalogues: Readonly<Record<string, Record<string, string>>> = {
  en: englishStrings,
  es,
};

/** The catalogue chosen for a course language, and the language it is in. */
export interface PlayerStrings {
  /** Primary subtag of the catalogue, e.g. `es` for a course in `es-MX`. */
  language: string;
  strings: Record<string, string>;
  /** True when the course language has no catalogue and the player falls back to English. */
  fallback: boolean;
}

/** The player strings for a BCP 47 course language: `es-MX` → Spanish, an unknown language → English. */
export function selectPlayerStrings(courseLanguage: string): PlayerStrings {
  const primary = (courseLanguage.split('-')[0] ?? '').toLowerCase();
  const strings = Object.prototype.hasOwnProperty.call(playerCatalogues, primary) ? playerCatalogues[primary] : undefined;
  // A key not translated yet shows in English rather than as a raw key (the catalogue test lists it).
  return strings ? { language: primary, strings: { ...englishStrings, ...strings }, fallback: false } : { language: 'en', strings: englishStrings, fallback: true };
}
