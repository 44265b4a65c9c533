import webvtt, { type Cue } from 'webvtt-parser';
import type { EmbeddedCue } from '../../model/embedded-captions.js';

/** A problem the WebVTT validator found, at a 1-based line and column of the file. */
export interface VttProblem {
  line: number;
  column: number;
  /** The validator's words, e.g. `No decimal separator (".") found.` */
  message: string;
  /**
   * Whether learners lose words by it: a player skips the cue (its timing cannot be read, or a
   * line of text has no timing) or never shows it (it ends before it starts).
   */
  lost: boolean;
}

export interface VttFile {
  /** The cues a player shows, sorted by start as a player's track holds them; text as written. */
  cues: EmbeddedCue[];
  /** Everything the validator found, in file order; the missing `WEBVTT` line is left to the caller. */
  problems: VttProblem[];
}

const { WebVTTParser, WebVTTCueTimingsAndSettingsParser } = webvtt;
const signatureProblem = /^No valid signature\./;
/** Text that a player skips because no timing line comes with it. */
const timingMissing = /^Cue identifier (?:cannot be standalone|needs to be followed by timestamp)\./;

/**
 * A WebVTT file read the way players read it, by the W3C validator's parser (webvtt-parser): the
 * cues a player shows, and every problem with where it is and whether learners lose words by it.
 * A caption file converted from .srt often keeps commas in its times; players then skip every
 * cue, and a video meant to be captioned plays without captions.
 */
export function readVtt(text: string): VttFile {
  const lines = text.split(/\r\n|\r|\n/);
  // The parser walks a cue's tags recursively: a file nested thousands deep would overflow the stack.
  const tooDeep = tooDeeplyNested(lines);
  if (tooDeep) return { cues: [], problems: [{ ...tooDeep, message: `Tags are nested more than ${maxTagDepth} deep, which no player is made for.`, lost: true }] };
  // 'metadata' keeps each cue's text as written (tags included), as `<track>` gives it the player.
  const parsed = new WebVTTParser().parse(text, 'metadata');
  const problems = parsed.errors
    .filter((error) => !signatureProblem.test(error.message))
    .map((error): VttProblem => {
      // The validator tells of text without a timing at the line after it: the author looks for the text.
      if (timingMissing.test(error.message)) return { line: error.line - 1, column: 1, message: error.message, lost: true };
      const line = lines[error.line - 1] ?? '';
      const message = asMeant(error.message, line);
      return { line: error.line, column: settingColumn(line, message) ?? error.col ?? 1, message, lost: line.includes('-->') && !showsCue(line) };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { cues: parsed.cues.filter((cue) => cue.endTime > cue.startTime).map(embeddedCue), problems };
}

/** A cue's text without its tags (`<v Amara>`, `<i>`, timestamps): the words a player shows. */
export function shownText(cue: EmbeddedCue): string {
  return cue.text.replace(/<[^>]*>/g, '');
}

/**
 * The most lines a cue shows at once, characters a line, and characters a second that learners
 * read in time on a phone (the upper limits of common timed-text style guides).
 */
export const cueLimits = { lines: 2, characters: 42, perSecond: 20 } as const;

/**
 * The cues with more lines than `cueLimits.lines`, a line longer than `cueLimits.characters`, or
 * more characters than `cueLimits.perSecond` for each second it shows, as learners see them (tags
 * left out, a character reference counted as one character).
 */
export function crowdedCues(cues: readonly EmbeddedCue[]): EmbeddedCue[] {
  return cues.filter((cue) => {
    const lines = shownText(cue).replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, '_').split('\n').map((line) => [...line.trim()].length);
    const characters = lines.reduce((sum, length) => sum + length, 0);
    return lines.length > cueLimits.lines || lines.some((length) => length > cueLimits.characters) || characters > cueLimits.perSecond * (cue.end - cue.start);
  });
}

/** Deeper than any caption needs (a voice, a class, italics: three), far below what would overflow the parser. */
export const maxTagDepth = 100;

/** A `line:` value the validator takes: a number or percentage, and an alignment after a comma. */
const lineValue = /^-?\d+(?:\.\d+)?%?(?:,(?:start|center|end))?$/;

/**
 * Two of the validator's messages (webvtt-parser 2.2) say other than they mean, as they mean it:
 * the writing directions are `rl` and `lr`; and "Line position needs to be a number" is also what
 * it says of a `position:` that is not one, which it is on a timing line whose `line:` (if any) is
 * a number.
 */
function asMeant(message: string, line: string): string {
  if (message === "Writing direction can only be set to 'rl' or 'rl'.") return "Writing direction can only be set to 'rl' or 'lr'.";
  if (message === 'Line position needs to be a number' && /\sposition:/.test(line)) {
    const value = /\sline:(\S*)/.exec(line)?.[1];
    if (value === undefined || lineValue.test(value)) return 'Text position needs to be a number.';
  }
  return message;
}

/** The cue setting each of the validator's messages about one is about (it gives them all one column). */
const settingsByMessage: readonly [RegExp, string][] = [
  [/^Line (?:position|alignment)/, 'line'],
  [/^(?:Text position|Position alignment)/, 'position'],
  [/^Size/, 'size'],
  [/^Alignment/, 'align'],
  [/^Writing direction/, 'vertical'],
];

/** The 1-based column of the cue setting a problem is about, on its timing line, when the message names one. */
function settingColumn(line: string, message: string): number | undefined {
  const name = settingsByMessage.find(([pattern]) => pattern.test(message))?.[1];
  const timing = line.indexOf('-->');
  if (name === undefined || timing < 0) return undefined;
  const at = line.slice(timing).search(new RegExp(`\\s${name}:`));
  return at < 0 ? undefined : timing + at + 2;
}

/**
 * Where a cue's start tags (`<b>`, `<v Amara>`, not timestamps) first nest deeper than
 * `maxTagDepth`, counted over the lines of each block; undefined when they never do.
 */
function tooDeeplyNested(lines: readonly string[]): { line: number; column: number } | undefined {
  let depth = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') depth = 0;
    for (const tag of line.matchAll(/<(\/?)[^\d/>]/g)) {
      depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
      if (depth > maxTagDepth) return { line: index + 1, column: tag.index + 1 };
    }
  }
  return undefined;
}

/** Whether a timing line gives a cue a player shows: timings it can read, ending after they start. */
function showsCue(line: string): boolean {
  const cue = { startTime: 0, endTime: 0 } as Cue;
  return new WebVTTCueTimingsAndSettingsParser(line, () => {}).parse(cue, 0) === true && cue.endTime > cue.startTime;
}

function embeddedCue(cue: Cue): EmbeddedCue {
  const settings = cueSettings(cue);
  return { start: cue.startTime, end: cue.endTime, text: cue.text, ...(settings ? { settings } : {}) };
}

/** The cue's settings that differ from the defaults, written as in a timing line (`line:0 align:start`). */
function cueSettings(cue: Cue): string {
  const settings: string[] = [];
  if (cue.direction !== 'horizontal') settings.push(`vertical:${cue.direction}`);
  if (cue.linePosition !== 'auto') settings.push(`line:${cue.linePosition}${cue.snapToLines ? '' : '%'}${cue.lineAlign !== 'start' ? `,${cue.lineAlign}` : ''}`);
  if (cue.textPosition !== 'auto') settings.push(`position:${cue.textPosition}%${cue.positionAlign !== 'auto' ? `,${cue.positionAlign}` : ''}`);
  if (cue.size !== 100) settings.push(`size:${cue.size}%`);
  if (cue.alignment !== 'center') settings.push(`align:${cue.alignment}`);
  return settings.join(' ');
}
