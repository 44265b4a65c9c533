import type { z } from 'zod';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { DataPath, YamlData } from './parse-yaml.js';
import { closestId } from '../closest-id.js';
import { idPattern, suggestId } from '../author-id.js';
import { languageTagPattern, suggestLanguageTag } from '../language-tag.js';

/** For each pattern a field's value must match, the value most likely meant by one it refuses. */
const patternSuggestions = new Map<string, (text: string) => string | undefined>([
  [String(languageTagPattern), suggestLanguageTag],
  [String(idPattern), (text) => [suggestId(text)].find((id) => id !== text)],
]);

/**
 * Validate YAML data against a zod schema, reporting every problem at its line and column.
 * Returns the typed, defaulted value, or undefined when anything was wrong.
 */
export function checkSchema<S extends z.ZodType>(schema: S, data: YamlData, sink: DiagnosticSink, base: DataPath = []): z.output<S> | undefined {
  // A map key `__proto__` would be lost without a word where a map takes any name (zod's records
  // set it as the object's prototype): reported at the name, and left out of what is checked.
  const reserved: DataPath[] = [];
  const found = withoutReservedNames(getAt(data.value, base), [], reserved);
  for (const path of reserved) sink.report('schema-reserved-name', { at: data.locate([...base, ...path], 'key'), values: { name: reservedName } });
  // An empty file (or front matter with nothing between the dashes) is an empty map to the author:
  // report the fields it lacks rather than "expected object, received null".
  const input = found === null && base.length === 0 ? {} : found;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // `tittle:` is a field written wrong, not also a `title` missing: the fields a misspelt key is
  // most likely meant for are not reported as missing.
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const expected = expectedKeys(schema, issue.path).split(', ');
    for (const key of issue.keys) {
      const suggestion = closestId(key, expected);
      if (suggestion !== undefined) meant.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  const report = (issue: z.core.$ZodIssue, within: readonly PropertyKey[]): void => {
    const issuePath = [...within, ...issue.path];
    const path = [...base, ...issuePath.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = fieldName(issuePath);
    // A map where a field takes a map or something else (a lesson entry: a path, or { file, editions }):
    // what is wrong inside the map, said as for any map (a misspelt key by its name).
    const mapForm = issue.code === 'invalid_union' && isMap(getAt(data.value, path)) ? issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0)) : undefined;
    if (mapForm?.length) {
      for (const inner of mapForm) report(inner, issuePath);
      return;
    }
    if (issue.code === 'unrecognized_keys') {
      const expected = expectedKeys(schema, issuePath);
      for (const key of issue.keys) {
        const suggestion = closestId(key, expected.split(', '));
        sink.report('schema-unknown-field', { at: data.locate([...path, key], 'key'), values: { field: key, expected, ...(suggestion ? { suggestion } : {}) } });
      }
    } else if (issue.code === 'invalid_type' && getAt(data.value, path) === undefined) {
      if (!meant.has(JSON.stringify(issuePath))) sink.report('schema-missing-field', { at: data.locate(path), values: { field } });
    } else {
      // A name a map does not take is reported at the name.
      const at = issue.code === 'invalid_key' ? data.locate(path, 'key') : data.locate(path);
      const value = getAt(data.value, path);
      // A misspelt option (`scrom2004`) is told the one meant.
      const options = issue.code === 'invalid_value' ? issue.values.filter((option): option is string => typeof option === 'string') : [];
      // A number written as text with its unit (`masteryScore: "80%"`): told the number.
      const number = issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value)?.[1]?.replace(',', '.') : undefined;
      // A value (or a name) its pattern refuses, written the way most likely meant (`language: EN_us` → "en-US").
      const format = issue.code === 'invalid_key' ? issue.issues.find((inner) => inner.code === 'invalid_format') : issue;
      const written = issue.code === 'invalid_key' ? path.at(-1) : value;
      const rewritten = format?.code === 'invalid_format' && typeof written === 'string' ? patternSuggestions.get(String(format.pattern))?.(written) : undefined;
      // Quoted, a number is text (`"80"`): said so, rather than "did you mean" the same characters.
      const quoted = number !== undefined && typeof value === 'string' && number === value.trim();
      const suggestion = typeof value === 'string' && options.length ? closestId(value, options) : quoted ? undefined : (number ?? rewritten);
      const about = descriptionAt(schema, issuePath);
      const reason = quoted ? `expected a number, found text: in quotes, ${number} is text to YAML; write it without them` : plainReason(issue, value);
      sink.report('schema-invalid-value', { at, values: { field, reason, ...(suggestion ? { suggestion } : {}), ...(about ? { about } : {}) } });
    }
  };
  for (const issue of result.error.issues) report(issue, []);
  // Names the schema does not take (`masteryscore:`, `outcom:`) and nothing else wrong: reported
  // above; the file is then read with each such name as the field it is most likely meant for (or
  // without it), so what its other settings get wrong is reported in the same run, not after the
  // name is corrected, and nothing the meant field's absence would bring is reported too.
  const misspelt = (issue: z.core.$ZodIssue): boolean =>
    issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && getAt(input, issue.path as DataPath) === undefined && meant.has(JSON.stringify(issue.path)));
  if (result.error.issues.every(misspelt)) {
    const issues = result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
    const retried = schema.safeParse(issues.reduce((value, issue) => readAsMeant(value, issue.path, issue.keys, expectedKeys(schema, issue.path).split(', ')), input));
    if (retried.success) return retried.data;
  }
  return undefined;
}

