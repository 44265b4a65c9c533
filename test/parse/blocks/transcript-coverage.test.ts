import { describe, expect, it } from 'vitest';
import { transcriptCoverage } from '../../../src/parse/blocks/transcript-coverage.js';

const cues = [
  { start: 0, end: 3, text: '<v Rosa>I have worked nights on this ward\nfor twelve years.' },
  { start: 3, end: 6, text: 'The comments started <i>small</i>,\nremarks about clothes and voices.' },
];

describe('transcriptCoverage', () => {
  it('finds every word of the captions in the transcript of the recording, whatever it adds', () => {
    const transcript = '**Rosa:** I have worked nights on this ward for twelve years. [Rosa looks at the camera.] The comments started small, remarks about clothes and voices.';
    expect(transcriptCoverage(cues, transcript)).toEqual({ share: 1, words: 14 });
  });

  it('finds few of them in the transcript of another interview, and counts words of four letters or more, once each', () => {
    const other = 'Dan: I joined the community team last spring, and the comments about my voice started then.';
    const { share, words } = transcriptCoverage(cues, other);
    expect(words).toBe(14); // have, worked, nights, this, ward, twelve, years, comments, started, small, remarks, about, clothes, voices
    expect(share).toBeCloseTo(3 / 14); // comments, started, about
  });

  it('has nothing to compare without captions', () => {
    expect(transcriptCoverage([], 'Anything.')).toEqual({ share: 1, words: 0 });
  });
});
