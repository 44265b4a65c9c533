import { htmlToText } from './review-html.js';
import type { ScenarioReview } from './review-scenario.js';
import { reviewStep } from './review-step.js';
import { describeEnding, describeStepEnding, pathLabel, pathsShown, recommendedAt } from './review-summary.js';
import type { ReviewWords } from './review-words.js';

const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');

/** One scenario in the Markdown review, in `words`; `h(level)` gives the heading marks at the review's depth. */
export function scenarioMarkdown(review: ScenarioReview, h: (level: number) => string, words: ReviewWords): string {
  const { block } = review;
  const text = (html: string): string => htmlToText(html, words);
  const inline = (html: string): string => text(html).replace(/\s*\n\s*/g, ' ');
  const code = (id: string): string => `\`${id}\``;
  const lines = [`${h(3)} ${words.scenario(code(block.scenario.id), block.scenario.title)}`, '', words.pathsFrom(review.total, code(block.scenario.start))];
  if (review.truncated) lines.push('', `**${words.searchStopped(review.total)}**`);
  if (review.loops) lines.push('', words.loopsFollowedOnce);
  lines.push('', review.recommended.length ? words.recommendedPath(review.recommended.map(code).join(' → ')) : `**${words.noRecommendedPath}**`);
  lines.push('', `| ${words.ending} | ${words.pathsColumn} |`, '| --- | --- |', ...review.endings.map((e) => `| ${describeEnding(e, words)} | ${e.count} |`));
  lines.push('', `${h(4)} ${words.everyStep}`, '', words.everyStepNote, '');
  for (const step of review.decisions) {
    const none = step.choices.length && !step.choices.some((c) => c.recommended) ? ` ${words.noChoiceRecommended}` : '';
    lines.push(`- ${code(step.node)}${step.nodeTitle ? ` ${step.nodeTitle}` : ''}${step.speaker ? ` ${words.speaks(step.speaker)}` : ''}${none}:`);
    if (step.ending) lines.push(`  - **${words.ending}**: ${describeStepEnding(step.ending, words)}`);
    if (step.media) lines.push(`  - ${words.mediaKind(step.media.kind)} ${code(step.media.path)}${step.media.alt !== undefined ? `, ${words.altText(step.media.alt)}` : ''}`);
    if (step.textHtml) lines.push(`  ${quote(text(step.textHtml)).replace(/\n/g, '\n  ')}`);
    for (const c of step.choices) {
      lines.push(`  - ${c.recommended ? `**${words.recommended}** ` : ''}${code(c.id)}: ${inline(c.html)}${c.when ? ` (${words.when(c.when)})` : ''} → ${code(c.goto)}${c.effects ? ` [${c.effects}]` : ''}`);
      if (c.consequenceHtml) lines.push(`    ${quote(text(c.consequenceHtml)).replace(/\n/g, '\n    ')}`);
    }
    step.routes.forEach((r, i) => lines.push(`  - ${words.route(i + 1)}${r.when ? ` (${words.when(r.when)})` : ''} → ${code(r.goto)}`));
  }
  for (const ending of review.endings) {
    lines.push('', `${h(4)} ${describeEnding(ending, words)}: ${words.paths(ending.count)}`);
    const shown = pathsShown(review, ending);
    for (const entry of shown) {
      const { number, path } = entry;
      const label = pathLabel(entry, words);
      lines.push('', `${words.path(number)}${label ? ` **(${label})**` : ''}${path.score !== undefined ? `, ${words.score(path.score)}` : ''}:`, '');
      path.steps.forEach((s, i) => {
        const step = reviewStep(block, s, words);
        const instead = step.choiceHtml !== undefined && !step.recommended ? recommendedAt(review, step.node) : [];
        const what = step.choiceHtml !== undefined
          ? `${words.picks(words.quote(inline(step.choiceHtml)))}${step.recommended ? ` ${words.recommendedChoice}` : ''}${instead.length ? ` ${words.recommendedHere(instead.map(code))}` : ''}`
          : words.takes(step.route ?? '');
        const extra = [step.when ? words.when(step.when) : '', step.effects].filter(Boolean).join('; ');
        lines.push(`${i + 1}. ${code(step.node)}: ${what}${extra ? ` (${extra})` : ''}`);
        if (step.consequenceHtml) lines.push(`   ${quote(text(step.consequenceHtml)).replace(/\n/g, '\n   ')}`);
      });
      lines.push(`${path.steps.length + 1}. ${words.endingAt(code(path.end))}`);
    }
    if (ending.count > shown.length) lines.push('', words.morePaths(ending.count - shown.length, '`coursewright graph --paths`'));
  }
  return lines.join('\n');
}
