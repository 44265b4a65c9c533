import { readFileSync } from 'node:fs';
import { compareReportKeys, keysLineUp, readReportKey, type ChangedInteraction, type KeyComparison, type KeyInteraction, type KeyResponse } from '../../compare/compare-report-keys.js';
import { describeFileError } from '../../package/describe-file-error.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { jsonFormatVersion } from '../json-format-version.js';
import type { Terminal } from '../terminal.js';

/** Options of `coursewright compare`. */
export interface CompareCommandOptions {
  format: 'text' | 'json';
}

/**
 * `coursewright compare <old.key.csv> <new.key.csv>`: what a report that spans two versions of a
 * package will find in one and not the other. Exit 0 when every interaction and response code of
 * the old key is in the new one, 1 when some are not, 2 when a file cannot be read as a key.
 */
export function runCompare(before: string, after: string, options: CompareCommandOptions, term: Terminal): number {
  const [old, next] = [readKey(before), readKey(after)];
  const comparison = compareReportKeys(old, next);
  const lineUp = keysLineUp(comparison);
  if (options.format === 'json') term.out(JSON.stringify({ formatVersion: jsonFormatVersion, before, after, lineUp, ...comparison }, null, 2));
  else term.out(describeComparison(before, after, comparison, lineUp));
  return lineUp ? exitCodes.ok : exitCodes.content;
}

function readKey(path: string): KeyInteraction[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the report key "${path}": ${describeFileError(error)}.`);
  }
  const key = readReportKey(text);
  if (typeof key === 'string') throw new UsageError(`"${path}" is not a report key: ${key}. Compare the .key.csv files build writes beside each package.`);
  return key;
}

function describeComparison(before: string, after: string, comparison: KeyComparison, lineUp: boolean): string {
  const { gone, added, changed, same } = comparison;
  const lines = [`${before} → ${after}`];
  const response = (r: KeyResponse): string => `"${r.code}"${r.text && r.text !== r.code ? ` (${quote(r.text)})` : ''}`;
  const interaction = (i: { id: string; question: string }): string => `  ${i.id}${i.question ? `: ${quote(i.question)}` : ''}`;
  if (gone.length) {
    lines.push('', `Interactions only in the old key (${gone.length}): reports of the new version will not have them.`);
    for (const i of gone) lines.push(interaction(i));
  }
  /** One section: its heading (with how many), then each interaction and its lines. */
  const section = (list: readonly ChangedInteraction[], heading: string, detail: (change: ChangedInteraction) => string[]): void => {
    if (!list.length) return;
    lines.push('', heading.replace('{n}', String(list.length)));
    for (const change of list) lines.push(interaction(change), ...detail(change));
  };
  section(
    changed.filter((change) => change.gone.length),
    "Response codes changed ({n}): an answer recorded under an old code is recorded under another one now (an option's made id comes from its first words: rewording them gives it another, unless the author writes its id). To keep an old code, end the option's line with {#<old code>}; coursewright pin-ids writes every other option's id in place, so no more of them move.",
    (change) => [...change.gone.map((r) => `    gone: ${response(r)}`), ...change.added.map((r) => `    new:  ${response(r)}`)],
  );
  section(
    changed.filter((change) => !change.gone.length && change.added.length),
    'New responses ({n}): reports of the new version may have these codes, which the old key does not list.',
    (change) => change.added.map((r) => `    new:  ${response(r)}`),
  );
  section(
    changed.filter((change) => change.relettered),
    'SCORM 1.2 letters that stand for another answer now ({n}): a SCORM 1.2 report shows only the letter, so a report spanning both versions counts one answer as another.',
    (change) => (change.relettered ?? []).map((r) => `    "${r.letter}": was "${r.before}", now ${r.now === undefined ? 'no answer' : `"${r.now}"`}`),
  );
  section(
    changed.filter((change) => change.reworded),
    'Responses reworded under the same code ({n}): check each still means the same, or a report spanning both versions counts different answers together.',
    (change) => (change.reworded ?? []).map((r) => `    "${r.code}": was ${quote(r.before)}, now ${quote(r.now)}`),
  );
  const rejudged = changed.filter((change) => change.expected);
  if (rejudged.length) {
    lines.push('', `Correct or recommended answers changed (${rejudged.length}): scores of the two versions are not judged alike.`);
    for (const change of rejudged) lines.push(`${interaction(change)}\n    was ${codes(change.expected?.before)}, now ${codes(change.expected?.now)}`);
  }
  if (added.length) {
    lines.push('', `Interactions only in the new key (${added.length}):`);
    for (const i of added) lines.push(interaction(i));
  }
  lines.push('', `${same} interaction(s) the same in both. ${lineUp ? 'Reports of the two versions line up: every interaction and response code of the old key is in the new one, with the same letter in SCORM 1.2.' : 'Reports of the two versions do not line up (see above).'}`);
  // Keys of different targets name the same interactions differently (SCORM 1.2 by id, the others by IRI).
  if (gone.length && added.length && same + changed.length === 0) lines.push('The keys have no interaction in common: compare the keys of one target (SCORM 1.2 keys name interactions by id, the others by IRI), of one edition and language.');
  return lines.join('\n');
}

function codes(list: readonly string[] | undefined): string {
  return list?.length ? list.map((code) => `"${code}"`).join(', ') : 'none';
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 80 ? `${line.slice(0, 77)}...` : line}"`;
}
