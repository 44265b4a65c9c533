import type { Block } from '../model/blocks.js';
import { htmlToText } from './review-html.js';
import type { CourseReview, LessonReview, VariantReview } from './review-course.js';
import { scenarioMarkdown } from './review-scenario-markdown.js';
import { documentLanguage, editionsHeaded, variantHeading } from './review-variants.js';
import { reviewWords, type ReviewWords } from './review-words.js';

/**
 * The review as Markdown, for tracked changes in a repository or pasting into a ticket: its own
 * words in the language reviewed (`documentLanguage`), each part's in the part's.
 */
export function reviewToMarkdown(review: CourseReview): string {
  const { course } = review;
  const words = reviewWords(documentLanguage(review));
  const parts = [`# ${words.reviewOf(course.title)}`, words.courseLine(`\`${course.id}\``, course.version)];
  const headed = editionsHeaded(review);
  if (review.editions) {
    const { editions, lessons } = review.editions;
    parts.push(
      `## ${words.lessonsInEachEdition}`,
      [
        `| ${words.lessonColumn} | ${editions.map((e) => `${e.title} (\`${e.id}\`)`).join(' | ')} |`,
        `| --- |${editions.map(() => ' --- |').join('')}`,
        ...lessons.map((l) => `| ${l.title} | ${editions.map((e) => (l.editions.includes(e.id) ? (l.partly.length ? words.yesWithPassages : words.yes) : '—')).join(' | ')} |`),
      ].join('\n'),
      words.reviewShows(review.variants.map((v) => variantHeading(v, course, words)).join('; ')),
    );
  }
  for (const variant of review.variants) {
    const own = reviewWords(variant.language);
    if (headed) parts.push(`## ${variantHeading(variant, course, own)}`);
    parts.push(...variantMarkdown(variant, headed ? 1 : 0, own));
  }
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function variantMarkdown(variant: VariantReview, depth: number, words: ReviewWords): string[] {
  const h = (level: number): string => '#'.repeat(level + depth);
  return variant.lessons.flatMap((lesson: LessonReview, i) => [
    `${h(2)} ${words.lesson(i + 1, lesson.title)}`,
    lesson.editions ? `*${words.lessonOnly(lesson.editions)}*` : '',
    ...lesson.blocks.flatMap((block) => [
      block.editions ? `*${words.blockOnly(block.editions)}*` : '',
      block.kind === 'scenario-review' ? scenarioMarkdown(block.review, h, words) : blockMarkdown(block, h, words),
    ]),
  ]);
}

const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');

function blockMarkdown(block: Block, h: (level: number) => string, words: ReviewWords): string {
  const text = (html: string): string => htmlToText(html, words);
  const code = (id: string): string => `\`${id}\``;
  const feedback = (html: string | undefined): string => (html ? `\n  ${words.feedback}: ${text(html)}` : '');
  switch (block.kind) {
    case 'markdown':
      return text(block.html);
    case 'content-note':
      return `${h(3)} ${words.contentNote(code(block.id))}\n\n${text(block.html)}${block.skip ? `\n\n*${words.offersSkip}*` : ''}`;
    case 'check': {
      const options = block.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${text(o.html)}${o.correct ? ` **${words.correct}**` : ''}${feedback(o.feedbackHtml)}`);
      return `${h(3)} ${words.check(code(block.id), block.type, block.graded)}\n\n${text(block.promptHtml)}\n\n${options.join('\n')}`;
    }
    case 'practice': {
      const techniques = block.techniques.map((t) => `- ${t.recommended ? `**${words.recommended}** ` : ''}${t.label}: ${text(t.html)}${feedback(t.feedbackHtml)}`);
      return `${h(3)} ${words.practice(code(block.id), block.mode)}\n\n${text(block.situationHtml)}\n\n${techniques.join('\n')}`;
    }
    case 'reflection':
      return `${h(3)} ${words.reflection(code(block.id))}\n\n${text(block.promptHtml)}`;
    case 'acknowledgement':
      return `${h(3)} ${words.acknowledgement(code(block.id), block.required)}\n\n${text(block.statementHtml)}`;
    case 'interview': {
      const transcript = block.transcriptHtml ? `\n\n${words.transcript}:\n\n${quote(text(block.transcriptHtml))}` : '';
      const quotes = [...block.quotes, ...block.parts.map((p) => p.quote ?? p.html ?? '')].map((q) => `\n\n${typeof q === 'string' ? text(q) : quote(`${text(q.html)}\n\n— ${q.by}`)}`);
      return `${h(3)} ${words.interview(code(block.id), `${block.speaker}${block.role ? `, ${block.role}` : ''}`)}\n\n${text(block.introHtml)}${quotes.join('')}${transcript}`;
    }
    default:
      return '';
  }
}