/**
 * A copy of `value` (deep only along `path`) in which each of `keys` in the map at `path` is renamed
 * to the expected key closest to it, when the map has no such key yet, or else left out.
 */
function readAsMeant(value: unknown, path: readonly PropertyKey[], keys: readonly string[], expected: readonly string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const clone = (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<PropertyKey, unknown>;
  if (path.length) {
    clone[path[0]!] = readAsMeant(clone[path[0]!], path.slice(1), keys, expected);
    return clone;
  }
  for (const key of keys) {
    const meant = closestId(key, expected);
    if (meant !== undefined && !Object.hasOwn(clone, meant)) clone[meant] = clone[key];
    delete clone[key];
  }
  return clone;
}

/** The one name JavaScript objects cannot hold as data: assigning it replaces the object's prototype. */
const reservedName = '__proto__';

/**
 * `value` without any map key `__proto__` (a copy along the paths that had one, else `value`
 * itself), the path of each such key pushed to `found`.
 */
function withoutReservedNames(value: unknown, path: (string | number)[], found: DataPath[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  // One path for the whole walk, copied only where a name is found: every YAML file goes through here.
  const each = (key: string | number, item: unknown): unknown => {
    path.push(key);
    const kept = withoutReservedNames(item, path, found);
    path.pop();
    if (kept !== item) changed = true;
    return kept;
  };
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, index) => each(index, item));
    return changed ? items : value;
  }
  const entries: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (key === reservedName) {
      found.push([...path, key]);
      changed = true;
    } else entries.push([key, each(key, item)]);
  }
  return changed ? Object.fromEntries(entries) : value;
}

function isMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The field as the author sees it: its key, with the list positions below it ("targets[1]"). */
function fieldName(path: readonly PropertyKey[]): string {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end -= 1;
  const key = end > 0 ? String(path[end - 1]) : path.length ? '' : 'document';
  return key + path.slice(end).map((index) => `[${String(index)}]`).join('');
}

