import { stringsRegistryName } from '../model/page-globals.js';
import { scriptJson } from './script-json.js';

/**
 * The statement appended to a block kind's file (`assets/blocks/<kind>.js`) that adds the kind's
 * player strings, as the course words them, to the page's: they arrive with the code that reads
 * them, in the same script, so none of its blocks mounts before they are in. One statement of
 * data, on one line: `readBlockStringsScript` reads it back without running it.
 */
export function blockStringsScript(strings: Readonly<Record<string, string>>): string {
  return `Object.assign(self.${stringsRegistryName}=self.${stringsRegistryName}||{},${scriptJson(strings)});\n`;
}

const statementPattern = new RegExp(`(?:^|\\n)Object\\.assign\\(self\\.${stringsRegistryName}=self\\.${stringsRegistryName}\\|\\|\\{\\},(\\{.*\\})\\);\\n?$`);

/** The strings a block kind's file carries (`blockStringsScript`, its last line), or undefined when it carries none. */
export function readBlockStringsScript(text: string): Record<string, string> | undefined {
  const json = statementPattern.exec(text)?.[1];
  if (json === undefined) return undefined;
  try {
    const strings = JSON.parse(json) as unknown;
    if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) return undefined;
    return Object.values(strings).every((value) => typeof value === 'string') ? (strings as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}
