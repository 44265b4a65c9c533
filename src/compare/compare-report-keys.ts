import { parse } from 'csv-parse/sync';
import { reportKeyHeadings } from '../package/report-key/report-key-columns.js';
import { unguardedField } from '../package/report-key/report-key-csv.js';

/** One response of an interaction, as a report key lists it. */
export interface KeyResponse {
  code: string;
  text: string;
  /** Marked correct (a check) or recommended (a decision). */
  expected: boolean;
  /** What a SCORM 1.2 report shows for it (`a`, `b` …), in a SCORM 1.2 key. */
  letter?: string;
}

/** One interaction of a report key: its rows together. */
export interface KeyInteraction {
  id: string;
  lesson: string;
  question: string;
  responses: KeyResponse[];
}

/** The headings `reportKeyCsv` writes that a comparison reads (a SCORM 1.2 key has one more column). */
const headings = reportKeyHeadings;
const needed = [headings.id, headings.lesson, headings.question, headings.code, headings.text, headings.expected] as const;

/**
 * The interactions of a report key (`.key.csv`, as `build` writes it beside each package), in the
 * key's order; a message saying what is wrong when the text is not such a key.
 */
export function readReportKey(text: string): KeyInteraction[] | string {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relaxColumnCount: false, skipEmptyLines: true }) as string[][];
  } catch (error) {
    return `it is not a CSV file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  const [header, ...rows] = records;
  const column = Object.fromEntries(needed.map((heading) => [heading, header?.indexOf(heading) ?? -1])) as Record<(typeof needed)[number], number>;
  const letterColumn = header?.indexOf(headings.scorm12) ?? -1;
  const missing = needed.filter((heading) => column[heading] < 0);
  if (missing.length) return `it is not a coursewright report key: no column ${missing.map((m) => `"${m}"`).join(', ')}`;
  const byId = new Map<string, KeyInteraction>();
  for (const row of rows) {
    const cell = (heading: (typeof needed)[number]): string => unguardedField(row[column[heading]] ?? '');
    const id = cell(headings.id);
    let interaction = byId.get(id);
    if (!interaction) byId.set(id, (interaction = { id, lesson: cell(headings.lesson), question: cell(headings.question), responses: [] }));
    const code = cell(headings.code);
    const letter = letterColumn < 0 ? '' : unguardedField(row[letterColumn] ?? '');
    if (code) interaction.responses.push({ code, text: cell(headings.text), expected: cell(headings.expected) !== '', ...(letter ? { letter } : {}) });
  }
  return [...byId.values()];
}

/** An interaction that both keys have, with what changed in its responses. */
export interface ChangedInteraction {
  id: string;
  question: string;
  /** Response codes the old key has and the new one does not: what reports recorded under them will not match. */
  gone: KeyResponse[];
  /** Response codes only the new key has. */
  added: KeyResponse[];
  /** The codes marked correct or recommended, before and now, when they differ. */
  expected?: { before: string[]; now: string[] };
  /**
   * SCORM 1.2 letters that stand for another response now (`now` undefined: for none), which a
   * SCORM 1.2 report, showing only letters, would count as the old one's.
   */
  relettered?: { letter: string; before: string; now?: string }[];
  /** Responses whose code stayed while their words changed: to check that they still mean the same. */
  reworded?: { code: string; before: string; now: string }[];
}

/** What changed from one report key to the next. */
export interface KeyComparison {
  /** Interactions only the old key has: the new version reports them no more. */
  gone: KeyInteraction[];
  /** Interactions only the new key has. */
  added: KeyInteraction[];
  changed: ChangedInteraction[];
  /** Interactions the same in both. */
  same: number;
}

/**
 * Compares the report key of an earlier version (`before`) with the next (`after`): which
 * interactions and response codes a report that spans both will find in one and not the other.
 */
export function compareReportKeys(before: readonly KeyInteraction[], after: readonly KeyInteraction[]): KeyComparison {
  const now = new Map(after.map((interaction) => [interaction.id, interaction]));
  const earlier = new Set(before.map((interaction) => interaction.id));
  const comparison: KeyComparison = { gone: [], added: after.filter((interaction) => !earlier.has(interaction.id)), changed: [], same: 0 };
  for (const old of before) {
    const next = now.get(old.id);
    if (!next) {
      comparison.gone.push(old);
      continue;
    }
    const [oldCodes, newCodes] = [codesOf(old), codesOf(next)];
    const [expectedBefore, expectedNow] = [expectedOf(old), expectedOf(next)];
    const nowByLetter = new Map(next.responses.flatMap((response) => (response.letter ? [[response.letter, response.code] as const] : [])));
    const relettered = old.responses.flatMap((response) => {
      const now = response.letter === undefined ? response.code : nowByLetter.get(response.letter);
      return now === response.code ? [] : [{ letter: response.letter!, before: response.code, ...(now !== undefined ? { now } : {}) }];
    });
    const nowText = new Map(next.responses.map((response) => [response.code, response.text]));
    const reworded = old.responses.flatMap((response) => {
      const now = nowText.get(response.code);
      return now === undefined || now === response.text ? [] : [{ code: response.code, before: response.text, now }];
    });
    const change: ChangedInteraction = {
      id: old.id,
      question: next.question,
      gone: old.responses.filter((response) => !newCodes.has(response.code)),
      added: next.responses.filter((response) => !oldCodes.has(response.code)),
      ...(expectedBefore.join('\n') !== expectedNow.join('\n') ? { expected: { before: expectedBefore, now: expectedNow } } : {}),
      ...(relettered.length ? { relettered } : {}),
      ...(reworded.length ? { reworded } : {}),
    };
    if (change.gone.length || change.added.length || change.expected || change.relettered || change.reworded) comparison.changed.push(change);
    else comparison.same++;
  }
  return comparison;
}

function codesOf(interaction: KeyInteraction): Set<string> {
  return new Set(interaction.responses.map((response) => response.code));
}

/** The codes marked correct or recommended, sorted. */
function expectedOf(interaction: KeyInteraction): string[] {
  return interaction.responses.filter((response) => response.expected).map((response) => response.code).sort();
}

/**
 * Whether reports of the two versions line up: every interaction and response code of the old key
 * is in the new one, and in SCORM 1.2 keys every letter stands for the response it stood for.
 */
export function keysLineUp(comparison: KeyComparison): boolean {
  return comparison.gone.length === 0 && comparison.changed.every((change) => change.gone.length === 0 && !change.relettered);
}
