import { loopsFollowedOnce } from '../graph/index.js';
import { escapeHtml as esc, offlineHtml } from './review-html.js';
import type { ScenarioReview } from './review-scenario.js';
import { reviewStep } from './review-step.js';
import { describeEnding, describeStepEnding, pathLabel, pathsShown, recommendedAt } from './review-summary.js';

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
  const truncated = `${review.truncated ? `<p><strong>The search stopped at its limit after ${review.total} paths: there are more, so the counts are at least these.</strong></p>` : ''}${review.loops ? `<p>${loopsFollowedOnce}</p>` : ''}`;
  const recommended = review.recommended.length ? `<p>Recommended path: ${review.recommended.map((n) => `<code>${esc(n)}</code>`).join(' → ')}</p>` : '<p><strong>No recommended path reaches an ending.</strong></p>';
  return `<div class="block"><${h(3)}>Scenario <code>${esc(block.scenario.id)}</code>: ${esc(block.scenario.title)}</${h(3)}>
<p>${review.total} path${review.total === 1 ? '' : 's'} from <code>${esc(block.scenario.start)}</code> to an ending.</p>${truncated}
${recommended}
<table><tr><th>Ending</th><th>Paths</th></tr>
${tally}</table>
${decisionsHtml(review, h)}
${groups.join('\n')}</div>`;
}

/**
 * Every step in file order, as learners read it: speaker, text, picture (its alternative text), the
 * choices with what follows each (every recommended one marked), routes, and each ending's debrief.
 */
function decisionsHtml(review: ScenarioReview, h: (level: number) => string): string {
  const items = review.decisions.map((step) => {
    const none = step.choices.length && !step.choices.some((c) => c.recommended) ? ' (no choice is recommended here)' : '';
    const ending = step.ending ? `<p><strong>Ending</strong>: ${esc(describeStepEnding(step.ending))}</p>` : '';
    const media = step.media ? `<p class="effects">${esc(step.media.kind)} <code>${esc(step.media.path)}</code>${step.media.alt !== undefined ? `, alternative text: "${esc(step.media.alt)}"` : ''}</p>` : '';
    const choices = step.choices.map(
      (c) =>
        `<li class="${c.recommended ? 'correct' : 'wrong'}"><code>${esc(c.id)}</code> ${offlineHtml(c.html)}${c.recommended ? ' <strong>(recommended)</strong>' : ''}${c.when ? ` <span class="effects">(when ${esc(c.when)})</span>` : ''} <span class="effects">→ <code>${esc(c.goto)}</code>${c.effects ? ` [${esc(c.effects)}]` : ''}</span>${c.consequenceHtml ? `<div class="consequence">${offlineHtml(c.consequenceHtml)}</div>` : ''}</li>`,
    );
    const routes = step.routes.map((r, i) => `<li>route ${i + 1}${r.when ? ` (when ${esc(r.when)})` : ''} → <code>${esc(r.goto)}</code></li>`);
    const lists = [choices.length ? `<ul>${choices.join('\n')}</ul>` : '', routes.length ? `<ul>${routes.join('\n')}</ul>` : ''].join('');
    return `<li><code>${esc(step.node)}</code>${step.nodeTitle ? ` ${esc(step.nodeTitle)}` : ''}${step.speaker ? ` <span class="effects">(${esc(step.speaker)} speaks)</span>` : ''}${none}${ending}${media}<div class="consequence">${offlineHtml(step.textHtml)}</div>${lists}</li>`;
  });
  return `<${h(4)}>Every step, as learners read it</${h(4)}>\n<p>Each step in file order with its choices and what follows each; recommended choices are marked, and where a step has several, the debrief counts any of them as following the advice.</p>\n<ul>${items.join('\n')}</ul>`;
}
