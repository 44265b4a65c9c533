import type { RuntimeData } from '../../model/runtime-data.js';
import type { CourseSession } from '../progress/course-session.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** What the completion record needs. */
export interface CompletionRecordContext {
  win: Window;
  session: CourseSession;
  data: Pick<RuntimeData, 'course'>;
  elements: ShellElements;
  t: Translate;
  /** Where the offer goes (the end panel); default below the notices at the top of the page. */
  container?: HTMLElement;
}

/**
 * Web builds of a course with `completionRecord: true`: once the course is completed or passed,
 * offer a printable record (course title, version, date, and the name the learner types). No
 * learning system keeps one, so the learner can print or save it as PDF for their employer.
 * Nothing leaves the device.
 */
export function offerCompletionRecord(context: CompletionRecordContext): void {
  const done = (): boolean => context.session.outcome.status === 'completed' || context.session.outcome.status === 'passed';
  let shown = false;
  const show = (): void => {
    if (shown || !done()) return;
    if (context.container) context.container.append(recordPanel(context));
    else if (context.elements.notices) context.elements.notices.after(recordPanel(context));
    else return;
    shown = true;
  };
  show();
  context.session.onChange(show);
}

function recordPanel({ win, data, t }: CompletionRecordContext): HTMLElement {
  const doc = win.document;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  const panel = make('section', 'cw-record');
  panel.setAttribute('aria-labelledby', 'cw-record-heading');
  const heading = make('h2', 'cw-record__heading', t('record.heading'));
  heading.id = 'cw-record-heading';
  const label = make('label', 'cw-record__label', t('record.name'));
  label.htmlFor = 'cw-record-name';
  const name = make('input', 'cw-record__name');
  name.id = 'cw-record-name';
  name.type = 'text';
  name.autocomplete = 'name';
  const print = make('button', 'cw-button cw-button-primary', t('record.print'));
  print.type = 'button';
  panel.append(heading, make('p', 'cw-record__intro', t('record.intro')), label, name, print);

  print.addEventListener('click', () => {
    const date = new Date().toLocaleDateString(data.course.language, { year: 'numeric', month: 'long', day: 'numeric' });
    const sheet = make('div', 'cw-record-sheet');
    sheet.append(
      make('p', 'cw-record-sheet__title', t('record.heading')),
      make('p', 'cw-record-sheet__name', name.value.trim() || '\u00a0'),
      make('p', 'cw-record-sheet__text', data.course.edition
        ? t('record.statementEdition', { course: data.course.title, edition: data.course.edition, version: data.course.version, date })
        : t('record.statement', { course: data.course.title, version: data.course.version, date })),
    );
    doc.body.append(sheet);
    doc.documentElement.classList.add('cw-printing-record');
    const cleanUp = (): void => {
      doc.documentElement.classList.remove('cw-printing-record');
      sheet.remove();
    };
    win.addEventListener('afterprint', cleanUp, { once: true });
    win.print();
  });
  return panel;
}
