import { outlinePending } from '../../model/block-outline.js';
import type { PageData } from '../../model/runtime-data.js';
import { h } from '../blocks/dom/create-element.js';
import { lessonIndex, type ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** The lesson menu: a disclosure button that opens a list of lesson links. */
export interface LessonMenu {
  close(returnFocus: boolean): void;
}

/**
 * Fills the menu's list with a link per lesson, from the course data: the page carries each
 * lesson's title once, in the data, so a course of many lessons does not pay for it twice on the
 * first screen (and without scripting the menu is hidden: its lessons need the player). Called
 * again when the data has more lessons (a long course's later lessons' outline came), it adds
 * theirs; while `loading` (by default, while they are not known), the list ends with an item that
 * says they are loading. Each link says how long its lesson takes, when the course says.
 */
export function fillLessonMenu(elements: ShellElements, data: Pick<PageData, 'lessons' | 'lessonCount'>, t: Translate, loading = outlinePending(data)): void {
  const list = elements.menu?.querySelector('.cw-menu-list');
  if (!list) return;
  list.querySelector('.cw-menu-loading')?.remove();
  const from = elements.menuLinks.length;
  const links = data.lessons.slice(from).map((lesson, i) => h('a', { class: 'cw-menu-link', href: `#lesson-${lesson.id}`, 'data-lesson': from + i },
    h('span', { class: 'cw-menu-number' }, String(from + i + 1)), h('span', { class: 'cw-menu-title' }, lesson.title),
    lesson.minutes ? h('span', { class: 'cw-menu-minutes' }, t('menu.minutes', { minutes: lesson.minutes })) : false, h('span', { class: 'cw-menu-mark' })));
  list.append(...links.map((link) => h('li', { class: 'cw-menu-item' }, link)));
  if (loading) list.append(h('li', { class: 'cw-menu-item cw-menu-loading', role: 'status' }, t('menu.loading')));
  elements.menuLinks = [...elements.menuLinks, ...links];
}

/**
 * Wires the lesson menu as a disclosure (WAI-ARIA APG): the toggle carries `aria-expanded`,
 * Escape closes the list and returns focus to the toggle, and choosing a lesson closes it.
 * The links keep their `#lesson-…` hrefs, the lessons' addresses in the page; links added later
 * (`fillLessonMenu`) work as the first ones. `opening` runs each time the list opens.
 */
export function wireLessonMenu(elements: ShellElements, choose: (index: number) => void, opening?: () => void): LessonMenu {
  const { menuToggle: toggle, menu } = elements;
  const setOpen = (open: boolean): void => {
    if (!toggle || !menu) return;
    toggle.setAttribute('aria-expanded', String(open));
    menu.hidden = !open;
  };
  const close = (returnFocus: boolean): void => {
    if (toggle?.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    if (returnFocus) toggle.focus();
  };
  if (toggle && menu) {
    toggle.hidden = false;
    setOpen(false);
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      setOpen(open);
      if (open) opening?.();
    });
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        close(true);
      }
    };
    toggle.addEventListener('keydown', onKey);
    menu.addEventListener('keydown', onKey);
  }
  // One listener for every link, those of lessons added later included.
  menu?.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.cw-menu-link[data-lesson]') : null;
    if (!link || !elements.menuLinks.includes(link)) return;
    event.preventDefault();
    close(false);
    choose(lessonIndex(link));
  });
  return { close };
}
