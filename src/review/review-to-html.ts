import type { Block } from '../model/blocks.js';
import { escapeHtml as esc, nestHeadings, offlineHtml } from './review-html.js';
import type { CourseReview, VariantReview } from './review-course.js';
import { scenarioHtml } from './review-scenario-html.js';
import { documentLanguage, editionsHeaded, variantHeading } from './review-variants.js';
import { reviewWords, type ReviewWords } from './review-words.js';

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1,h2,h3{line-height:1.2}section.lesson{border-top:2px solid #999;margin-top:2rem}.block{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #ccc}
.correct{font-weight:bold}.correct::before{content:"✓ "}.wrong::before{content:"✗ "}.feedback,.consequence{color:#444;font-style:italic}
.recommended{background:#eef7ee}.editions{color:#5a3d00;font-style:italic}section.edition{border-top:4px double #333;margin-top:3rem}.media,.href{color:#666}.effects{color:#555;font-size:.9em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
@media print{section.lesson,section.edition{break-before:page}}`;

/**
 * The review as one self-contained HTML document: inline styles, no scripts, no external files,
 * so it can be mailed, printed or archived with the sign-off. Its own words are in the language
 * reviewed (`documentLanguage`), each part's in the part's, which its `lang` says when it differs.
 */
export function reviewToHtml(review: CourseReview): string {
  const { course } = review;
  const headed = editionsHeaded(review);
  const language = documentLanguage(review);
  const words = reviewWords(language);
  const parts = review.variants.map((variant) => {
    const own = reviewWords(variant.language);
    if (!headed) return variantHtml(variant, 0, '', own);
    const id = variantAnchor(variant);
    const body = variantHtml(variant, 1, `${id}-`, own);
    return `<section class="edition" id="${esc(id)}"${langIfOther(variant.language, language)}>\n<h2>${esc(variantHeading(variant, course, own))}</h2>\n${body}\n</section>`;
  });
  return `<!doctype html>
<html lang="${esc(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${words.reviewOf(`${esc(course.title)} ${esc(course.version)}`)}</title>
<style>${style}</style>
</head>
<body>
<h1>${words.reviewOf(esc(course.title))}</h1>
<p>${words.courseLine(`<code>${esc(course.id)}</code>`, esc(course.version))} ${words.holds}</p>
${contentsHtml(review, headed, words)}${editionsTable(review, words)}${parts.join('\n')}
</body>
</html>
`;
}

/** ` lang="es"` on an element in `language` inside one in `outer`, so screen readers switch voice; else nothing. */
function langIfOther(language: string, outer: string): string {
  return language === outer ? '' : ` lang="${esc(language)}"`;
}

/** Lessons against editions, and which parts follow: so a reviewer sees what each audience gets. */
function editionsTable(review: CourseReview, words: ReviewWords): string {
  if (!review.editions) return '';
  const { editions, lessons } = review.editions;
  const head = `<tr><th>${words.lessonColumn}</th>${editions.map((e) => `<th>${esc(e.title)} (<code>${esc(e.id)}</code>)</th>`).join('')}</tr>`;
  const rows = lessons.map((l) => `<tr><td>${esc(l.title)}</td>${editions.map((e) => `<td>${l.editions.includes(e.id) ? (l.partly.length ? words.yesWithPassages : words.yes) : '—'}</td>`).join('')}</tr>`);
  const shown = review.variants.map((v) => esc(variantHeading(v, review.course, words))).join('; ');
  return `<h2>${words.lessonsInEachEdition}</h2>\n<table>${head}\n${rows.join('\n')}</table>\n<p>${words.reviewShows(shown)}</p>\n`;
}

/** One edition × language in its `words`: its lessons, headings `depth` levels down, element ids after `idPrefix`. */
function variantHtml(variant: VariantReview, depth: number, idPrefix: string, words: ReviewWords): string {
  const h = (level: number): string => `h${Math.min(6, level + depth)}`;
  const only = (editions: readonly string[] | undefined, say: (ids: readonly string[]) => string): string =>
    editions ? `<p class="editions">${say(editions.map(esc))}</p>` : '';
  return variant.lessons
    .map((lesson, i) => {
      const blocks = lesson.blocks.map((b) => `${only(b.editions, words.partOnlyIn)}${b.kind === 'scenario-review' ? scenarioHtml(b.review, h, words) : blockHtml(b, depth, words)}`);
      return `<section class="lesson" id="${esc(lessonAnchor(idPrefix, lesson.id))}">\n<${h(2)}>${words.lesson(i + 1, esc(lesson.title))}</${h(2)}>\n${only(lesson.editions, words.lessonOnlyIn)}${blocks.join('\n')}\n</section>`;
    })
    .join('\n');
}

/** The element id of a lesson's section in one part of the review. */
function lessonAnchor(idPrefix: string, lessonId: string): string {
  return `${idPrefix}lesson-${lessonId}`;
}

/** The element id of one part (edition × language) of a review headed by parts. */
function variantAnchor(variant: VariantReview): string {
  return `${variant.edition ? `edition-${variant.edition.id}-` : ''}${variant.language}`;
}

/**
 * The contents: each part and its lessons as links, so a reviewer of a long course goes straight
 * to the lesson they sign off (and a printed copy lists what it holds).
 */
function contentsHtml(review: CourseReview, headed: boolean, words: ReviewWords): string {
  const language = documentLanguage(review);
  // Each part's lesson titles are in the part's language.
  const lessons = (variant: VariantReview, idPrefix: string): string =>
    `<ol${langIfOther(variant.language, language)}>${variant.lessons.map((l) => `<li><a href="#${esc(lessonAnchor(idPrefix, l.id))}">${esc(l.title)}</a></li>`).join('')}</ol>`;
  const list = headed
    ? `<ul>${review.variants.map((v) => `<li><a href="#${esc(variantAnchor(v))}">${esc(variantHeading(v, review.course, words))}</a>${lessons(v, `${variantAnchor(v)}-`)}</li>`).join('\n')}</ul>`
    : lessons(review.variants[0] ?? { language, lessons: [] }, '');
  return `<nav aria-labelledby="contents"><h2 id="contents">${words.contents}</h2>\n${list}</nav>\n`;
}

/**
 * One block, its heading `depth` levels down. The author's own headings go under the review's: a
 * lesson's `##` under the lesson's heading, one in a block's text under the block's, so the
 * document's outline (which screen readers and a PDF's bookmarks show) matches the course.
 */
function blockHtml(block: Block, depth: number, words: ReviewWords): string {
  const h = (level: number): string => `h${Math.min(6, level + depth)}`;
  // The author's text under a heading of level `level` (h(level)): its `##` one level below that.
  // A lesson's text and its blocks' keep their levels among themselves, as learners see them.
  const under = (level: number) => (html: string): string => nestHeadings(offlineHtml(html, words), level - 1 + depth);
  const text = under(2);
  const box = (title: string, body: string): string => `<div class="block"><${h(3)}>${title}</${h(3)}>\n${body}</div>`;
  const code = (id: string): string => `<code>${esc(id)}</code>`;
  const feedback = (html: string | undefined): string => (html ? `<div class="feedback">${words.feedback}: ${text(html)}</div>` : '');
  switch (block.kind) {
    case 'markdown':
      return text(block.html);
    case 'content-note':
      return box(words.contentNote(code(block.id)), `${text(block.html)}${block.skip ? `\n<p><em>${words.offersSkip}</em></p>` : ''}`);
    case 'check': {
      const options = block.options.map((o) =>
        `<li class="${o.correct ? 'correct' : 'wrong'}">${text(o.html)}${o.correct ? ` ${words.correct}` : ''}${feedback(o.feedbackHtml)}</li>`,
      );
      return box(words.check(code(block.id), block.type, block.graded), `${text(block.promptHtml)}\n<ul>${options.join('\n')}</ul>`);
    }
    case 'practice': {
      const techniques = block.techniques.map((t) =>
        `<li class="${t.recommended ? 'correct' : 'wrong'}"><strong>${esc(t.label)}</strong> ${text(t.html)}${t.recommended ? ` ${words.recommended}` : ''}${feedback(t.feedbackHtml)}</li>`,
      );
      return box(words.practice(code(block.id), block.mode), `${text(block.situationHtml)}\n<ul>${techniques.join('\n')}</ul>`);
    }
    case 'reflection':
      return box(words.reflection(code(block.id)), text(block.promptHtml));
    case 'acknowledgement':
      return box(words.acknowledgement(code(block.id), block.required), text(block.statementHtml));
    case 'interview':
      return box(words.interview(code(block.id), `${esc(block.speaker)}${block.role ? `, ${esc(block.role)}` : ''}`),
        [text(block.introHtml), ...[...block.quotes, ...block.parts.map((p) => p.quote ?? p.html ?? '')].map((q) => (typeof q === 'string' ? text(q) : `<blockquote>${text(q.html)}<p>— ${esc(q.by)}</p></blockquote>`)), block.transcriptHtml ? `<${h(4)}>${words.transcript}</${h(4)}>${under(4)(block.transcriptHtml)}` : ''].join('\n'));
    default:
      return '';
  }
}

