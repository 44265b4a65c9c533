/** The page parts the shell drives, found by the ids templates/page.hbs gives them. */
export interface ShellElements {
  main: HTMLElement | null;
  sections: HTMLElement[];
  menuToggle: HTMLButtonElement | null;
  menu: HTMLElement | null;
  menuLinks: HTMLAnchorElement[];
  progress: HTMLElement | null;
  progressText: HTMLElement | null;
  progressBar: HTMLElement | null;
  progressFill: HTMLElement | null;
  pager: HTMLElement | null;
  previous: HTMLButtonElement | null;
  next: HTMLButtonElement | null;
  exit: HTMLButtonElement | null;
  notices: HTMLElement | null;
  saveStatus: HTMLElement | null;
  live: HTMLElement | null;
}

/** Finds the shell's elements; any may be missing in a hand-made page, and callers cope. */
export function findShellElements(doc: Document): ShellElements {
  const byId = <T extends HTMLElement>(id: string): T | null => doc.getElementById(id) as T | null;
  const byLesson = (a: Element, b: Element): number => lessonIndex(a) - lessonIndex(b);
  return {
    main: byId('cw-main'),
    sections: Array.from(doc.querySelectorAll<HTMLElement>('.cw-lesson[data-lesson]')).sort(byLesson),
    menuToggle: byId('cw-menu-toggle'),
    menu: byId('cw-menu'),
    menuLinks: Array.from(doc.querySelectorAll<HTMLAnchorElement>('.cw-menu-link[data-lesson]')).sort(byLesson),
    progress: byId('cw-progress'),
    progressText: byId('cw-progress-text'),
    progressBar: byId('cw-progress-bar'),
    progressFill: byId('cw-progress-fill'),
    pager: byId('cw-pager'),
    previous: byId('cw-prev'),
    next: byId('cw-next'),
    exit: byId('cw-exit'),
    notices: byId('cw-notices'),
    saveStatus: byId('cw-save-status'),
    live: byId('cw-live'),
  };
}

/** The lesson index in an element's `data-lesson`, or -1. */
export function lessonIndex(element: Element): number {
  const value = Number(element.getAttribute('data-lesson'));
  return Number.isInteger(value) ? value : -1;
}
