import type { Block } from '../../model/blocks.js';
import type { Course } from '../../model/course.js';
import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { translatedPath } from './translation-files.js';

/** One list of ids to compare, where it stands in the translation, and which original it copies. */
interface IdList {
  what: string;
  ids: string[];
  at: SourceLocation;
  /** Where each id stands, when they stand apart (blocks): a mismatch points at the first that differs. */
  ats?: SourceLocation[];
  original: string;
}

/**
 * Report (`translation-structure-mismatch`) every place where a translated course has other ids
 * than the original: blocks of each lesson (with the editions they are limited to), scenario nodes
 * and choices, check options and practice techniques. Learner state and LMS reports are keyed by
 * these ids, so they must be the same in every language; only the words may differ.
 */
export function checkTranslationStructure(original: Course, translation: Course, sink: DiagnosticSink): void {
  // Each lesson is compared with its own translation, not with the one in its place: a translated
  // file that could not be read is left out of the translation, and its lesson with it.
  const translations = new Map(translation.lessons.map((lesson) => [lesson.file, lesson]));
  original.lessons.forEach((lesson) => {
    const translated = translations.get(translatedPath(lesson.file, translation.language));
    if (!translated) return; // missing or unreadable: already reported
    if (translated.id !== lesson.id) {
      sink.report('translation-structure-mismatch', { at: translated.at, values: { what: 'lesson', original: lesson.file, expected: `"${lesson.id}"`, found: `"${translated.id}"` } });
    }
    compare(lessonLists(lesson.blocks, lesson.file, translated.at), lessonLists(translated.blocks, lesson.file, translated.at), sink);
  });
}

function lessonLists(blocks: readonly Block[], original: string, lessonAt: SourceLocation): IdList[] {
  const interactive = blocks.filter((block) => block.kind !== 'markdown');
  const lists: IdList[] = [
    { what: 'block', ids: interactive.map((block) => ('id' in block ? block.id : '') + (block.editions ? ` (editions: ${block.editions.join(' ')})` : '')), at: lessonAt, ats: interactive.map((block) => block.at), original },
  ];
  for (const block of interactive) {
    if (block.kind === 'scenario') {
      const file = block.scenario.at.file ?? original;
      lists.push({ what: `node (scenario "${block.id}")`, ids: block.scenario.nodes.map((node) => node.id), at: block.scenario.at, original: file });
      for (const node of block.scenario.nodes) {
        lists.push({ what: `choice (node "${node.id}")`, ids: node.choices.map((choice) => choice.id), at: node.at, original: file });
      }
    } else if (block.kind === 'check') {
      lists.push({ what: `option (check "${block.id}")`, ids: block.options.map((option) => option.id), at: block.at, ats: block.options.map((option) => option.at), original });
    } else if (block.kind === 'practice') {
      lists.push({ what: `technique (practice "${block.id}")`, ids: block.techniques.map((technique) => technique.id), at: block.at, ats: block.techniques.map((technique) => technique.at), original });
    }
  }
  return lists;
}

/** Compare list by list, in order; a list the translation lacks is reported at the lesson. */
function compare(originals: readonly IdList[], translations: readonly IdList[], sink: DiagnosticSink): void {
  const byWhat = new Map(translations.map((list) => [list.what, list]));
  for (const list of originals) {
    const translated = byWhat.get(list.what);
    const found = translated?.ids ?? [];
    if (translated && sameIds(list.ids, found)) continue;
    const differs = list.ids.findIndex((id, index) => id !== found[index]);
    const at = translated?.ats?.[differs === -1 ? list.ids.length : differs] ?? translated?.at ?? translations[0]!.at;
    sink.report('translation-structure-mismatch', { at, values: { what: list.what, original: list.original, expected: quoteIds(list.ids), found: quoteIds(found) } });
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function quoteIds(ids: readonly string[]): string {
  return ids.length ? ids.map((id) => `"${id}"`).join(', ') : 'none';
}
