import { posix } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { Course, Lesson } from '../../model/course.js';
import type { Range, SourceLocation } from '../../model/position.js';
import type { CourseSource } from '../../load/course-source.js';
import type { BuildCache } from '../../cache/build-cache.js';
import { lessonCacheOf } from '../../cache/lesson-cache.js';
import type { LessonChannels } from '../../cache/lesson-channels.js';
import { readSourceText, refusedFile } from '../../load/read-source-text.js';
import { createDiagnosticSink, type DiagnosticSink } from '../../diagnostics/context.js';
import { courseRelativePath, createAssetResolver } from '../assets/asset-resolver.js';
import type { BlockContext } from '../blocks/block-context.js';
import { markdownLabels, markdownToHtml, type MarkdownContext } from '../markdown/markdown-to-html.js';
import { collectDefinitions, footnoteReferences, type Definitions } from '../markdown/inline-references.js';
import { parseMarkdownTree } from '../markdown/parse-markdown.js';
import { checkUnclosedDirectives } from '../markdown/check-unclosed-directives.js';
import { scanFrontMatter } from '../markdown/front-matter.js';
import { plainText } from '../markdown/plain-text.js';
import { parseYaml, type YamlData } from '../yaml/parse-yaml.js';
import { checkSchema } from '../yaml/check-schema.js';
import { courseStrings, playerCatalogues, selectPlayerStrings } from '../../model/strings/player-strings.js';
import { resolveCourseIri } from './course-iri.js';
import { checkPlayerStrings } from './check-player-strings.js';
import { courseFileSchema } from './course-schema.js';
import { keepParsedText, parseLessonBody, parsedLine, parsedSlice, readLessonHead, releaseTree, type LessonHead } from './parse-lesson.js';
import { checkEditionNames } from '../blocks/edition-attribute.js';
import { checkTranslationStale, translatedPath, translationHash, untranslatedPath } from './translation-files.js';
import { readCourseTranslation } from './read-course-translation.js';

/** Options of `parseCourse`. */
export interface ParseCourseOptions {
  /**
   * Read the course's translation into this language (one of `languages` after the first):
   * lessons, scenarios and course-level text come from the translated files beside the originals.
   */
  language?: string;
  /** Parsed lessons to reuse, kept from earlier compiles (the preview's rebuilds); see `BuildCache`. */
  cache?: BuildCache;
}

/**
 * Read course.yml and every lesson into the course model, reporting every problem found.
 * Returns undefined when there is no course to build from (see `readCourseFiles`).
 */
export function parseCourse(source: CourseSource, sink: DiagnosticSink, options: ParseCourseOptions = {}): Course | undefined {
  return readCourseFiles(source, sink, options).course;
}

/** What `readCourseFiles` read: the course, or without one the lessons it could still read. */
export type CourseFiles = { course: Course } | { course: undefined; lessons: Lesson[]; editions: string[] | undefined };

/**
 * `parseCourse`, and when course.yml's settings do not pass its schema (reported: no course is
 * made of them), the lessons it lists, each read and reported on as usual, and the edition ids it
 * defines as written (undefined when those cannot be read either), so the rules of the lessons
 * alone can be checked in the same run (`validateLessons`). The same when course.yml has YAML syntax
 * errors, with what the parser read in step (`salvageSettings`). No lessons when there is no
 * readable course.yml or no list to find them by.
 */
