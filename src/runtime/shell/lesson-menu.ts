import type { PageData } from '../../model/runtime-data.js';
import { h } from '../blocks/dom/create-element.js';
import { lessonIndex, type ShellElements } from './shell-elements.js';

/** The lesson menu: a disclosure button that opens a list of lesson links. */
export interface LessonMenu {
  close(returnFocus: boolean): void;
}

/**
 * Fills the menu's list with a link per lesson, from the course data: the page carries each
 * lesson's title once, in the data, so a course of many lessons does not pay for it twice on the
 * first screen (and without scripting the menu is hidden: its lessons need the player).
 */
export function fillLessonMenu(elements: ShellElements, data: Pick<PageData, 'lessons'>): void {
  const list = elements.menu?.querySelector('.cw-menu-list');
  if (!list || elements.menuLinks.length > 0) return;
  const links = data.lessons.map((lesson, index) => h('a', { class: 'cw-menu-link', href: `#lesson-${lesson.id}`, 'data-lesson': index },
    h('span', { class: 'cw-menu-number' }, String(index + 1)), h('span', { class: 'cw-menu-title' }, lesson.title), h('span', { class: 'cw-menu-mark' })));
  list.append(...links.map((link) => h('li', { class: 'cw-menu-item' }, link)));
  elements.menuLinks = links;
}

/**
 * Wires the lesson menu as a disclosure (WAI-ARIA APG): the toggle carries `aria-expanded`,
 * Escape closes the list and returns focus to the toggle, and choosing a lesson closes it.
 * The links keep their `#lesson-…` hrefs, the lessons' addresses in the page.
 */
export function wireLessonMenu(elements: ShellElements, choose: (index: number) => void): LessonMenu {
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
    toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        close(true);
      }
    };
    toggle.addEventListener('keydown', onKey);
    menu.addEventListener('keydown', onKey);
  }
  for (const link of elements.menuLinks) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      close(false);
      choose(lessonIndex(link));
    });
  }
  return { close };
}
