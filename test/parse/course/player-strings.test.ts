import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { formatDiagnostic } from '../../../src/diagnostics/format-diagnostics.js';
import { createMemorySource } from '../../../src/load/course-source.js';
import { parseCourse } from '../../../src/parse/course/parse-course.js';
import { renderCourse } from '../../../src/render/render-course.js';

/** Parse a one-lesson course in `language`, with more course.yml `settings`; the course and the diagnostics' first lines. */
function parseLesson(lesson: string, language: string, settings = '') {
  const sink = createDiagnosticSink();
  const source = createMemorySource({
    'course.yml': `id: demo\ntitle: Demo\nlanguage: ${language}\nlessons: [lessons/a.md]\n${settings}`,
    'lessons/a.md': `---\ntitle: A\n---\n${lesson}`,
  });
  const course = parseCourse(source, sink);
  return { course, diagnostics: sink.diagnostics.map((d) => formatDiagnostic(d, { color: false }).split('\n')[0]) };
}

describe('course language', () => {
  it('warns at course.yml language when the player has no strings in it', () => {
    const { diagnostics } = parseLesson('Hello.\n', 'fr-CA');
    expect(diagnostics).toEqual(['course.yml:3:11 warning The player has no strings in "fr-CA", so its buttons and messages will be in English.  untranslated-player-language']);
  });

  it('is quiet for a regional variant of a language the player speaks', () => {
    expect(parseLesson('Hello.\n', 'es-MX').diagnostics).toEqual([]);
  });

  it('lets course.yml replace player strings, and reports unknown keys and changed placeholders', () => {
    const { course, diagnostics } = parseLesson('Hello.\n', 'es', 'strings:\n  nav.exit: Cerrar\n  nav.exti: Cerrar\n  progress.lesson: Lección {n}\n');
    const site = renderCourse(course!);
    const page = String(site.files.find((f) => f.path === 'index.html')?.content);
    expect(page).toContain('id="cw-exit">Cerrar</button>');
    expect(page).toContain('id="cw-next">Siguiente</button>');
    expect(diagnostics).toEqual([
      'course.yml:7:3 error The player has no string "nav.exti" to replace.  player-string-unknown',
      'course.yml:8:20 error The string "progress.lesson" must have the placeholders {current}, {total}, found {n}.  player-string-placeholders',
    ]);
  });
});
