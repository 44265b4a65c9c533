import type { EmbeddedCue } from '../../model/embedded-captions.js';
import { shownText } from '../assets/read-vtt.js';

/** Fewer distinct caption words than this say too little to compare. */
export const minComparedWords = 20;
/** A transcript of the recording holds nearly every word of its captions; one with less than this share is likely another's. */
export const minTranscriptShare = 0.6;

/**
 * How much of what the captions say the transcript holds: the share of the distinct words of four
 * letters or more in the cues (tags left out) that the transcript also has, and how many such words
 * there are. A transcript holds what is said word for word, so the share of this recording's own is
 * near 1, whatever it adds (speaker names, what is only shown); a transcript linked by mistake, of
 * another interview on the same subject, shares far fewer.
 */
export function transcriptCoverage(cues: readonly EmbeddedCue[], transcript: string): { share: number; words: number } {
  const said = new Set(words(cues.map(shownText).join('\n')));
  if (!said.size) return { share: 1, words: 0 };
  const written = new Set(words(transcript));
  let found = 0;
  for (const word of said) if (written.has(word)) found++;
  return { share: found / said.size, words: said.size };
}

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}
