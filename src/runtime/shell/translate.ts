/** Looks up a player string and fills its `{name}` placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A `Translate` over the strings the renderer merged into RuntimeData. A missing key shows the
 * key itself, which is visible in review without breaking the page. Numbers (scores, percentages,
 * counts) are written the course language's way: "87,5" in Spanish, "87.5" in English.
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
