import type { List, RootContent } from 'mdast';
import type { InterviewChapter } from '../../model/blocks.js';
import type { EmbeddedCue } from '../../model/embedded-captions.js';
import { shownText } from '../assets/read-vtt.js';
import type { BlockContext } from './block-context.js';
import { nodeLocation } from '../markdown/node-location.js';

/** Chapters from the cues of a WebVTT chapters file: each cue's start, and its text as the title. */
export function chaptersFromCues(cues: readonly EmbeddedCue[]): InterviewChapter[] {
  return cues.flatMap((cue) => {
    const title = shownText(cue).replace(/\s+/g, ' ').trim();
    return title ? [{ start: cue.start, time: clock(cue.start), title }] : [];
  });
}

/**
 * Chapters from a `:::chapters` list in the interview: `- 1:30 Speaking up`. Each item is read as
 * written, because Markdown takes the `:30` of a time for a directive.
 */
export function chaptersFromList(nodes: readonly RootContent[], id: string, ctx: BlockContext): InterviewChapter[] {
  const items = nodes.filter((n): n is List => n.type === 'list').flatMap((list) => list.children);
  return items.flatMap((item) => {
    // As written (the parser does not keep a chapter's time as written).
    const { start, end } = item.position ?? {};
    const written = (start?.offset !== undefined && end?.offset !== undefined ? ctx.written(start.offset, end.offset) : undefined) ?? ctx.text(item.children);
    const line = written.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trim();
    const match = /^((?:\d+:)?\d{1,2}:\d{2})\s+(.+)$/.exec(line);
    if (!match) {
      ctx.sink.report('interview-chapter-invalid', { at: nodeLocation(item, ctx.file), values: { id, line } });
      return [];
    }
    const seconds = (match[1] ?? '').split(':').reduce((total, part) => total * 60 + Number(part), 0);
    return [{ start: seconds, time: clock(seconds), title: match[2] ?? '' }];
  });
}

/** 65 → "1:05", 3725 → "1:02:05": how players show times. */
export function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const two = (n: number): string => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
