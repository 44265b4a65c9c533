import type { LessonContent, PageData, RuntimeBlock } from '../../model/runtime-data.js';
import { h } from '../blocks/dom/create-element.js';
import { oneAtATime } from './after-idle.js';
import type { LessonLoader } from './lesson-loader.js';
import { lessonIndex, type ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** The course's lessons in the page: the first one built in, the others added as their scripts arrive. */
export interface LessonPages {
  /** True when lesson `index` is in the page; puts it there first when its script has run already. */
  ready(index: number): boolean;
  /**
   * Loads lesson `index` into its section, saying so while it loads: true once it is in the page;
   * false when it could not be loaded, and the section then says so, with a button that calls
   * `retry`. Nothing about the learner's progress changes either way.
   */
  load(index: number): Promise<boolean>;
  /** The full data of the blocks of lesson `index` (none until it is in the page), in course order. */
  blocksOf(index: number): RuntimeBlock[];
  /** The markup of graded check `id` as built, for a retake to start it afresh; undefined when its lesson is not in the page. */
  pristine(id: string): Node | undefined;
  /**
   * Loads the scripts of the lessons not in the page yet, the first now, the others one at a time
   * as the browser is idle, those after `current()` first, so the course goes on offline after the
   * first lessons. Only their scripts: their pictures and recordings wait until they are shown.
   * For when the learner is reading (`whenReading`), not for the first screen.
   */
  prefetch(current: () => number): void;
  /** Gives the lessons the data gained (a long course's later lessons, `OutlineLoader`) their sections. */
  grew(): void;
}

/** What the lesson pages need. */
export interface LessonPagesContext {
  doc: Document;
  elements: ShellElements;
  data: PageData;
  loader: LessonLoader;
  t: Translate;
  /** Called by a lesson's "Try again" button. */
  retry(index: number): void;
  /** Runs on a lesson's section once a lesson loaded later is in it, before its blocks start. */
  added?(section: HTMLElement, content: LessonContent): void;
}

/** How long a lesson may take to arrive before its section says it is loading: no flash on a fast network. */
export const loadingDelayMs = 300;

/**
 * Gives every lesson a section (`.cw-lesson`, with its heading) in `elements.sections`: the page
 * holds the first lesson's; the others' are made here, empty until `load` fills them. Every
 * block's full data, once its lesson is in the page, replaces its outline in `data.blocks`, where
 * the trackers find what a block reports (an xAPI statement's question text).
 */
export function createLessonPages(context: LessonPagesContext): LessonPages {
  const { doc, elements, data, loader, t, retry } = context;
  const present = new Set(elements.sections.map(lessonIndex));
  const full = new Map<string, RuntimeBlock>();
  const pristine = new Map<string, Node>();
  const statuses = new Map<number, HTMLElement>();

  const adopt = (blocks: readonly RuntimeBlock[]): void => {
    for (const block of blocks) {
      full.set(block.id, block);
      const at = data.blocks.findIndex((outline) => outline.id === block.id);
      if (at >= 0) data.blocks[at] = block;
      const element = block.kind === 'check' && block.graded ? doc.querySelector(`[data-cw-block="${block.id}"]`) : null;
      if (element) pristine.set(block.id, element.cloneNode(true));
    }
  };
  adopt(data.lessonBlocks ?? []);

  // A section for each lesson not in the page, in course order, so that indexes match lessons;
  // those of a long course's later lessons once their outline is in the data (`addSections`).
  const built = elements.sections;
  const sections: HTMLElement[] = [];
  const addSections = (): void => {
    data.lessons.slice(sections.length).forEach((lesson) => {
      const index = sections.length;
      const inPage = built.find((section) => lessonIndex(section) === index);
      if (inPage) return void sections.push(inPage);
      const section = h('section', { class: 'cw-lesson', 'data-lesson': index, id: `lesson-${lesson.id}`, 'aria-labelledby': `lesson-${lesson.id}-title`, hidden: true },
        h('h1', { class: 'cw-lesson-title', id: `lesson-${lesson.id}-title`, tabindex: -1 }, lesson.title));
      const before = sections[sections.length - 1];
      if (before) before.after(section);
      else elements.main?.append(section);
      sections.push(section);
    });
    elements.sections = sections;
  };
  addSections();

  const setStatus = (index: number, status: HTMLElement | undefined): void => {
    statuses.get(index)?.remove();
    statuses.delete(index);
    if (!status) return;
    statuses.set(index, status);
    sections[index]?.querySelector('.cw-lesson-title')?.after(status);
  };

  const insert = (index: number, content: LessonContent): void => {
    const section = sections[index];
    if (!section || present.has(index)) return;
    setStatus(index, undefined);
    present.add(index);
    // After the heading, before anything the shell added (the end panel).
    const heading = section.querySelector('.cw-lesson-title');
    if (heading) heading.insertAdjacentHTML('afterend', content.html);
    else section.insertAdjacentHTML('afterbegin', content.html);
    context.added?.(section, content);
    adopt(content.blocks);
  };

  const ready = (index: number): boolean => {
    if (present.has(index)) return true;
    const content = loader.loaded(index);
    if (content) insert(index, content);
    return present.has(index);
  };

  const load = (index: number): Promise<boolean> => {
    if (ready(index)) return Promise.resolve(true);
    const win = doc.defaultView ?? window;
    const timer = win.setTimeout(() => {
      if (!present.has(index)) setStatus(index, h('p', { class: 'cw-lesson-status', role: 'status' }, t('lesson.loading')));
    }, loadingDelayMs);
    return loader.load(index).then((content) => {
      win.clearTimeout(timer);
      if (content) {
        insert(index, content);
        return true;
      }
      console.error(`coursewright: lesson ${index + 1} could not be loaded.`);
      const again = h('button', { type: 'button', class: 'cw-button cw-notice-action' }, t('lesson.retry'));
      again.addEventListener('click', () => retry(index));
      setStatus(index, h('div', { class: 'cw-notice cw-notice-important cw-lesson-status', role: 'alert' }, h('p', {}, t('lesson.failed')), again));
      return false;
    });
  };

  return {
    ready,
    load,
    blocksOf: (index) => data.blocks.filter((block) => block.lesson === index).map((block) => full.get(block.id)).filter((block): block is RuntimeBlock => block !== undefined),
    pristine: (id) => pristine.get(id)?.cloneNode(true),
    grew: addSections,
    prefetch: (current) => {
      // Each lesson once: one that fails is tried again when the learner opens it, not in a loop here.
      const tried = new Set<number>();
      oneAtATime(doc.defaultView ?? window, () => {
        const from = current();
        const order = data.lessons.map((_lesson, index) => index).sort((a, b) => Number(a <= from) - Number(b <= from) || a - b);
        const index = order.find((candidate) => !present.has(candidate) && !tried.has(candidate) && !loader.loaded(candidate));
        if (index === undefined) return undefined;
        tried.add(index);
        return loader.load(index);
      });
    },
  };
}
