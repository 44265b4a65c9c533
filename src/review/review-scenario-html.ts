import { escapeHtml as esc, offlineHtml } from './review-html.js';
import type { ScenarioReview } from './review-scenario.js';
import { reviewStep } from './review-step.js';
import { describeEnding, pathLabel, pathsShown, recommendedAt } from './review-summary.js';

/** One scenario in the HTML review; `h(level)` names the heading element at the review's depth. */
export function scenarioHtml(review: ScenarioReview, h: (level: number) => string): string {
  const { block } = review;
  const tally = review.endings.map((e) => `<tr><td>${esc(describeEnding(e))}</td><td>${e.count}</td></tr>`).join('\n');
  const groups = review.endings.map((ending) => {
    const shown = pathsShown(review, ending);
    const paths = shown.map((entry) => {
      const { number, path } = entry;
      const steps = path.steps.map((s) => {
        const step = reviewStep(block, s);
        const instead = step.choiceHtml !== undefined && !step.recommended ? recommendedAt(review, step.node) : [];
        const what = step.choiceHtml !== undefined
          ? `picks ${offlineHtml(step.choiceHtml)}${step.recommended ? ' <strong>(recommended choice)</strong>' : ''}${instead.length ? ` <span class="effects">(recommended here: ${instead.map((id) => `<code>${esc(id)}</code>`).join(', ')})</span>` : ''}`
          : `takes ${esc(step.route ?? '')}`;
        return `<li><code>${esc(step.node)}</code>${step.nodeTitle ? ` ${esc(step.nodeTitle)}` : ''}: ${what}${step.when ? ` <span class="effects">(when ${esc(step.when)})</span>` : ''}${step.effects ? ` <span class="effects">[${esc(step.effects)}]</span>` : ''}${step.consequenceHtml ? `<div class="consequence">${offlineHtml(step.consequenceHtml)}</div>` : ''}</li>`;
      });
      const score = path.score !== undefined ? `, score ${path.score}` : '';
      const label = pathLabel(entry);
      return `<li${label ? ' class="recommended"' : ''}><strong>Path ${number}${label ? ` (${label})` : ''}</strong>${score}<ol>${steps.join('\n')}<li>ending <code>${esc(path.end)}</code></li></ol></li>`;
    });
    const more = ending.count > shown.length ? `<p>${ending.count - shown.length} more paths reach this ending; run <code>coursewright graph --paths</code> to list them all.</p>` : '';
    return `<${h(4)}>${esc(describeEnding(ending))}: ${ending.count} path${ending.count === 1 ? '' : 's'}</${h(4)}>\n<ul>${paths.join('\n')}</ul>${more}`;
  });
  const truncated = review.truncated ? `<p><strong>The search stopped at its limit after ${review.total} paths: there are more, so the counts are at least these.</strong></p>` : '';
  const recommended = review.recommended.length ? `<p>Recommended path: ${review.recommended.map((n) => `<code>${esc(n)}</code>`).join(' → ')}</p>` : '<p><strong>No recommended path reaches an ending.</strong></p>';
  return `<div class="block"><${h(3)}>Scenario <code>${esc(block.scenario.id)}</code>: ${esc(block.scenario.title)}</${h(3)}>
<p>${review.total} path${review.total === 1 ? '' : 's'} from <code>${esc(block.scenario.start)}</code> to an ending.</p>${truncated}
${recommended}
<table><tr><th>Ending</th><th>Paths</th></tr>
${tally}</table>
${decisionsHtml(review, h)}
${groups.join('\n')}</div>`;
}

/** Every step with choices, each choice listed and every recommended one marked. */
function decisionsHtml(review: ScenarioReview, h: (level: number) => string): string {
  const items = review.decisions.map((decision) => {
    const none = decision.choices.some((c) => c.recommended) ? '' : ' (no choice is recommended here)';
    const choices = decision.choices.map(
      (c) => `<li class="${c.recommended ? 'correct' : 'wrong'}"><code>${esc(c.id)}</code> ${offlineHtml(c.html)}${c.recommended ? ' <strong>(recommended)</strong>' : ''}${c.when ? ` <span class="effects">(when ${esc(c.when)})</span>` : ''}</li>`,
    );
    return `<li><code>${esc(decision.node)}</code>${decision.nodeTitle ? ` ${esc(decision.nodeTitle)}` : ''}${none}<ul>${choices.join('\n')}</ul></li>`;
  });
  return `<${h(4)}>Choices at each step</${h(4)}>\n<p>Recommended choices are marked; where a step has several, the debrief counts any of them as following the advice.</p>\n<ul>${items.join('\n')}</ul>`;
}
