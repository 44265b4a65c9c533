import type { RuntimeData } from '../../model/runtime-data.js';
import type { Outcome } from '../progress/compute-outcome.js';
import type { CourseSession } from '../progress/course-session.js';
import type { ConfirmedResult, Tracker } from '../tracking/tracker.js';
import type { Announce } from './announcer.js';
import { formatPercent } from './format-percent.js';
import { showNotice } from './notices.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** What the outcome notice needs. */
export interface OutcomeContext {
  session: CourseSession;
  tracker: Tracker;
  course: Pick<RuntimeData, 'masteryScore' | 'course'>;
  elements: ShellElements;
  /** Where the notice goes (the end panel's status); default the notices at the top of the page. */
  container?: HTMLElement;
  t: Translate;
  announce: Announce;
  /** The course is meant to run without a learning system (web target): no "not recorded" wording. */
  standalone?: boolean;
}

/**
 * Tells the learner their result, and never more than the learning system confirmed: when the
 * course is finished the notice first says the result is being saved, and says "passed" or
 * "completed" only once the learning system accepted that status. Without a learning system (or
 * in review) it gives the result and says it is not recorded; a standalone (web) course just gives it.
 */
export function showOutcome(context: OutcomeContext): void {
  const { session, tracker, t } = context;
  const say = (text: string): void => {
    showNotice(context.container ?? context.elements.notices, 'outcome', text, 'important');
    context.announce(text);
  };
  const text = (result: ConfirmedResult | Outcome, recorded: boolean): string => {
    const { language } = context.course.course;
    const values = { score: formatPercent(result.score ?? 0, language), mastery: formatPercent(context.course.masteryScore ?? 0, language, 'up') };
    const suffix = recorded ? '' : context.standalone ? 'Standalone' : 'Unrecorded';
    return t(`course.${result.status}${suffix}`, values);
  };
  let shown = '';
  // Back in a finished course with no learning system to confirm anything: the result as it stands.
  if (session.outcome.status !== 'incomplete' && !tracker.recording) showNotice(context.container ?? context.elements.notices, 'outcome', text(session.outcome, false), 'important');
  session.onChange((outcome, previous) => {
    if (outcome.status === previous.status || outcome.status === 'incomplete') return;
    if (!tracker.recording) return say(text(outcome, false));
    if (tracker.saveStatus !== 'saved') say(t('course.saving'));
  });
  tracker.onResultConfirmed((result) => {
    if (result.status === 'incomplete' || result.status === shown || !tracker.recording) return;
    shown = result.status;
    say(text(result, true));
  });
}
