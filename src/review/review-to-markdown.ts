import type { Block } from '../model/blocks.js';
import { htmlToText } from './review-html.js';
import type { CourseReview, LessonReview, VariantReview } from './review-course.js';
import { scenarioMarkdown } from './review-scenario-markdown.js';
import { describeEditions } from './review-summary.js';
import { editionsHeaded, variantHeading } from './review-variants.js';

/** The review as Markdown, for tracked changes in a repository or pasting into a ticket. */
export function reviewToMarkdown(review: CourseReview): string {
  const { course } = review;
  const parts = [`# Review: ${course.title}`, `Course \`${course.id}\`, version ${course.version}.`];
  const headed = editionsHeaded(review);
  if (review.editions) {
    const { editions, lessons } = review.editions;
    parts.push(
      '## Lessons in each edition',
      [
        `| Lesson | ${editions.map((e) => `${e.title} (\`${e.id}\`)`).join(' | ')} |`,
        `| --- |${editions.map(() => ' --- |').join('')}`,
        ...lessons.map((l) => `| ${l.title} | ${editions.map((e) => (l.editions.includes(e.id) ? (l.partly.length ? 'yes, with passages for some editions' : 'yes') : '—')).join(' | ')} |`),
      ].join('\n'),
      `This review shows ${review.variants.map((v) => variantHeading(v, course)).join('; ')}.`,
    );
  }
  for (const variant of review.variants) {
    if (headed) parts.push(`## ${variantHeading(variant, course)}`);
    parts.push(...variantMarkdown(variant, headed ? 1 : 0));
  }
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function variantMarkdown(variant: VariantReview, depth: number): string[] {
  const h = (level: number): string => '#'.repeat(level + depth);
  return variant.lessons.flatMap((lesson: LessonReview, i) => [
    `${h(2)} Lesson ${i + 1}: ${lesson.title}`,
    lesson.editions ? `*Lesson only in the ${describeEditions(lesson.editions)} edition${lesson.editions.length === 1 ? '' : 's'}.*` : '',
    ...lesson.blocks.flatMap((block) => [
      block.editions ? `*Only in the ${describeEditions(block.editions)} edition${block.editions.length === 1 ? '' : 's'}:*` : '',
      block.kind === 'scenario-review' ? scenarioMarkdown(block.review, h) : blockMarkdown(block, h),
    ]),
  ]);
}

const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');

function blockMarkdown(block: Block, h: (level: number) => string): string {
  switch (block.kind) {
    case 'markdown':
      return htmlToText(block.html);
    case 'content-note':
      return `${h(3)} Content note \`${block.id}\`\n\n${htmlToText(block.html)}${block.skip ? '\n\n*Offers to skip to the next lesson.*' : ''}`;
    case 'check': {
      const options = block.options.map((o) => {
        const feedback = o.feedbackHtml ? `\n  Feedback: ${htmlToText(o.feedbackHtml)}` : '';
        return `- [${o.correct ? 'x' : ' '}] ${htmlToText(o.html)}${o.correct ? ' **(correct)**' : ''}${feedback}`;
      });
      const kind = { single: 'one answer', multiple: 'several answers', 'true-false': 'true or false' }[block.type];
      return `${h(3)} Check \`${block.id}\` (${kind}${block.graded ? ', graded' : ''})\n\n${htmlToText(block.promptHtml)}\n\n${options.join('\n')}`;
    }
    case 'practice': {
      const techniques = block.techniques.map((t) => `- ${t.recommended ? '**(recommended)** ' : ''}${t.label}: ${htmlToText(t.html)}${t.feedbackHtml ? `\n  Feedback: ${htmlToText(t.feedbackHtml)}` : ''}`);
      return `${h(3)} Practice \`${block.id}\` (${block.mode === 'order' ? 'put in order' : 'choose'})\n\n${htmlToText(block.situationHtml)}\n\n${techniques.join('\n')}`;
    }
    case 'reflection':
      return `${h(3)} Reflection \`${block.id}\`\n\n${htmlToText(block.promptHtml)}`;
    case 'acknowledgement':
      return `${h(3)} Acknowledgement \`${block.id}\`${block.required ? ' (required)' : ''}\n\n${htmlToText(block.statementHtml)}`;
    case 'interview': {
      const transcript = block.transcriptHtml ? `\n\nTranscript:\n\n${quote(htmlToText(block.transcriptHtml))}` : '';
      return `${h(3)} Interview \`${block.id}\`: ${block.speaker}${block.role ? `, ${block.role}` : ''}\n\n${htmlToText(block.introHtml)}${[...block.quotes, ...block.parts.map((p) => p.quote ?? p.html ?? '')].map((q) => `\n\n${typeof q === 'string' ? htmlToText(q) : quote(`${htmlToText(q.html)}\n\n— ${q.by}`)}`).join('')}${transcript}`;
    }
    default:
      return '';
  }
}
