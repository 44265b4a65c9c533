import type { CourseSource } from '../load/course-source.js';
import type { CacheSession } from './cache-session.js';
import type { LessonChannels } from './lesson-channels.js';
import { outcomeOf, type LessonEvent, type SourceOperation } from './lesson-events.js';

/** Channels that record every event, after first going again through `prefix` (see `recordLesson`). */
interface Recorder {
  channels: LessonChannels;
  events: LessonEvent[];
  /** False when the parse did something the cache cannot check (opened a stream). */
  cacheable(): boolean;
  stop(): void;
}

/**
 * Channels for parsing a lesson while recording what it asks. `prefix` holds events that already
 * happened in this compile, from a cached parse given up part way (a resolved asset changed): the
 * parse is run again from the start, and as it is deterministic it asks the same things in the
 * same order, so those events are answered as recorded and not repeated (their reports were
 * reported, their assets resolved); conversions and pure reads are made for real. After the
 * prefix, every call goes to `live` and is recorded.
 */
export function recordLesson(live: LessonChannels, session: CacheSession, prefix: readonly LessonEvent[]): Recorder {
  const queue = [...prefix];
  const events: LessonEvent[] = [];
  let cacheable = true;
  /** The next prefix event, which must be this call; undefined once the prefix is used up. */
  const take = <K extends LessonEvent['kind']>(kind: K, same: (event: Extract<LessonEvent, { kind: K }>) => boolean): Extract<LessonEvent, { kind: K }> | undefined => {
    const event = queue.shift();
    if (!event) return undefined;
    if (event.kind !== kind || !same(event as Extract<LessonEvent, { kind: K }>)) {
      throw new Error(`coursewright's build cache saw a lesson parse that did not repeat itself (${kind} after ${event.kind}); this is a bug in coursewright.`);
    }
    events.push(event);
    return event as Extract<LessonEvent, { kind: K }>;
  };
  const stopListening = session.listen((code, details) => {
    if (take('report', (event) => event.code === code)) return;
    events.push({ kind: 'report', code, details });
    live.sink.report(code, details);
  });
  const read = <T>(op: SourceOperation, path: string | undefined, run: () => T): T => {
    const recorded = take('source', (event) => event.op === op && event.path === path);
    const outcome = outcomeOf(run);
    if (!recorded) events.push({ kind: 'source', op, path, outcome });
    if (!outcome.ok) throw outcome.error;
    return outcome.value as T;
  };
  const source: CourseSource = {
    label: live.source.label,
    list: () => read('list', undefined, () => live.source.list()),
    has: (path) => read('has', path, () => live.source.has(path)),
    size: (path) => read('size', path, () => live.source.size(path)),
    readText: (path) => read('readText', path, () => live.source.readText(path)),
    readBytes: (path) => read('readBytes', path, () => live.source.readBytes(path)),
    open: (path) => {
      cacheable = false;
      return live.source.open(path);
    },
    ...(live.source.check ? { check: (path: string) => read('check', path, () => live.source.check?.(path)) } : {}),
  };
  const channels: LessonChannels = {
    sink: session.sink,
    source,
    resolveAsset(fromFile, url, at) {
      const recorded = take('resolve', (event) => event.fromFile === fromFile && event.url === url);
      if (recorded) return recorded.result;
      const result = live.resolveAsset(fromFile, url, at);
      events.push({ kind: 'resolve', fromFile, url, at, result });
      return result;
    },
    imageSize(path) {
      const recorded = take('image', (event) => event.path === path);
      if (recorded) return recorded.result;
      const result = live.imageSize(path);
      events.push({ kind: 'image', path, result });
      return result;
    },
    lessonId(file) {
      const recorded = take('link', (event) => event.file === file);
      const result = live.lessonId(file);
      if (!recorded) events.push({ kind: 'link', file, result });
      return result;
    },
    converting(file) {
      if (!take('convert', (event) => event.file === file)) events.push({ kind: 'convert', file, index: session.conversions(file) });
      session.converted(file);
    },
  };
  return { channels, events, cacheable: () => cacheable && queue.length === 0, stop: stopListening };
}
