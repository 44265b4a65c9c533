import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCourse, type CompileResult } from '../../src/compile.js';
import type { Course } from '../../src/model/course.js';
import { reviewCourse } from '../../src/review/review-course.js';
import { reviewToHtml } from '../../src/review/review-to-html.js';
import { reviewToMarkdown } from '../../src/review/review-to-markdown.js';
import { englishReviewWords, reviewCatalogues, reviewWords } from '../../src/review/review-words.js';

let flagship: CompileResult & { course: Course };
beforeAll(async () => {
  const result = await compileCourse({ dir: join(import.meta.dirname, '..', '..', 'courses', 'respect-at-work'), validateOnly: true });
  if (!result.course) throw new Error('no course');
  flagship = { ...result, course: result.course };
});

const inLanguage = (language: string): Course[] => flagship.variants.filter((v) => v.language === language);

/** The review's own words in English that a Spanish review must not show (none is in the course's Spanish text). */
const englishWords = [
  'Review:', 'Contents', 'Lessons in each edition', 'This review shows', 'Edition:', 'Lesson ', 'Check ', '(correct)', 'Feedback:',
  'Practice ', 'Acknowledgement', 'Interview ', 'Content note', 'Only in the', 'only in the', "The player's standard note",
  'Every step, as learners read it', 'Recommended path', 'Path ', ' paths from ', 'recommended choice', 'picks ', 'takes route', 'alternative text', 'speaks)', 'at good-end',
];

