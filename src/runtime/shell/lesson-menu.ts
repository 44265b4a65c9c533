import { lessonIndex, type ShellElements } from './shell-elements.js';

/** The lesson menu: a disclosure button that opens a list of lesson links. */
export interface LessonMenu {
  close(returnFocus: boolean): void;
}

/**
 * Wires the lesson menu as a disclosure (WAI-ARIA APG): the toggle carries `aria-expanded`,
 * Escape closes the list and returns focus to the toggle, and choosing a lesson closes it.
 * The links keep their `#lesson-…` hrefs, so they also work without JavaScript.
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
