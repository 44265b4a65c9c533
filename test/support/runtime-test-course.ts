/**
 * A small three-lesson course for the shell's browser tests: a plain lesson, a lesson with a
 * graded check, and a closing lesson. Completion needs every lesson and the check.
 */
export const runtimeTestCourse: Record<string, string> = {
  'course.yml': [
    'id: respect-basics',
    'title: Respect basics',
    'description: A short course used by the runtime tests.',
    'version: "2027.1"',
    'lessons: [lessons/welcome.md, lessons/recognising.md, lessons/wrap-up.md]',
    'completion: [all-lessons, checks]',
    '',
  ].join('\n'),
  'lessons/welcome.md': '---\ntitle: Welcome\nminutes: 2\n---\nEveryone deserves **respect** at work.\n',
  'lessons/recognising.md': [
    '---',
    'title: Recognising harassment',
    '---',
    'Harassment often starts small.',
    '',
    ':::check{#q-signs graded}',
    'Which of these is an early warning sign?',
    '',
    '- [ ] A colleague asks for help',
    '  Asking for help is healthy.',
    "- [x] Jokes at one person's expense",
    '  Yes: repeated jokes can isolate someone.',
    ':::',
    '',
  ].join('\n'),
  'lessons/wrap-up.md': '---\ntitle: Wrap-up\n---\nThank you for taking part.\n',
};
