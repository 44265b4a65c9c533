import type { RootContent } from 'mdast';
import type { Course, Lesson } from '../../model/course.js';
import type { Range, SourceLocation } from '../../model/position.js';
import type { CourseSource } from '../../load/course-source.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { courseRelativePath, createAssetResolver } from '../assets/asset-resolver.js';
import type { BlockContext } from '../blocks/block-context.js';
import { markdownToHtml, type MarkdownContext } from '../markdown/markdown-to-html.js';
import { collectDefinitions, type Definitions } from '../markdown/inline-references.js';
import { maxMarkdownDepth } from '../markdown/limit-depth.js';
import { parseMarkdownTree } from '../markdown/parse-markdown.js';
import { checkUnclosedDirectives } from '../markdown/check-unclosed-directives.js';
import { plainText } from '../markdown/plain-text.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { checkSchema } from '../yaml/check-schema.js';
import { resolveCourseIri } from './course-iri.js';
import { courseFileSchema } from './course-schema.js';
import { parseLessonBody, readLessonHead, type LessonHead } from './parse-lesson.js';

/**
 * Read course.yml and every lesson into the course model, reporting every problem found.
 * Returns undefined only when there is nothing to build from (no readable course.yml).
 */
export function parseCourse(source: CourseSource, sink: DiagnosticSink): Course | undefined {
  if (!source.has('course.yml')) {
    sink.report('course-not-found', { values: { dir: source.label } });
    return undefined;
  }
  const data = parseYaml(source.readText('course.yml'), 'course.yml', sink);
  if (data.value === undefined) return undefined;
  const settings = checkSchema(courseFileSchema, data, sink);
  // Best effort when the schema check failed, so lessons are still checked; course.yml may be empty.
  const raw = (data.value ?? {}) as { lessons?: unknown; language?: unknown; version?: unknown };
  const lessonPaths = settings?.lessons ?? (Array.isArray(raw.lessons) ? raw.lessons.filter((l): l is string => typeof l === 'string') : []);
  const language = settings?.language ?? (typeof raw.language === 'string' ? raw.language : 'en');
  const assets = createAssetResolver(source, sink);

  const heads: LessonHead[] = [];
  const seen = new Set<string>();
  lessonPaths.forEach((listed, index) => {
    const at = data.locate(['lessons', index]);
    const path = courseRelativePath('course.yml', listed);
    if (path === undefined) return sink.report('asset-outside-course', { at, values: { path: listed } });
    if (!path.toLowerCase().endsWith('.md')) return sink.report('schema-invalid-value', { at, values: { field: 'lessons', reason: `expected a Markdown lesson file (.md), found "${listed}"` } });
    if (seen.has(path)) return sink.report('lesson-listed-twice', { at, values: { path } });
    seen.add(path);
    if (!source.has(path)) return sink.report('lesson-file-missing', { at, values: { path } });
    const text = source.readText(path);
    const tree = parseMarkdownTree(text, (range) => sink.report('markdown-too-deep', { at: { file: path, range }, values: { max: maxMarkdownDepth } }));
    heads.push(readLessonHead(path, checkUnclosedDirectives(tree, text, path, sink), sink));
  });
  if (settings && !lessonPaths.length) sink.report('course-no-lessons', { at: data.locate(['lessons']) });
  for (const file of source.list()) {
    if (file.startsWith('lessons/') && file.endsWith('.md') && !seen.has(file)) sink.report('lesson-not-listed', { at: data.locate(['lessons'], 'key'), values: { path: file } });
  }

  const lessonIdByFile = new Map(heads.map((h) => [h.file, h.id]));
  const markdownContext = (file: string, mapRange?: (range: Range) => Range, definitions?: Definitions): MarkdownContext => ({
    file,
    ...(mapRange ? { mapRange } : {}),
    ...(definitions ? { definitions } : {}),
    sink,
    resolveAsset: (url, at) => assets.resolve(file, url, at),
    resolveLessonLink: (url, at) => {
      const target = courseRelativePath(file, url);
      const id = target === undefined ? undefined : lessonIdByFile.get(target);
      if (id === undefined) sink.report('link-broken', { at, values: { href: url } });
      return id;
    },
  });
  const lessons: Lesson[] = heads.map((head) => {
    const md = markdownContext(head.file, undefined, collectDefinitions(head.tree));
    const ctx: BlockContext = {
      file: head.file,
      sink,
      source,
      html: (nodes: readonly RootContent[]) => markdownToHtml(nodes, md),
      text: (nodes: readonly RootContent[], max?: number) => plainText(nodes, max),
      asset: (url: string, at: SourceLocation, fromFile = head.file) => assets.resolve(fromFile, url, at),
      markdown: (text: string, file: string, mapRange?: (range: Range) => Range) => {
        const tree = parseMarkdownTree(text, (range) => sink.report('markdown-too-deep', { at: { file, range: mapRange ? mapRange(range) : range }, values: { max: maxMarkdownDepth } }));
        return markdownToHtml(tree.children.filter((c) => c.type !== 'yaml'), markdownContext(file, mapRange));
      },
      plain: (text: string, max?: number) => plainText(parseMarkdownTree(text).children, max),
      language,
      reflectionsReported: settings?.reporting.reflections === 'report',
    };
    return parseLessonBody(head, ctx);
  });

  if (!settings) return undefined;
  return {
    id: settings.id,
    iri: resolveCourseIri(settings.iri, settings.id, data.locate(['iri']), sink),
    title: settings.title,
    ...(settings.description ? { description: settings.description } : {}),
    // A version written as a number keeps its digits: "version: 1.10" is not version 1.1.
    version: typeof raw.version === 'number' ? data.written(['version']) ?? settings.version : settings.version,
    language: settings.language,
    lessons,
    completion: settings.completion,
    ...(settings.masteryScore !== undefined ? { masteryScore: settings.masteryScore } : {}),
    targets: settings.targets,
    support: settings.support,
    reporting: settings.reporting,
    ...(settings.completionRecord ? { completionRecord: true } : {}),
    assets: assets.used(),
    settingAt: { completion: data.locate(['completion']), masteryScore: data.locate(['masteryScore']) },
    at: { file: 'course.yml', range: { start: { line: 1, column: 1 } } },
  };
}