export function readCourseFiles(source: CourseSource, sink: DiagnosticSink, options: ParseCourseOptions = {}): CourseFiles {
  const none: CourseFiles = { course: undefined, lessons: [], editions: [] };
  const cache = options.cache && lessonCacheOf(options.cache);
  // A course.yml the source refuses (a symbolic link) is there: readSourceText says why it is not read.
  if (!source.has('course.yml') && !source.check?.('course.yml')) {
    sink.report('course-not-found', { values: { dir: source.label } });
    return none;
  }
  const courseYml = readSourceText(source, 'course.yml', sink, { file: 'course.yml', range: { start: { line: 1, column: 1 } } });
  if (courseYml === undefined) return none;
  const data = parseYaml(courseYml, 'course.yml', sink);
  // With syntax errors (reported) there is no course, but the parts the parser read in step still
  // tell which lessons to check in the same run.
  const salvaged = data.value === undefined ? salvageSettings(data) : undefined;
  if (data.value === undefined && !salvaged) return none;
  const settings = salvaged ? undefined : checkSchema(courseFileSchema, data, sink);
  // Best effort when the schema check failed, so lessons are still checked; course.yml may be empty.
  const raw = (salvaged?.settings ?? data.value ?? {}) as { lessons?: unknown; language?: unknown; version?: unknown; editions?: unknown; languages?: unknown; reporting?: unknown };
  const entries = readLessonEntries(settings?.lessons ?? raw.lessons);
  const lessonPaths = entries.map((entry) => entry.file);
  const original = settings?.language ?? (typeof raw.language === 'string' ? raw.language : 'en');
  // Read as written when the schema check failed elsewhere, so translated lessons are still known as such.
  const languagesAsWritten = Array.isArray(raw.languages) && raw.languages.every((l) => typeof l === 'string') ? (raw.languages as string[]) : undefined;
  const languages = settings?.languages ?? languagesAsWritten ?? [original];
  // Written wrong too: which lesson files are translations is then told by their names alone.
  const languagesUnknown = (!settings && raw.languages !== undefined && !languagesAsWritten) || salvaged?.unread.has('languages') === true;
  // The original language is the one the files are written in, whatever the caller asks.
  const translation = options.language !== undefined && options.language !== original ? options.language : undefined;
  const language = translation ?? original;
  // As written when the schema check failed elsewhere; undefined when written wrong too (then
  // edition names in the lessons are not judged: course.yml's own error says what is wrong).
  // Not known either when the parser could not read them in step.
  const editionIds = settings ? Object.keys(settings.editions ?? {}) : salvaged?.unread.has('editions') ? undefined : raw.editions === undefined ? [] : isRecord(raw.editions) ? Object.keys(raw.editions) : undefined;
  const reflections = settings ? settings.reporting.reflections : salvaged?.unread.has('reporting') ? undefined : reflectionsAsWritten(raw);
  const assets = createAssetResolver(source, sink);
  /** The file to read for a course file in this language, reporting a missing translation at `at`. */
  const translatedIn = (source: CourseSource, sink: DiagnosticSink) => (path: string, at: SourceLocation): string => {
    if (translation === undefined || !source.has(path)) return path;
    const target = translatedPath(path, translation);
    if (!source.has(target)) {
      sink.report('translation-missing', { at, values: { original: path, path: target, language: translation } });
      return path;
    }
    const translatedText = readSourceText(source, target, sink, at);
    const originalText = readSourceText(source, path, sink, at);
    if (translatedText !== undefined && originalText !== undefined) checkTranslationStale(target, translatedText, path, translationHash(originalText), sink);
    return target;
  };
  const translated = translatedIn(source, sink);
  // Each language's package warns once, at the tag that asks for it.
  if (settings && selectPlayerStrings(language).fallback) {
    const at = settings.languages?.includes(language) ? data.locate(['languages', settings.languages.indexOf(language)]) : data.locate(['language']);
    sink.report('untranslated-player-language', { at, values: { language, fallback: 'English', available: Object.keys(playerCatalogues).join(', ') } });
  }

  const heads: LessonHead[] = [];
  // Listed lessons that could not be read (reported as such): links to them are not broken too.
  const unread: string[] = [];
  const seen = new Set<string>();
  const lessonEditions = new Map<string, string[]>();
  const editionsUnsure = new Set<string>();
  entries.forEach(({ file: listed, editions }, index) => {
    const at = data.locate(['lessons', index]);
    // `   - lessons/b.md` indented further than the line above it: YAML reads that line as more of
    // the entry above ("lessons/a.md - lessons/b.md"). Said so; the lessons it names are not also
    // "not listed", nor links to them broken.
    const runOn = listed.split(/ +- +/);
    if (runOn.length > 1 && runOn.every((part) => part.toLowerCase().endsWith('.md'))) {
      for (const part of runOn) {
        const named = courseRelativePath('course.yml', part);
        if (named === undefined) continue;
        seen.add(named);
        unread.push(named);
      }
      return sink.report('lesson-entry-runs-on', { at, values: { entry: listed, first: runOn[0]!, next: runOn[1]! } });
    }
    const path = courseRelativePath('course.yml', listed);
    if (path === undefined) return sink.report('asset-outside-course', { at, values: { path: listed } });
    if (!path.toLowerCase().endsWith('.md')) return sink.report('schema-invalid-value', { at, values: { field: 'lessons', reason: `expected a Markdown lesson file (.md), found "${listed}"` } });
    if (seen.has(path)) return sink.report('lesson-listed-twice', { at, values: { path } });
    seen.add(path);
    // A file the source refuses (a symbolic link) is there but not read: readSourceText says so.
    if (refusedFile(source, path) === 'missing') return sink.report('lesson-file-missing', { at, values: { path } });
    if (editions) {
      const known = checkEditionNames(editions, editionIds, (i) => data.locate(['lessons', index, 'editions', i]), sink);
      lessonEditions.set(path, known);
      // A name written wrong (reported): which editions the author meant the lesson for is not known.
      if (known.length < new Set(editions).size) editionsUnsure.add(path);
    }
    const file = translated(path, at);
    const text = readSourceText(source, file, sink, at);
    if (text === undefined) return void unread.push(path, file);
    const readHead = (sink: DiagnosticSink): LessonHead => {
      // With the front matter found without the parser, the lesson is parsed in pass 2, its text
      // read again then (the source makes sure it is the same): pass 1 holds every lesson's
      // head, and a lesson's tree is many times its text.
      const yaml = scanFrontMatter(text);
      if (yaml !== undefined) return readLessonHead(file, yaml ?? undefined, lessonTreeReader(source, file, at, sink), sink, path);
      const tree = parseLessonTree(text, file, sink);
      return readLessonHead(file, tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined, () => tree, sink, path);
    };
    heads.push(cache ? cache.lessonHead({ file, original: path, text }, sink, readHead) : readHead(sink));
  });
  if (settings && !lessonPaths.length) sink.report('course-no-lessons', { at: data.locate(['lessons']) });
  if (settings?.languages && translation === undefined) checkLanguages(settings.languages, original, data.locate, sink);
  for (const file of source.list()) {
    if (!file.startsWith('lessons/') || !file.endsWith('.md') || seen.has(file) || isTranslationOf(file, seen, languages)) continue;
    if (languagesUnknown && seen.has(untranslatedPath(file) ?? '')) continue;
    sink.report('lesson-not-listed', { at: data.locate(['lessons'], 'key'), values: { path: file } });
  }

  // A translated lesson may link to the original file name or to the translation's.
  const lessonIdByFile = new Map([
    ...unread.map((file): [string, string] => [file, posix.basename(file, '.md')]),
    ...heads.flatMap((h): [string, string][] => [[h.file, h.id], [h.original ?? h.file, h.id]]),
  ]);
  // What lesson HTML says to screen readers, in this language: course.yml `strings` replace the
  // player's words in the original language only, as they do in the player (a translation keeps its own).
  const labels = markdownLabels(courseStrings({ language, ...(translation === undefined && settings?.strings ? { strings: settings.strings } : {}) }));
  // Pass 2 uses the world outside the lesson only through these channels, which the cache records.
  const live: LessonChannels = { sink, source, resolveAsset: (from, url, at) => assets.resolve(from, url, at), imageSize: (path) => assets.imageSize(path), lessonId: (file) => lessonIdByFile.get(file), converting: () => undefined };
  const parseBody = (head: LessonHead, { sink, source, resolveAsset, imageSize, lessonId, converting }: LessonChannels): Lesson => {
    /** The lesson a link from `file` to `url` leads to, asking only. */
    const lessonAt = (file: string, url: string): string | undefined => {
      const target = courseRelativePath(file, url);
      return target === undefined ? undefined : lessonId(target);
    };
    const markdownContext = (file: string, mapRange?: (range: Range) => Range, definitions?: Definitions): MarkdownContext => ({
      file,
      labels,
      ...(mapRange ? { mapRange } : {}),
      ...(definitions ? { definitions } : {}),
      sink,
      resolveAsset: (url, at) => resolveAsset(file, url, at),
      imageSize,
      resolveLessonLink: (url, at) => {
        const id = lessonAt(file, url);
        if (id !== undefined) return id;
        // A Markdown file that is there but not in course.yml's list: say so, not "check the spelling".
        // (A lesson's translation, x.es.md, is not one: the link should name the lesson, x.md.)
        const target = courseRelativePath(file, url);
        const translationOf = target === undefined ? undefined : untranslatedPath(target);
        const listedTranslation = translationOf !== undefined && lessonId(translationOf) !== undefined;
        if (target !== undefined && target.toLowerCase().endsWith('.md') && !listedTranslation && source.has(target)) {
          sink.report('link-unlisted-lesson', { at, values: { href: url, path: target } });
          return undefined;
        }
        // What a slip most likely meant, each asked of the lesson channel as any link is.
        const suggestion = linkSlips(url).find((other) => other !== url && lessonAt(file, other) !== undefined);
        sink.report('link-broken', { at, values: { href: url, ...(suggestion ? { suggestion } : {}) } });
        return undefined;
      },
      isLessonLink: (url) => lessonAt(file, url) !== undefined,
    });
    let footnotes: Set<string> | undefined;
    const md = {
      ...markdownContext(head.file, undefined, collectDefinitions(head.tree)),
      written: (start: number, end: number) => parsedSlice(head.tree, start, end),
      // Asked only of a footnote no text beside it refers to (rare): the lesson is walked then.
      footnoteReferenced: (identifier: string) => (footnotes ??= footnoteReferences(head.tree)).has(identifier),
    };
    const ctx: BlockContext = {
      file: head.file,
      sink,
      source,
      line: (line: number) => parsedLine(head.tree, line),
      written: (start: number, end: number) => parsedSlice(head.tree, start, end),
      html: (nodes, options) => {
        converting(head.file);
        return markdownToHtml(nodes, md, options);
      },
      text: (nodes: readonly RootContent[], max?: number) => plainText(nodes, max),
      asset: (url: string, at: SourceLocation, fromFile = head.file) => resolveAsset(fromFile, url, at),
      markdown: (text: string, file: string, mapRange?: (range: Range) => Range) => {
        const tree = parseMarkdownTree(text, (range, limit) => sink.report(limit.code, { at: { file, range: mapRange ? mapRange(range) : range }, values: limit.values }));
        converting(file);
        return markdownToHtml(tree.children.filter((c) => c.type !== 'yaml'), markdownContext(file, mapRange));
      },
      plain: (text: string, max?: number) => plainText(parseMarkdownTree(text).children, max),
      language,
      editions: editionIds,
      translated: translatedIn(source, sink),
      ...(reflections !== undefined ? { reflectionsReported: reflections === 'report' } : {}),
      reflectionsSession: reflections === 'session',
    };
    return parseLessonBody(head, ctx);
  };
  // Everything else the body parse reads: a cached parse is reused only under the same settings.
  const bodySettings = JSON.stringify({ language, translation, editionIds, reflections, labels });
  // Each lesson's tree is let go as soon as its blocks are read (`releaseTree`), and its head with
  // it. Dropping the head alone is not enough: heads are made in pass 1, so by pass 2 V8 holds them
  // with its long-lived objects, and a long-lived object keeps what it points to through every
  // young-generation collection, dead or not, until the next full one. A 1,000-lesson build moved
  // some 17 MB of lesson trees to the old generation that way.
  const lessons: Lesson[] = [];
  for (let head = heads.shift(); head; head = heads.shift()) {
    // A lesson whose translation is missing (an error, reported) is read from the original file: its
    // problems were reported with the original, and read as this language it would only add false
    // ones (its captions in the original's language).
    const channels = translation !== undefined && head.file === (head.original ?? head.file) ? { ...live, sink: createDiagnosticSink() } : live;
    const lesson = cache ? cache.lessonBody(head, bodySettings, channels, parseBody) : parseBody(head, channels);
    releaseTree(head);
    const editions = lessonEditions.get(head.original ?? head.file);
    if (editions && translation === undefined && !editionsUnsure.has(head.original ?? head.file)) reportBlocksInNoEdition(lesson, editions, sink);
    lessons.push(editions ? { ...lesson, editions } : lesson);
  }

  if (!settings) return { course: undefined, lessons, editions: editionIds };
  const text = translation === undefined ? undefined : readCourseTranslation(source, courseYml, translation, data.locate(['languages', languages.indexOf(translation)]), sink);
  const editions = Object.entries(settings.editions ?? {}).map(([id, edition]) => {
    const own = text?.editions?.[id];
    const description = own?.description ?? edition.description;
    return { id, title: own?.title ?? edition.title, ...(description !== undefined ? { description } : {}), at: data.locate(['editions', id], 'key') };
  });
  const description = text?.description ?? settings.description;
  const course: Course = {
    id: settings.id,
    iri: resolveCourseIri(settings.iri, settings.id, data.locate(['iri']), sink),
    title: text?.title ?? settings.title,
    ...(description ? { description } : {}),
    // A version written as a number keeps its digits: "version: 1.10" is not version 1.1.
    version: typeof raw.version === 'number' ? data.written(['version']) ?? settings.version : settings.version,
    language,
    lessons,
    completion: settings.completion,
    ...(settings.masteryScore !== undefined ? { masteryScore: settings.masteryScore } : {}),
    targets: settings.targets,
    support: { title: text?.support?.title ?? settings.support.title, resources: text?.support?.resources ?? settings.support.resources },
    reporting: settings.reporting,
    retake: settings.retake,
    ...(settings.maxRetakes !== undefined ? { maxRetakes: settings.maxRetakes } : {}),
    ...(settings.completionRecord ? { completionRecord: true } : {}),
    // Overrides are written in the original language; a translation keeps the player's own words.
    ...(settings.strings && translation === undefined ? { strings: checkPlayerStrings(settings.strings, data, sink) } : {}),
    assets: assets.used(),
    editions,
    languages,
    settingAt: { completion: data.locate(['completion']), masteryScore: data.locate(['masteryScore']), ...(settings.maxRetakes !== undefined ? { maxRetakes: data.locate(['maxRetakes']) } : {}) },
    at: { file: 'course.yml', range: { start: { line: 1, column: 1 } } },
  };
  return { course };
}

