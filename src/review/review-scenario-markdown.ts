import { loopsFollowedOnce } from '../graph/index.js';
import { htmlToText } from './review-html.js';
import type { ScenarioReview } from './review-scenario.js';
import { reviewStep } from './review-step.js';
import { describeEnding, describeStepEnding, pathLabel, pathsShown, recommendedAt } from './review-summary.js';

const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');
const inline = (html: string): string => htmlToText(html).replace(/\s*\n\s*/g, ' ');

/** One scenario in the Markdown review; `h(level)` gives the heading marks at the review's depth. */
export function scenarioMarkdown(review: ScenarioReview, h: (level: number) => string): string {
  const { block } = review;
  const lines = [`${h(3)} Scenario \`${block.scenario.id}\`: ${block.scenario.title}`, '', `${review.total} path${review.total === 1 ? '' : 's'} from \`${block.scenario.start}\` to an ending.`];
  if (review.truncated) lines.push('', `**The search stopped at its limit after ${review.total} paths: there are more, so the counts are at least these.**`);
  if (review.loops) lines.push('', loopsFollowedOnce);
  lines.push('', review.recommended.length ? `Recommended path: ${review.recommended.map((n) => `\`${n}\``).join(' → ')}` : '**No recommended path reaches an ending.**');
  lines.push('', '| Ending | Paths |', '| --- | --- |', ...review.endings.map((e) => `| ${describeEnding(e)} | ${e.count} |`));
  lines.push('', `${h(4)} Every step, as learners read it`, '', 'Each step in file order with its choices and what follows each; recommended choices are marked, and where a step has several, the debrief counts any of them as following the advice.', '');
  for (const step of review.decisions) {
    const none = step.choices.length && !step.choices.some((c) => c.recommended) ? ' (no choice is recommended here)' : '';
    lines.push(`- \`${step.node}\`${step.nodeTitle ? ` ${step.nodeTitle}` : ''}${step.speaker ? ` (${step.speaker} speaks)` : ''}${none}:`);
    if (step.ending) lines.push(`  - **Ending**: ${describeStepEnding(step.ending)}`);
    if (step.media) lines.push(`  - ${step.media.kind} \`${step.media.path}\`${step.media.alt !== undefined ? `, alternative text: "${step.media.alt}"` : ''}`);
    if (step.textHtml) lines.push(`  ${quote(htmlToText(step.textHtml)).replace(/\n/g, '\n  ')}`);
    for (const c of step.choices) {
      lines.push(`  - ${c.recommended ? '**(recommended)** ' : ''}\`${c.id}\`: ${inline(c.html)}${c.when ? ` (when ${c.when})` : ''} → \`${c.goto}\`${c.effects ? ` [${c.effects}]` : ''}`);
      if (c.consequenceHtml) lines.push(`    ${quote(htmlToText(c.consequenceHtml)).replace(/\n/g, '\n    ')}`);
    }
    step.routes.forEach((r, i) => lines.push(`  - route ${i + 1}${r.when ? ` (when ${r.when})` : ''} → \`${r.goto}\``));
  }
  for (const ending of review.endings) {
    lines.push('', `${h(4)} ${describeEnding(ending)}: ${ending.count} path${ending.count === 1 ? '' : 's'}`);
    const shown = pathsShown(review, ending);
    for (const entry of shown) {
      const { number, path } = entry;
      const label = pathLabel(entry);
      lines.push('', `Path ${number}${label ? ` **(${label})**` : ''}${path.score !== undefined ? `, score ${path.score}` : ''}:`, '');
      path.steps.forEach((s, i) => {
        const step = reviewStep(block, s);
        const instead = step.choiceHtml !== undefined && !step.recommended ? recommendedAt(review, step.node) : [];
        const what = step.choiceHtml !== undefined
          ? `picks "${inline(step.choiceHtml)}"${step.recommended ? ' (recommended choice)' : ''}${instead.length ? ` (recommended here: ${instead.map((id) => `\`${id}\``).join(', ')})` : ''}`
          : `takes ${step.route ?? ''}`;
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
