/** Looks up a player string and fills its `{name}` placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A `Translate` over the strings the renderer merged into RuntimeData. A missing key shows the
 * key itself, which is visible in review without breaking the page.
 */
export function createTranslator(strings: Record<string, string>): Translate {
  return (key, values) => {
    const template = Object.prototype.hasOwnProperty.call(strings, key) ? (strings[key] as string) : key;
    if (!values) return template;
    return template.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match);
  };
}