/** A lesson's Markdown tree, its limits and unclosed blocks reported. */
function parseLessonTree(text: string, file: string, sink: DiagnosticSink): Root {
  const tree = checkUnclosedDirectives(parseMarkdownTree(text, (range, limit) => sink.report(limit.code, { at: { file, range }, values: limit.values })), text, file, sink);
  return keepParsedText(tree, text);
}

/** What reads a lesson's text again and parses it; made here, so it holds no text of pass 1. */
function lessonTreeReader(source: CourseSource, file: string, at: SourceLocation, sink: DiagnosticSink): () => Root {
  return () => parseLessonTree(readSourceText(source, file, sink, at) ?? '', file, sink);
}

/**
 * Links a slip in `url` most likely stands for: the same name in small letters, in this lesson's
 * folder, with hyphens for underscores or the other way round, without or with a plural "s".
 */
function linkSlips(url: string): string[] {
  const lower = url.toLowerCase();
  const name = /^(.*?)(s?)(\.md)((?:[?#].*)?)$/i.exec(lower);
  const plural = name ? [`${name[1]}${name[2] ? '' : 's'}${name[3]}${name[4]}`] : [];
  return [lower, posix.basename(url), lower.replace(/_/g, '-'), lower.replace(/-/g, '_'), ...plural];
}

/** The settings `readCourseFiles` reads when course.yml is not a course, each as `YamlData.salvage` gives it. */
const salvagedKeys = ['lessons', 'language', 'languages', 'editions', 'reporting'] as const;

/**
 * course.yml's settings that tell which lessons there are and how to read them, when the file has
 * syntax errors: those the parser read in step (`YamlData.salvage`), and the names of those it did
 * not (`unread`: what they say is not known, so the lessons are not judged by it). Undefined
 * without a lessons list read in step, or without the language the lessons are written in.
 */
function salvageSettings(data: YamlData): { settings: Record<string, unknown>; unread: Set<string> } | undefined {
  const settings: Record<string, unknown> = {};
  const unread = new Set<string>();
  for (const key of salvagedKeys) {
    const salvaged = data.salvage(key);
    if (!salvaged) unread.add(key);
    else if (salvaged.value !== undefined) settings[key] = salvaged.value;
  }
  return Array.isArray(settings.lessons) && !unread.has('language') ? { settings, unread } : undefined;
}

/** course.yml `lessons` entries, written as a path or as `{ file, editions }`; best effort when invalid. */
function readLessonEntries(value: unknown): { file: string; editions?: string[] }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [{ file: entry }];
    if (!isRecord(entry) || typeof entry.file !== 'string') return [];
    const editions = Array.isArray(entry.editions) ? entry.editions.filter((e): e is string => typeof e === 'string') : undefined;
    return [{ file: entry.file, ...(editions ? { editions } : {}) }];
  });
}

