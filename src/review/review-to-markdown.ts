import type { Block } from '../model/blocks.js';
import { htmlToText } from './review-html.js';
import type { CourseReview, ScenarioReview } from './review-course.js';
import { reviewStep } from './review-step.js';
import { describeEnding, pathsShown } from './review-summary.js';

/** The review as Markdown, for tracked changes in a repository or pasting into a ticket. */
export function reviewToMarkdown(review: CourseReview): string {
  const { course } = review;
  const parts = [`# Review: ${course.title}`, `Course \`${course.id}\`, version ${course.version}.`];
  review.lessons.forEach((lesson, i) => {
    parts.push(`## Lesson ${i + 1}: ${lesson.title}`);
    for (const block of lesson.blocks) parts.push(block.kind === 'scenario-review' ? scenarioMarkdown(block.review) : blockMarkdown(block));
  });
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'markdown':
      return htmlToText(block.html);
    case 'content-note':
      return `### Content note \`${block.id}\`\n\n${htmlToText(block.html)}`;
    case 'check': {
      const options = block.options.map((o) => {
        const feedback = o.feedbackHtml ? `\n  Feedback: ${htmlToText(o.feedbackHtml)}` : '';
        return `- [${o.correct ? 'x' : ' '}] ${htmlToText(o.html)}${o.correct ? ' **(correct)**' : ''}${feedback}`;
      });
      return `### Check \`${block.id}\` (${block.type}${block.graded ? ', graded' : ''})\n\n${htmlToText(block.promptHtml)}\n\n${options.join('\n')}`;
    }
    case 'practice': {
      const techniques = block.techniques.map((t) => `- ${t.recommended ? '**(recommended)** ' : ''}${t.label}: ${htmlToText(t.html)}${t.feedbackHtml ? `\n  Feedback: ${htmlToText(t.feedbackHtml)}` : ''}`);
      return `### Practice \`${block.id}\` (${block.mode})\n\n${htmlToText(block.situationHtml)}\n\n${techniques.join('\n')}`;
    }
    case 'reflection':
      return `### Reflection \`${block.id}\`\n\n${htmlToText(block.promptHtml)}`;
    case 'acknowledgement':
      return `### Acknowledgement \`${block.id}\`\n\n${htmlToText(block.statementHtml)}`;
    case 'interview': {
      const transcript = block.transcriptHtml ? `\n\nTranscript:\n\n${quote(htmlToText(block.transcriptHtml))}` : '';
      return `### Interview \`${block.id}\`: ${block.speaker}\n\n${htmlToText(block.introHtml)}${[...block.quotes, ...block.parts.map((p) => p.quote ?? p.html ?? '')].map((q) => `\n\n${typeof q === 'string' ? htmlToText(q) : quote(`${htmlToText(q.html)}\n\n— ${q.by}`)}`).join('')}${transcript}`;
    }
    default:
      return '';
  }
}

function scenarioMarkdown(review: ScenarioReview): string {
  const { block } = review;
  const lines = [`### Scenario \`${block.scenario.id}\`: ${block.scenario.title}`, '', `${review.total} path${review.total === 1 ? '' : 's'} from \`${block.scenario.start}\` to an ending.`];
  if (review.truncated) lines.push('', `**The search stopped at its limit after ${review.total} paths: there are more, so the counts are at least these.**`);
  lines.push('', review.recommended.length ? `Recommended path: ${review.recommended.map((n) => `\`${n}\``).join(' → ')}` : '**No recommended path reaches an ending.**');
  lines.push('', '| Ending | Paths |', '| --- | --- |', ...review.endings.map((e) => `| ${describeEnding(e)} | ${e.count} |`));
  for (const ending of review.endings) {
    lines.push('', `#### ${describeEnding(ending)}: ${ending.count} path${ending.count === 1 ? '' : 's'}`);
    const shown = pathsShown(review, ending);
    for (const { number, path, recommended } of shown) {
      lines.push('', `Path ${number}${recommended ? ' **(recommended path)**' : ''}${path.score !== undefined ? `, score ${path.score}` : ''}:`, '');
      path.steps.forEach((s, i) => {
        const step = reviewStep(block, s);
        const what = step.choiceHtml !== undefined ? `picks "${htmlToText(step.choiceHtml).replace(/\s*\n\s*/g, ' ')}"${step.recommended ? ' (recommended choice)' : ''}` : `takes ${step.route ?? ''}`;
        const extra = [step.when ? `when ${step.when}` : '', step.effects].filter(Boolean).join('; ');
        lines.push(`${i + 1}. \`${step.node}\`: ${what}${extra ? ` (${extra})` : ''}`);
        if (step.consequenceHtml) lines.push(`   ${quote(htmlToText(step.consequenceHtml)).replace(/\n/g, '\n   ')}`);
      });
      lines.push(`${path.steps.length + 1}. ending \`${path.end}\``);
    }
    if (ending.count > shown.length) lines.push('', `${ending.count - shown.length} more paths reach this ending; run \`coursewright graph --paths\` to list them all.`);
  }
  return lines.join('\n');
}
