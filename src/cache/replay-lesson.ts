import type { CourseSource } from '../load/course-source.js';
import type { CacheSession } from './cache-session.js';
import type { LessonChannels } from './lesson-channels.js';
import { outcomeOf, sameOutcome, samePictureSize, type LessonEvent, type SourceOperation } from './lesson-events.js';

/** How a replay ended: the cached parse holds, or the events that happened before it stopped holding. */
export type Replay = { holds: true } | { holds: false; prefix: LessonEvent[] };

/**
 * Goes through a cached parse's events against this compile: reports are reported again, assets
 * resolved again (the resolver must see every use, in order), reads and links checked, and the
 * footnote counts checked. At the first answer that differs, stops and returns what happened up
 * to there, for `recordLesson` to carry on from. Counts move on only when the whole parse holds.
 */
export function replayLesson(events: readonly LessonEvent[], live: LessonChannels, session: CacheSession): Replay {
  const conversions = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LessonEvent;
    const stop = (): Replay => ({ holds: false, prefix: events.slice(0, i) });
    if (event.kind === 'report') {
      live.sink.report(event.code, event.details);
    } else if (event.kind === 'source') {
      if (!sameOutcome(outcomeOf(() => readSource(live.source, event.op, event.path)), event.outcome)) return stop();
    } else if (event.kind === 'image') {
      if (!samePictureSize(live.imageSize(event.path), event.result)) return stop();
    } else if (event.kind === 'link') {
      if (live.lessonId(event.file) !== event.result) return stop();
    } else if (event.kind === 'convert') {
      const done = conversions.get(event.file) ?? 0;
      if (session.conversions(event.file) + done !== event.index) return stop();
      conversions.set(event.file, done + 1);
    } else {
      const result = live.resolveAsset(event.fromFile, event.url, event.at);
      // Resolved for real (its reports made, its use remembered): the carried-on parse gets this answer.
      if (result !== event.result) return { holds: false, prefix: [...events.slice(0, i), { ...event, result }] };
    }
  }
  for (const [file, count] of conversions) session.skipConversions(file, count);
  return { holds: true };
}

function readSource(source: CourseSource, op: SourceOperation, path: string | undefined): unknown {
  if (op === 'list') return source.list();
  const file = path ?? '';
  if (op === 'has') return source.has(file);
  if (op === 'size') return source.size(file);
  if (op === 'readText') return source.readText(file);
  if (op === 'readBytes') return source.readBytes(file);
  return source.check?.(file);
}
