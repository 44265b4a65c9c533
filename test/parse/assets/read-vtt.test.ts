import { describe, expect, it } from 'vitest';
import { crowdedCues, maxTagDepth, readVtt } from '../../../src/parse/assets/read-vtt.js';

describe('readVtt', () => {
  it('reads cues with hours or without, identifiers, settings and several lines, and skips notes and styles', () => {
    const vtt = [
      '\uFEFFWEBVTT - interview',
      '',
      'NOTE recorded in 2026',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'intro',
      '00:00.500 --> 00:02.000 line:0 align:start',
      '<v Amara>Hello,',
      'I am Amara.',
      '',
      '01:00:01.250 --> 01:00:03.000 position:10%,line-left size:80% line:85%',
      'Later.',
      '',
      'not a timing --> at all',
      'dropped',
      '',
    ].join('\r\n');
    const { cues, problems } = readVtt(vtt);
    expect(cues).toEqual([
      { start: 0.5, end: 2, text: '<v Amara>Hello,\nI am Amara.', settings: 'line:0 align:start' },
      { start: 3601.25, end: 3603, text: 'Later.', settings: 'line:85% position:10%,line-left size:80%' },
    ]);
    expect(problems).toEqual([{ line: 16, column: 1, message: 'Timestamp must start with a character in the range 0-9.', lost: true }]);
  });

  it('places a problem with a cue setting at that setting, not at the first one', () => {
    const timing = '00:00:01.000 --> 00:00:03.000 line:0 position:200% size:300%';
    const { problems } = readVtt(`WEBVTT\n\n${timing}\nHello\n`);
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      [timing.indexOf('position:') + 1, 'Text position needs to be between 0 and 100%.'],
      [timing.indexOf('size:') + 1, 'Size cannot be >100%.'],
    ]);
  });

  it('says what the validator means where its words slip: the setting that is not a number, the directions there are', () => {
    const problem = (settings: string) => {
      const timing = `00:00:01.000 --> 00:00:03.000 ${settings}`;
      const found = readVtt(`WEBVTT\n\n${timing}\nHello\n`).problems[0];
      return found && [timing.slice(found.column - 1).split(' ')[0], found.message];
    };
    expect(problem('position:abc%')).toEqual(['position:abc%', 'Text position needs to be a number.']);
    expect(problem('line:10% position:abc%')).toEqual(['position:abc%', 'Text position needs to be a number.']);
    expect(problem('line:- position:50%')).toEqual(['line:-', 'Line position needs to be a number']);
    expect(problem('vertical:xx')).toEqual(['vertical:xx', "Writing direction can only be set to 'rl' or 'lr'."]);
  });

  it('finds that players skip every cue of a file converted from .srt that kept its commas', () => {
    const { cues, problems } = readVtt('WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:02,500 --> 00:00:04,000\nAgain\n');
    expect(cues).toEqual([]);
    expect(problems).toEqual([
      { line: 4, column: 9, message: 'No decimal separator (".") found.', lost: true },
      { line: 8, column: 9, message: 'No decimal separator (".") found.', lost: true },
    ]);
  });

  it('counts a cue that ends before it starts, and text without a timing, as lost', () => {
    const { cues, problems } = readVtt('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n\nNo timing here\n\n00:00:06.000 --> 00:00:07.000\nShown\n');
    expect(cues).toEqual([{ start: 6, end: 7, text: 'Shown' }]);
    expect(problems.map((p) => [p.line, p.lost])).toEqual([
      [3, true],
      [6, true],
    ]);
  });

  it('keeps cues that players show, out of order or with a setting they ignore, and says what is wrong', () => {
    const { cues, problems } = readVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000 colour:red\nA\n\n00:00:01.000 --> 00:00:02.000\nB\n');
    expect(cues.map((cue) => cue.text)).toEqual(['B', 'A']);
    expect(problems).toEqual([
      { line: 3, column: 31, message: 'Invalid setting.', lost: false },
      { line: 6, column: 13, message: 'Start timestamp is not greater than or equal to start timestamp of previous cue.', lost: false },
    ]);
  });

  it('leaves a missing WEBVTT line to its caller, and gives no cues for a file without any', () => {
    // The validator's own first problem, "No valid signature", is left out: the caller reports that file once, whole.
    expect(readVtt('00:00:01.000 --> 00:00:02.000\nHi\n').problems.map((p) => p.message)).toEqual(['No blank line after the signature.']);
    expect(readVtt('WEBVTT\n')).toEqual({ cues: [], problems: [] });
  });
});

describe('crowdedCues', () => {
  const cue = (text: string, end = 4) => ({ start: 0, end, text });
  it('finds cues of more than two lines, a line over 42 characters, or more than 20 characters a second, as learners see them', () => {
    // 42 characters once the tags are left out, and a reference counted as the one character it shows.
    const fits = [cue('<v Amara Okafor>A line of exactly forty-two characters, ok'), cue('<i>Nurses &amp; doctors</i> and porters, all of them!\nSecond line.')];
    // 40 characters in 2 seconds fit; 41 are more than 20 a second.
    fits.push(cue('Nobody laughed louder than me, back then', 2));
    const crowded = [cue('One,\ntwo,\nthree lines.'), cue('The night shift is where you learn who has your back.'), cue('Nobody laughed louder than me, back then.', 2)];
    expect(crowdedCues([...fits, ...crowded])).toEqual(crowded);
  });
});

describe('readVtt on a file made to break it', () => {
  it('refuses tags nested thousands deep with a problem at their place, where the parser would overflow its stack', () => {
    const { cues, problems } = readVtt(`WEBVTT\n\n00:00.000 --> 00:02.000\n${'<b>'.repeat(20_000)}x\n`);
    expect(cues).toEqual([]);
    expect(problems).toEqual([{ line: 4, column: 1 + 3 * maxTagDepth, message: `Tags are nested more than ${maxTagDepth} deep, which no player is made for.`, lost: true }]);
  });

  it('reads closed tags, timestamps and nesting as deep as the limit', () => {
    const deep = `${'<i>'.repeat(maxTagDepth)}x`;
    const text = `WEBVTT\n\n00:00.000 --> 00:09.000\n${'<b>a</b> <00:00.500>'.repeat(500)}\n\n00:01.000 --> 00:02.000\n${deep}\n`;
    expect(readVtt(text).cues.map((cue) => cue.text)).toEqual([`${'<b>a</b> <00:00.500>'.repeat(500)}`, deep]);
  });
});
