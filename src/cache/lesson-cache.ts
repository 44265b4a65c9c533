import { createHash } from 'node:crypto';
import type { BuildCache } from './build-cache.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import type { Lesson } from '../model/course.js';
import { keepParsedText, withLazyTree, type LessonHead } from '../parse/course/parse-lesson.js';
import { createCacheSession, type CacheSession } from './cache-session.js';
import { deepFreeze } from './deep-freeze.js';
import type { LessonChannels } from './lesson-channels.js';
import type { LessonEntry, LessonStore } from './lesson-entry.js';
import type { LessonEvent } from './lesson-events.js';
import { recordLesson } from './record-lesson.js';
import { replayLesson } from './replay-lesson.js';

/**
 * The build cache as the parse uses it (src/parse/course/parse-course.ts): what `createBuildCache`
 * makes, with the two passes of a lesson. Not part of the library's API: its types are the parser's
 * own (the Markdown tree), which library users neither need nor have installed.
 *
 * What is kept, and why it is right to reuse: a lesson's front matter and Markdown tree, keyed by
 * its file name and exact text; and its blocks, keyed by that and the course settings the parse
 * reads (language, editions, reflections), with a log of every diagnostic it reported and every
 * question it asked outside its text (files read, assets resolved, links to other lessons, footnote
 * numbering). A cached parse is used only when every question gets the same answer again, and its
 * diagnostics are reported again exactly; otherwise the lesson is parsed again. Kept lessons are
 * frozen, so no later stage can change what the next compile reuses. Kept in memory, and with a
 * `store` (disk-store.ts, `coursewright build --cache`) also between processes: an entry read from
 * the store is checked in exactly the same way, so it is right under the same conditions.
 */
export interface LessonCache extends BuildCache {
  /** Pass 1 of a lesson (front matter and tree); `read` parses it when the text is new. */
  lessonHead(key: { file: string; original: string; text: string }, sink: DiagnosticSink, read: (sink: DiagnosticSink) => LessonHead): LessonHead;
  /** Pass 2 of a lesson (its blocks); `parse` parses it with the channels it is given. */
  lessonBody(head: LessonHead, settings: string, live: LessonChannels, parse: (head: LessonHead, channels: LessonChannels) => Lesson): Lesson;
}

const made = new WeakSet<BuildCache>();

/** The lesson cache a `BuildCache` is; a TypeError for an object `createBuildCache` did not make. */
export function lessonCacheOf(cache: BuildCache): LessonCache {
  if (!made.has(cache)) throw new TypeError('compileCourse: `cache` must be made by createBuildCache()');
  return cache as LessonCache;
}

/** Lesson texts kept; the oldest unused go first (a long preview session saves many versions). */
const defaultMaxLessons = 2000;

export function createLessonCache(options: { maxLessons?: number; store?: LessonStore } = {}): LessonCache {
  const maxLessons = options.maxLessons ?? defaultMaxLessons;
  const store = options.store;
  const entries = new Map<string, LessonEntry>();
  const entryOf = new WeakMap<LessonHead, LessonEntry>();
  const sessions = new WeakMap<DiagnosticSink, CacheSession>();
  const stats = { reused: 0, parsed: 0 };
  const sessionOf = (sink: DiagnosticSink): CacheSession => {
    let session = sessions.get(sink);
    if (!session) sessions.set(sink, (session = createCacheSession(sink)));
    return session;
  };
  const hold = (entry: LessonEntry): void => {
    entries.set(entry.key, entry);
    for (const old of entries.keys()) {
      if (entries.size <= maxLessons) break;
      entries.delete(old);
    }
  };
  /** An entry from the store, held from now on; its lessons frozen as if this process had made them. */
  const loadStored = (key: string): LessonEntry | undefined => {
    const entry = store?.load(key);
    if (!entry) return undefined;
    for (const body of entry.bodies.values()) deepFreeze(body.lesson);
    hold(entry);
    return entry;
  };
  const cache: LessonCache = {
    get size() {
      return entries.size;
    },
    stats,
    lessonHead({ file, original, text }, sink, read) {
      const key = createHash('sha256').update(file).update('\0').update(original).update('\0').update(text).digest('base64');
      const known = entries.get(key) ?? loadStored(key);
      if (known) {
        entries.delete(key);
        entries.set(key, known); // most recently used last
        for (const { code, details } of known.reports) sink.report(code, details);
        // The same text as the tree's (it is in the key): messages at a word of a line read it.
        const head = withLazyTree({ ...known.head }, () => keepParsedText(structuredClone(known.tree), text));
        entryOf.set(head, known);
        return head;
      }
      const reports: LessonEntry['reports'] = [];
      const head = read({
        get diagnostics() {
          return sink.diagnostics;
        },
        hasErrors: () => sink.hasErrors(),
        report(code, details) {
          reports.push({ code, details });
          sink.report(code, details);
        },
      });
      const { tree, ...rest } = head;
      const entry: LessonEntry = { key, head: rest, tree: structuredClone(tree), reports, bodies: new Map() };
      hold(entry);
      store?.save(entry);
      entryOf.set(head, entry);
      return head;
    },
    lessonBody(head, settings, live, parse) {
      const entry = entryOf.get(head);
      if (!entry) return parse(head, live);
      const session = sessionOf(live.sink);
      const known = entry.bodies.get(settings);
      let prefix: LessonEvent[] = [];
      if (known) {
        const replay = replayLesson(known.events, live, session);
        if (replay.holds) {
          stats.reused++;
          return known.lesson;
        }
        prefix = replay.prefix;
      }
      stats.parsed++;
      const recorder = recordLesson(live, session, prefix);
      let lesson: Lesson;
      try {
        lesson = parse(head, recorder.channels);
      } finally {
        recorder.stop();
      }
      if (recorder.cacheable()) entry.bodies.set(settings, { lesson: deepFreeze(lesson), events: recorder.events });
      else entry.bodies.delete(settings);
      store?.save(entry);
      return lesson;
    },
  };
  made.add(cache);
  return cache;
}