describe('the review in the language reviewed', () => {
  it('gives a Spanish review its headings, labels and sentences in Spanish, in HTML and Markdown', () => {
    const spanish = inLanguage('es');
    const review = reviewCourse(flagship.course, spanish, spanish);
    const markdown = reviewToMarkdown(review);
    expect(markdown).toMatch(/^# Revisión: /);
    expect(markdown).toContain('\n## Lecciones de cada edición\n');
    expect(markdown).toContain('| Lección | Respeto en el trabajo (`employee`) |');
    expect(markdown).toContain('| Un repaso rápido | — | — | sí |');
    expect(markdown).toContain('\n## Edición: Respeto en el trabajo para responsables de equipo (manager), idioma es\n');
    expect(markdown).toContain('\n### Lección 3: Qué es el acoso\n');
    expect(markdown).toContain('\n#### Pregunta `q-unwelcome` (una respuesta, calificada)\n');
    expect(markdown).toContain('aunque en ese momento se riera. **(correcta)**\n  Retroalimentación: ');
    expect(markdown).toContain('*Lección solo en las ediciones employee y manager.*');
    expect(markdown).toMatch(/^#### Escenario `break-room`: .*\n\n\d+ caminos desde `intro` hasta un final\.$/m);
    expect(markdown).toMatch(/^Camino \d+ \*\*\(camino recomendado\)\*\*, puntuación \d+:$/m);
    expect(markdown).toContain('| Final | Caminos |');
    expect(markdown).toContain('texto alternativo: «');
    // A choice with «» of its own is quoted in the other quotes.
    expect(markdown).toContain('elige “Di con calma: «Vamos, Lee. Eso no está bien».” (opción recomendada)');
    for (const words of englishWords) expect(markdown, words).not.toContain(words);

    const html = reviewToHtml(review);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Revisión: ');
    expect(html).toContain('<h2 id="contents">Índice</h2>');
    expect(html).toContain('<h4>Pregunta <code>q-unwelcome</code> (una respuesta, calificada)</h4>');
    expect(html).toContain('aunque en ese momento se riera. (correcta)<div class="feedback">Retroalimentación: ');
    expect(html).toMatch(/<strong>Camino \d+ \(camino recomendado\)<\/strong>, puntuación \d+<ol>/);
    expect(html).toMatch(/<h\d>Cada paso, tal como lo leen los participantes<\/h\d>/);
    // Every part is in the document's language, so none needs a `lang` of its own.
    expect(html).not.toMatch(/<section[^>]* lang=/);
    for (const words of englishWords) expect(html, words).not.toContain(words);
  });

  it("writes a review of both languages in the original's words, each part in its own, the Spanish one marked as Spanish", () => {
    const both = flagship.variants.filter((v) => v.variant?.edition === 'refresher');
    expect(both.map((v) => v.language)).toEqual(['en', 'es']);
    const review = reviewCourse(flagship.course, both, [...inLanguage('en'), ...inLanguage('es')]);

    const html = reviewToHtml(review);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Review: Respect at work</h1>');
    expect(html).toContain('<h2 id="contents">Contents</h2>');
    expect(html).toContain('<h2>Lessons in each edition</h2>');
    // The document's sentence names the Spanish part in the document's words.
    expect(html).toContain('Edition: Respeto en el trabajo: repaso anual (refresher), language es.</p>');
    const [english, spanish] = html.split(/<section class="edition" /).slice(1) as [string, string];
    expect(english).toMatch(/^id="edition-refresher-en">\n<h2>Edition: [^<]*, language en \(original\)<\/h2>/);
    expect(english).toContain('Lesson 1: ');
    expect(english).not.toContain('Lección');
    expect(spanish).toMatch(/^id="edition-refresher-es" lang="es">\n<h2>Edición: Respeto en el trabajo: repaso anual \(refresher\), idioma es<\/h2>/);
    expect(spanish).toContain('Lección 1: ');
    expect(spanish).toContain('Escenario <code>break-room</code>');
    expect(spanish).not.toMatch(/Lesson |Scenario |Every step/);
    // The contents list the Spanish part's lesson titles, in Spanish, said to be so.
    expect(html).toMatch(/<a href="#edition-refresher-es">Edition: [^<]*<\/a><ol lang="es">/);

    const markdown = reviewToMarkdown(review);
    expect(markdown).toMatch(/^# Review: Respect at work\n/);
    const [, englishPart, spanishPart] = markdown.split(/^## (?=Edition: |Edici\u00f3n: )/m) as [string, string, string];
    expect(englishPart).toMatch(/^Edition: .*, language en \(original\)\n/);
    expect(englishPart).toContain('### Lesson 1: ');
    expect(spanishPart).toMatch(/^Edición: Respeto en el trabajo: repaso anual \(refresher\), idioma es\n/);
    expect(spanishPart).toContain('### Lección 1: ');
    expect(spanishPart).not.toMatch(/Lesson |Scenario |Every step/);
  });

  it('lists in Spanish with «y», and «e» before a word that sounds /i/', () => {
    const words = reviewWords('es');
    expect(words.list(['employee', 'manager'])).toBe('employee y manager');
    expect(words.list(['employee', 'icu'])).toBe('employee e icu');
    expect(words.list(['ward', 'manager', 'interns'])).toBe('ward, manager e interns');
    expect(words.lessonOnly(['employee', 'icu'])).toBe('Lección solo en las ediciones employee e icu.');
  });

  it('gives a language without a catalogue English words, and a regional tag its language\'s', async () => {
    const review = async (language: string): Promise<{ html: string; markdown: string }> => {
      const { course } = await compileCourse({
        validateOnly: true,
        files: {
          'course.yml': `id: words\ntitle: Mots\nlanguage: ${language}\nlessons: [lessons/one.md]\n`,
          'lessons/one.md': '---\ntitle: Un\n---\n:::check{#q-one}\nLequel ?\n\n- [x] Celui-ci {#this}\n- [ ] Celui-là {#that}\n:::\n',
        },
      });
      if (!course) throw new Error('no course');
      return { html: reviewToHtml(reviewCourse(course)), markdown: reviewToMarkdown(reviewCourse(course)) };
    };
    const french = await review('fr');
    expect(french.html).toContain('<html lang="fr">');
    expect(french.html).toContain('<h2 id="contents">Contents</h2>');
    expect(french.markdown).toContain('## Lesson 1: Un\n');
    expect(french.markdown).toContain('### Check `q-one` (one answer)\n');
    expect(french.markdown).toContain('Celui-ci **(correct)**');

    const mexican = await review('es-MX');
    expect(mexican.html).toContain('<html lang="es-MX">');
    expect(mexican.html).toContain('<h2 id="contents">Índice</h2>');
    expect(mexican.markdown).toContain('## Lección 1: Un\n');
    expect(mexican.markdown).toContain('### Pregunta `q-one` (una respuesta)\n');
    expect(mexican.markdown).toContain('Celui-ci **(correcta)**');

    expect(reviewWords('fr')).toBe(englishReviewWords);
    expect(reviewWords('es-MX')).toBe(reviewCatalogues.es);
    expect([1, 3].map((n) => reviewWords('es').paths(n))).toEqual(['1 camino', '3 caminos']);
    expect([1, 3].map((n) => reviewWords('en').paths(n))).toEqual(['1 path', '3 paths']);
  });
});
