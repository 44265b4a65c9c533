import type { Block } from '../model/blocks.js';
import { escapeHtml as esc, nestHeadings, offlineHtml } from './review-html.js';
import type { CourseReview, VariantReview } from './review-course.js';
import { scenarioHtml } from './review-scenario-html.js';
import { describeEditions } from './review-summary.js';
import { editionsHeaded, variantHeading } from './review-variants.js';

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1,h2,h3{line-height:1.2}section.lesson{border-top:2px solid #999;margin-top:2rem}.block{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #ccc}
.correct{font-weight:bold}.correct::before{content:"✓ "}.wrong::before{content:"✗ "}.feedback,.consequence{color:#444;font-style:italic}
.recommended{background:#eef7ee}.editions{color:#5a3d00;font-style:italic}section.edition{border-top:4px double #333;margin-top:3rem}.media,.href{color:#666}.effects{color:#555;font-size:.9em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
@media print{section.lesson,section.edition{break-before:page}}`;

/**
 * The review as one self-contained HTML document: inline styles, no scripts, no external files,
 * so it can be mailed, printed or archived with the sign-off.
 */
export function reviewToHtml(review: CourseReview): string {
  const { course } = review;
  const headed = editionsHeaded(review);
  const parts = review.variants.map((variant) => {
    if (!headed) return variantHtml(variant, 0, '');
    const id = variantAnchor(variant);
    const body = variantHtml(variant, 1, `${id}-`);
    return `<section class="edition" id="${esc(id)}">\n<h2>${esc(variantHeading(variant, course))}</h2>\n${body}\n</section>`;
  });
  return `<!doctype html>
<html lang="${esc(documentLanguage(review))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Review: ${esc(course.title)} ${esc(course.version)}</title>
<style>${style}</style>
</head>
<body>
<h1>Review: ${esc(course.title)}</h1>
<p>Course <code>${esc(course.id)}</code>, version ${esc(course.version)}. Every lesson's text, every check with its answers and feedback, and every path through each scenario.</p>
${contentsHtml(review, headed)}${editionsTable(review)}${parts.join('\n')}
</body>
</html>
`;
}

/** The language of the text: the one reviewed, or the original's when several are. */
function documentLanguage(review: CourseReview): string {
  const languages = new Set(review.variants.map((v) => v.language));
  return languages.size === 1 ? [...languages][0]! : review.course.language;
}

/** Lessons against editions, and which parts follow: so a reviewer sees what each audience gets. */
function editionsTable(review: CourseReview): string {
  if (!review.editions) return '';
  const { editions, lessons } = review.editions;
  const head = `<tr><th>Lesson</th>${editions.map((e) => `<th>${esc(e.title)} (<code>${esc(e.id)}</code>)</th>`).join('')}</tr>`;
  const rows = lessons.map((l) => `<tr><td>${esc(l.title)}</td>${editions.map((e) => `<td>${l.editions.includes(e.id) ? (l.partly.length ? 'yes, with passages for some editions' : 'yes') : '—'}</td>`).join('')}</tr>`);
  const shown = review.variants.map((v) => esc(variantHeading(v, review.course))).join('; ');
  return `<h2>Lessons in each edition</h2>\n<table>${head}\n${rows.join('\n')}</table>\n<p>This review shows ${shown}.</p>\n`;
}

/** One edition × language: its lessons, headings `depth` levels down, element ids after `idPrefix`. */
function variantHtml(variant: VariantReview, depth: number, idPrefix: string): string {
  const h = (level: number): string => `h${Math.min(6, level + depth)}`;
  const only = (editions: readonly string[] | undefined, what: string): string =>
    editions ? `<p class="editions">${what} only in the ${esc(describeEditions(editions))} edition${editions.length === 1 ? '' : 's'}.</p>` : '';
  return variant.lessons
    .map((lesson, i) => {
      const blocks = lesson.blocks.map((b) => `${only(b.editions, 'This part is')}${b.kind === 'scenario-review' ? scenarioHtml(b.review, h) : blockHtml(b, depth)}`);
      return `<section class="lesson" id="${esc(lessonAnchor(idPrefix, lesson.id))}">\n<${h(2)}>Lesson ${i + 1}: ${esc(lesson.title)}</${h(2)}>\n${only(lesson.editions, 'This lesson is')}${blocks.join('\n')}\n</section>`;
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
function contentsHtml(review: CourseReview, headed: boolean): string {
  const lessons = (variant: VariantReview, idPrefix: string): string =>
    `<ol>${variant.lessons.map((l) => `<li><a href="#${esc(lessonAnchor(idPrefix, l.id))}">${esc(l.title)}</a></li>`).join('')}</ol>`;
  const list = headed
    ? `<ul>${review.variants.map((v) => `<li><a href="#${esc(variantAnchor(v))}">${esc(variantHeading(v, review.course))}</a>${lessons(v, `${variantAnchor(v)}-`)}</li>`).join('\n')}</ul>`
    : lessons(review.variants[0] ?? { language: review.course.language, lessons: [] }, '');
  return `<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>\n${list}</nav>\n`;
}

/**
 * One block, its heading `depth` levels down. The author's own headings go under the review's: a
 * lesson's `##` under the lesson's heading, one in a block's text under the block's, so the
 * document's outline (which screen readers and a PDF's bookmarks show) matches the course.
 */
function blockHtml(block: Block, depth: number): string {
  const h = (level: number): string => `h${Math.min(6, level + depth)}`;
  // The author's text under a heading of level `level` (h(level)): its `##` one level below that.
  // A lesson's text and its blocks' keep their levels among themselves, as learners see them.
  const under = (level: number) => (html: string): string => nestHeadings(offlineHtml(html), level - 1 + depth);
  const text = under(2);
  const box = (title: string, body: string): string => `<div class="block"><${h(3)}>${title}</${h(3)}>\n${body}</div>`;
  switch (block.kind) {
    case 'markdown':
      return text(block.html);
    case 'content-note':
      return box(`Content note <code>${esc(block.id)}</code>`, `${text(block.html)}${block.skip ? '\n<p><em>Offers to skip to the next lesson.</em></p>' : ''}`);
    case 'check': {
      const options = block.options.map((o) =>
        `<li class="${o.correct ? 'correct' : 'wrong'}">${text(o.html)}${o.correct ? ' (correct)' : ''}${o.feedbackHtml ? `<div class="feedback">Feedback: ${text(o.feedbackHtml)}</div>` : ''}</li>`,
      );
      const kind = { single: 'one answer', multiple: 'several answers', 'true-false': 'true or false' }[block.type];
      return box(`Check <code>${esc(block.id)}</code> (${kind}${block.graded ? ', graded' : ''})`, `${text(block.promptHtml)}\n<ul>${options.join('\n')}</ul>`);
    }
    case 'practice': {
      const techniques = block.techniques.map((t) =>
        `<li class="${t.recommended ? 'correct' : 'wrong'}"><strong>${esc(t.label)}</strong> ${text(t.html)}${t.recommended ? ' (recommended)' : ''}${t.feedbackHtml ? `<div class="feedback">Feedback: ${text(t.feedbackHtml)}</div>` : ''}</li>`,
      );
      return box(`Practice <code>${esc(block.id)}</code> (${block.mode === 'order' ? 'put in order' : 'choose'})`, `${text(block.situationHtml)}\n<ul>${techniques.join('\n')}</ul>`);
    }
    case 'reflection':
      return box(`Reflection <code>${esc(block.id)}</code>`, text(block.promptHtml));
    case 'acknowledgement':
      return box(`Acknowledgement <code>${esc(block.id)}</code>${block.required ? ' (required)' : ''}`, text(block.statementHtml));
    case 'interview':
      return box(`Interview <code>${esc(block.id)}</code>: ${esc(block.speaker)}${block.role ? `, ${esc(block.role)}` : ''}`,
        [text(block.introHtml), ...[...block.quotes, ...block.parts.map((p) => p.quote ?? p.html ?? '')].map((q) => (typeof q === 'string' ? text(q) : `<blockquote>${text(q.html)}<p>— ${esc(q.by)}</p></blockquote>`)), block.transcriptHtml ? `<${h(4)}>Transcript</${h(4)}>${under(4)(block.transcriptHtml)}` : ''].join('\n'));
    default:
      return '';
  }
}

