import { stringsRegistryName } from '../../model/page-globals.js';

/** Looks up a player string and fills its `{name}` placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The page's one table of player strings, with `strings` (the page data's) in it: a translator
 * over it also finds the strings of each block kind whose code is a file of its own, which that
 * file adds as it runs. They so arrive in the same script as the kind's mount function, which the
 * block loader hands out only once the script has run: no block of the kind mounts without them.
 * Made on first use, by the core or a kind's file, as the block registry is.
 */
export function pageStrings(win: Window, strings: Record<string, string>): Record<string, string> {
  const globals = win as unknown as Record<string, Record<string, string> | undefined>;
  return Object.assign((globals[stringsRegistryName] ??= {}), strings);
}

/**
 * A `Translate` over the strings the renderer merged into RuntimeData (over `pageStrings`, also
 * those block kinds' files add later). A missing key shows the key itself, which is visible in
 * review without breaking the page. Numbers (scores, percentages, counts) are written the course
 * language's way: "87,5" in Spanish, "87.5" in English.
 */
export function createTranslator(strings: Record<string, string>, language?: string): Translate {
  const number = numberFormat(language);
  return (key, values) => {
    const template = Object.prototype.hasOwnProperty.call(strings, key) ? (strings[key] as string) : key;
    if (!values) return template;
    return template.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, name)) return match;
      const value = values[name];
      return typeof value === 'number' ? number(value) : String(value);
    });
  };
}

function numberFormat(language: string | undefined): (value: number) => string {
  try {
    const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    return (value) => format.format(value);
  } catch {
    // An invalid tag: plain digits rather than no strings at all.
    return String;
  }
}