/**
 * A block or passage limited to editions of which none has its lesson (course.yml gives the lesson
 * to others) is in no package: said, since the author meant someone to see it.
 */
function reportBlocksInNoEdition(lesson: Lesson, editions: readonly string[], sink: DiagnosticSink): void {
  for (const block of lesson.blocks) {
    if (block.editions && !block.editions.some((edition) => editions.includes(edition))) {
      sink.report('edition-block-unreachable', { at: block.at, values: { editions: block.editions.join(', '), lessonEditions: editions.join(', ') } });
    }
  }
}

/** Whether `file` is the translation of a listed lesson into one of `languages`. */
function isTranslationOf(file: string, listed: ReadonlySet<string>, languages: readonly string[]): boolean {
  return [...listed].some((path) => languages.some((language) => translatedPath(path, language) === file));
}

/**
 * `reporting.reflections` as course.yml writes it, when the schema check failed elsewhere: its
 * default when not written, undefined when written wrong (then a lesson's reflections are not
 * judged against it: a reflection marked "report" is not an error for a setting no one can read).
 */
function reflectionsAsWritten(raw: { reporting?: unknown }): 'private' | 'session' | 'report' | undefined {
  if (raw.reporting === undefined) return 'private';
  if (!isRecord(raw.reporting)) return undefined;
  const written = raw.reporting.reflections;
  if (written === undefined) return 'private';
  return written === 'private' || written === 'session' || written === 'report' ? written : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `languages` starts with `language` (the files are written in it; the others are translations)
 * and names each language once.
 */
function checkLanguages(languages: readonly string[], original: string, locate: (path: (string | number)[]) => SourceLocation, sink: DiagnosticSink): void {
  if (languages[0] !== original) {
    sink.report('schema-invalid-value', { at: locate(['languages', 0]), values: { field: 'languages', reason: `expected the course language "${original}" first, since the files are written in it; found "${languages[0]}"` } });
  }
  languages.forEach((language, index) => {
    if (languages.indexOf(language) !== index) sink.report('schema-invalid-value', { at: locate(['languages', index]), values: { field: 'languages', reason: `"${language}" is listed twice` } });
  });
}