function getAt(value: unknown, path: DataPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** What YAML calls each kind of value, for authors: zod's "record" or "object" is a map to them. */
const kinds: Record<string, string> = {
  record: 'a map (lines of "name: value")',
  object: 'a map (lines of "name: value")',
  array: 'a list (lines starting with "- ")',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return kinds.array!;
  // YAML's .nan and .inf, and numbers too large to hold (1e400), are numbers zod does not take.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'not-a-number (.nan)' : 'infinity (a number too large)';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return kinds.object!;
  return kinds[typeof value] ?? typeof value;
}

/**
 * The reason of an issue in an author's words: zod's own ("expected record, received array",
 * "Invalid input" for a value that fits none of a field's forms, "Invalid key in record") named in
 * YAML's terms; the schema's own messages as they are.
 */
function plainReason(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && kinds[issue.expected]) return `expected ${kinds[issue.expected]}, found ${kindOf(value)}`;
  if (issue.code === 'invalid_union' && issue.message === 'Invalid input') {
    // The forms the value itself failed as (an issue deeper in a form means the value had that form).
    const forms = [...new Set(issue.errors.map((errors) => errors[0]).filter((first) => first?.code === 'invalid_type' && first.path.length === 0).map((first) => kinds[(first as { expected: string }).expected]).filter(Boolean))];
    if (forms.length === issue.errors.length) return `expected ${forms.join(' or ')}, found ${kindOf(value)}`;
    return 'this value fits none of the forms this field takes';
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
    return `expected one of ${issue.values.map((option) => JSON.stringify(option)).join(', ')}, found ${typeof value === 'string' ? JSON.stringify(value) : kindOf(value)}`;
  }
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? 'a name this map does not take';
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.message.startsWith('Too ')) {
    const small = issue.code === 'too_small';
    const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
    if (issue.origin === 'string') return small && bound === 1 ? 'expected text, found none' : `expected ${small ? 'at least' : 'at most'} ${bound} characters`;
    if (issue.origin === 'array') return small && bound === 1 ? 'expected at least one item, found none' : `expected ${small ? 'at least' : 'at most'} ${bound} items`;
    if (issue.origin === 'number') return `expected a number ${small ? 'from' : 'up to'} ${bound}`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** The keys an object schema accepts at a path, for "expected one of" messages. */
function expectedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const shape = defOf(schemaAt(schema, path))?.shape;
  return shape ? Object.keys(shape).join(', ') : '(see docs/course-format.md)';
}

/**
 * What the schema says a field takes (its `describe` text, which editors show too), or undefined
 * when the field has none or the path leads into something else than maps and lists.
 */
function descriptionAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  // The description is on the field's own schema or on one it wraps (`.optional().describe()` or `.describe().optional()`).
  for (let current = path.length ? schemaAt(schema, path) : undefined; current; current = wrappedBy(current)) {
    const { description } = current as { description?: string };
    if (description) return description;
  }
  return undefined;
}

/** The schema of the field at `path` (through maps, lists and records), or undefined where the path leads elsewhere. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let current: unknown = schema;
  for (const segment of path) {
    const def = defOf(current);
    if (def?.type === 'object' && def.shape && typeof segment === 'string') current = def.shape[segment];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else return undefined;
  }
  return current;
}

interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  options?: unknown[];
}

/** A schema's definition through its wrappers; of a union (a map or something else), its map form's. */
function defOf(schema: unknown): SchemaDef | undefined {
  const def = (unwrap(schema) as { def?: SchemaDef }).def;
  if (def?.type !== 'union') return def;
  return def.options?.map((option) => (unwrap(option) as { def?: SchemaDef }).def).find((option) => option?.type === 'object');
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let inner = wrappedBy(current); inner; inner = wrappedBy(current)) current = inner;
  return current;
}

/** What a wrapper schema (optional, default, nullable, prefault, pipe) wraps; undefined for any other. */
function wrappedBy(schema: unknown): unknown {
  const def = (schema as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined)?.def;
  return def && ['optional', 'default', 'nullable', 'prefault', 'pipe'].includes(def.type ?? '') ? (def.innerType ?? def.in) : undefined;
}
