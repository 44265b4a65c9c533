import { escapeHtml as esc, offlineHtml } from './review-html.js';
import type { ScenarioReview } from './review-scenario.js';
import { reviewStep } from './review-step.js';
import { describeEnding, describeStepEnding, pathLabel, pathsShown, recommendedAt } from './review-summary.js';
import type { ReviewWords } from './review-words.js';

/** One scenario in the HTML review, in `words`; `h(level)` names the heading element at the review's depth. */
export function scenarioHtml(review: ScenarioReview, h: (level: number) => string, words: ReviewWords): string {
  const { block } = review;
  const code = (id: string): string => `<code>${esc(id)}</code>`;
  const tally = review.endings.map((e) => `<tr><td>${esc(describeEnding(e, words))}</td><td>${e.count}</td></tr>`).join('\n');
  const groups = review.endings.map((ending) => {
    const shown = pathsShown(review, ending);
    const paths = shown.map((entry) => {
      const { number, path } = entry;
      const steps = path.steps.map((s) => {
        const step = reviewStep(block, s, words);
        const instead = step.choiceHtml !== undefined && !step.recommended ? recommendedAt(review, step.node) : [];
        const what = step.choiceHtml !== undefined
          ? `${words.picks(offlineHtml(step.choiceHtml, words))}${step.recommended ? ` <strong>${words.recommendedChoice}</strong>` : ''}${instead.length ? ` <span class="effects">${words.recommendedHere(instead.map(code))}</span>` : ''}`
          : esc(words.takes(step.route ?? ''));
        return `<li>${code(step.node)}${step.nodeTitle ? ` ${esc(step.nodeTitle)}` : ''}: ${what}${step.when ? ` <span class="effects">(${esc(words.when(step.when))})</span>` : ''}${step.effects ? ` <span class="effects">[${esc(step.effects)}]</span>` : ''}${step.consequenceHtml ? `<div class="consequence">${offlineHtml(step.consequenceHtml, words)}</div>` : ''}</li>`;
      });
      const score = path.score !== undefined ? `, ${words.score(path.score)}` : '';
      const label = pathLabel(entry, words);
      return `<li${label ? ' class="recommended"' : ''}><strong>${words.path(number)}${label ? ` (${label})` : ''}</strong>${score}<ol>${steps.join('\n')}<li>${words.endingAt(code(path.end))}</li></ol></li>`;
    });
    const more = ending.count > shown.length ? `<p>${words.morePaths(ending.count - shown.length, '<code>coursewright graph --paths</code>')}</p>` : '';
    return `<${h(4)}>${esc(describeEnding(ending, words))}: ${words.paths(ending.count)}</${h(4)}>\n<ul>${paths.join('\n')}</ul>${more}`;
  });
  const truncated = `${review.truncated ? `<p><strong>${words.searchStopped(review.total)}</strong></p>` : ''}${review.loops ? `<p>${words.loopsFollowedOnce}</p>` : ''}`;
  const recommended = review.recommended.length ? `<p>${words.recommendedPath(review.recommended.map(code).join(' → '))}</p>` : `<p><strong>${words.noRecommendedPath}</strong></p>`;
  return `<div class="block"><${h(3)}>${words.scenario(code(block.scenario.id), esc(block.scenario.title))}</${h(3)}>
<p>${words.pathsFrom(review.total, code(block.scenario.start))}</p>${truncated}
${recommended}
<table><tr><th>${words.ending}</th><th>${words.pathsColumn}</th></tr>
${tally}</table>
${decisionsHtml(review, h, words)}
${groups.join('\n')}</div>`;
}

/**
 * Every step in file order, as learners read it: speaker, text, picture (its alternative text), the
 * choices with what follows each (every recommended one marked), routes, and each ending's debrief.
 */
function decisionsHtml(review: ScenarioReview, h: (level: number) => string, words: ReviewWords): string {
  const items = review.decisions.map((step) => {
    const none = step.choices.length && !step.choices.some((c) => c.recommended) ? ` ${words.noChoiceRecommended}` : '';
    const ending = step.ending ? `<p><strong>${words.ending}</strong>: ${esc(describeStepEnding(step.ending, words))}</p>` : '';
    const media = step.media ? `<p class="effects">${esc(words.mediaKind(step.media.kind))} <code>${esc(step.media.path)}</code>${step.media.alt !== undefined ? `, ${words.altText(esc(step.media.alt))}` : ''}</p>` : '';
    const choices = step.choices.map(
      (c) =>
        `<li class="${c.recommended ? 'correct' : 'wrong'}"><code>${esc(c.id)}</code> ${offlineHtml(c.html, words)}${c.recommended ? ` <strong>${words.recommended}</strong>` : ''}${c.when ? ` <span class="effects">(${esc(words.when(c.when))})</span>` : ''} <span class="effects">→ <code>${esc(c.goto)}</code>${c.effects ? ` [${esc(c.effects)}]` : ''}</span>${c.consequenceHtml ? `<div class="consequence">${offlineHtml(c.consequenceHtml, words)}</div>` : ''}</li>`,
    );
    const routes = step.routes.map((r, i) => `<li>${words.route(i + 1)}${r.when ? ` (${esc(words.when(r.when))})` : ''} → <code>${esc(r.goto)}</code></li>`);
    const lists = [choices.length ? `<ul>${choices.join('\n')}</ul>` : '', routes.length ? `<ul>${routes.join('\n')}</ul>` : ''].join('');
    return `<li><code>${esc(step.node)}</code>${step.nodeTitle ? ` ${esc(step.nodeTitle)}` : ''}${step.speaker ? ` <span class="effects">${esc(words.speaks(step.speaker))}</span>` : ''}${none}${ending}${media}<div class="consequence">${offlineHtml(step.textHtml, words)}</div>${lists}</li>`;
  });
  return `<${h(4)}>${words.everyStep}</${h(4)}>\n<p>${words.everyStepNote}</p>\n<ul>${items.join('\n')}</ul>`;
}
