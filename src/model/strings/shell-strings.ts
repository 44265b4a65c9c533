/**
 * English player strings of the course shell (navigation, progress, tracking notices). Keys are
 * permanent; `{name}` placeholders are filled in by the runtime. The renderer merges these with
 * the block strings into RuntimeData.strings and the page template context.
 */
export const shellStrings: Record<string, string> = {
  'shell.skipToContent': 'Skip to lesson content',
  'shell.noScript': 'Turn on JavaScript to use the course player. Until then, all lessons are shown one after another below.',
  'page.title': '{lesson} – {course}',
  'nav.menu': 'Lessons',
  'nav.menuLabel': 'Course lessons',
  'nav.pagerLabel': 'Lesson navigation',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.exit': 'Exit',
  'menu.minutes': '{minutes} min',
  'menu.visited': '(visited)',
  'menu.complete': '(completed)',
  'progress.label': 'Course progress',
  'progress.lesson': 'Lesson {current} of {total}',
  'progress.percent': '{percent}% complete',
  'tracking.untracked': 'Progress is not being recorded: this course is not running in a learning system. Your place is kept on this device only.',
  'tracking.failed': 'The learning system did not respond, so your progress is not being recorded. Your place is kept on this device only.',
  'state.reset': 'This course has changed since your last visit, so it starts again from the beginning.',
  'state.unreadable': 'Your saved progress could not be read, so the course starts again from the beginning.',
  'resume.welcome': 'Welcome back. You are on the lesson where you left off.',
  'course.completed': 'You have completed this course.',
  'course.passed': 'You have passed this course with a score of {score}%.',
  'course.failed': 'Your score is {score}%; {mastery}% is needed to pass.',
  'exit.done': 'Your progress is saved. You can close this window now.',
  'exit.doneUntracked': 'You can close this window now. Your place is kept on this device.',
  'exit.reopen': 'This session has ended and your progress is saved. To go on, open the course again from your learning system.',
};
