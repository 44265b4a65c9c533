import { describe, expect, it } from 'vitest';
import { parseVttCues } from '../../../src/package/web/parse-vtt-cues.js';

describe('parseVttCues', () => {
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
      '01:00:01.250 --> 01:00:03.000',
      'Later.',
      '',
      'not a timing --> at all',
      'dropped',
      '',
    ].join('\r\n');
    expect(parseVttCues(vtt)).toEqual([
      { start: 0.5, end: 2, text: '<v Amara>Hello,\nI am Amara.', settings: 'line:0 align:start' },
      { start: 3601.25, end: 3603, text: 'Later.' },
    ]);
  });

  it('gives no cues for a file without any', () => {
    expect(parseVttCues('WEBVTT\n')).toEqual([]);
  });
});
