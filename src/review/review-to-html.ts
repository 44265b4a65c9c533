import type { Block } from '../model/blocks.js';
import { escapeHtml as esc, offlineHtml } from './review-html.js';
import type { CourseReview, ScenarioReview } from './review-course.js';
import { reviewStep } from './review-step.js';
import { describeEnding, pathsShown } from './review-summary.js';

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1,h2,h3{line-height:1.2}section.lesson{border-top:2px solid #999;margin-top:2rem}.block{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #ccc}
.correct{font-weight:bold}.correct::before{content:"✓ "}.wrong::before{content:"✗ "}.feedback,.consequence{color:#444;font-style:italic}
.recommended{background:#eef7ee}.media,.href{color:#666}.effects{color:#555;font-size:.9em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
@media print{section.lesson{break-before:page}}`;

/**
 * The review as one self-contained HTML document: inline styles, no scripts, no external files,
 * so it can be mailed, printed or archived with the sign-off.
 */
export function reviewToHtml(review: CourseReview): string {
  const { course } = review;
  const lessons = review.lessons.map((lesson, i) =>
    `<section class="lesson" id="lesson-${esc(lesson.id)}">\n<h2>Lesson ${i + 1}: ${esc(lesson.title)}</h2>\n${lesson.blocks.map((b) => (b.kind === 'scenario-review' ? scenarioHtml(b.review) : blockHtml(b))).join('\n')}\n</section>`,
  );
  return `<!doctype html>
<html lang="${esc(course.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Review: ${esc(course.title)} ${esc(course.version)}</title>
<style>${style}</style>
</head>
<body>
<h1>Review: ${esc(course.title)}</h1>
<p>Course <code>${esc(course.id)}</code>, version ${esc(course.version)}. Every lesson's text, every check with its answers and feedback, and every path through each scenario.</p>
${lessons.join('\n')}
</body>
</html>
`;
}

function blockHtml(block: Block): string {
  const box = (title: string, body: string): string => `<div class="block"><h3>${title}</h3>\n${body}</div>`;
  switch (block.kind) {
    case 'markdown':
      return offlineHtml(block.html);
    case 'content-note':
      return box(`Content note <code>${esc(block.id)}</code>`, offlineHtml(block.html));
    case 'check': {
      const options = block.options.map((o) =>
        `<li class="${o.correct ? 'correct' : 'wrong'}">${offlineHtml(o.html)}${o.correct ? ' (correct)' : ''}${o.feedbackHtml ? `<div class="feedback">Feedback: ${offlineHtml(o.feedbackHtml)}</div>` : ''}</li>`,
      );
      const kind = { single: 'one answer', multiple: 'several answers', 'true-false': 'true or false' }[block.type];
      return box(`Check <code>${esc(block.id)}</code> (${kind}${block.graded ? ', graded' : ''})`, `${offlineHtml(block.promptHtml)}\n<ul>${options.join('\n')}</ul>`);
    }
    case 'practice': {
      const techniques = block.techniques.map((t) =>
        `<li class="${t.recommended ? 'correct' : 'wrong'}"><strong>${esc(t.label)}</strong> ${offlineHtml(t.html)}${t.recommended ? ' (recommended)' : ''}${t.feedbackHtml ? `<div class="feedback">Feedback: ${offlineHtml(t.feedbackHtml)}</div>` : ''}</li>`,
      );
      return box(`Practice <code>${esc(block.id)}</code> (${block.mode === 'order' ? 'put in order' : 'choose'})`, `${offlineHtml(block.situationHtml)}\n<ul>${techniques.join('\n')}</ul>`);
    }
    case 'reflection':
      return box(`Reflection <code>${esc(block.id)}</code>`, offlineHtml(block.promptHtml));
    case 'acknowledgement':
      return box(`Acknowledgement <code>${esc(block.id)}</code>${block.required ? ' (required)' : ''}`, offlineHtml(block.statementHtml));
    case 'interview':
      return box(`Interview <code>${esc(block.id)}</code>: ${esc(block.speaker)}${block.role ? `, ${esc(block.role)}` : ''}`,
        [offlineHtml(block.introHtml), ...[...block.quotes, ...block.parts.map((p) => p.quote ?? p.html ?? '')].map((q) => (typeof q === 'string' ? offlineHtml(q) : `<blockquote>${offlineHtml(q.html)}<p>— ${esc(q.by)}</p></blockquote>`)), block.transcriptHtml ? `<h4>Transcript</h4>${offlineHtml(block.transcriptHtml)}` : ''].join('\n'));
    default:
      return '';
  }
}

function scenarioHtml(review: ScenarioReview): string {
  const { block } = review;
  const tally = review.endings.map((e) => `<tr><td>${esc(describeEnding(e))}</td><td>${e.count}</td></tr>`).join('\n');
  const groups = review.endings.map((ending) => {
    const shown = pathsShown(review, ending);
    const paths = shown.map(({ number, path, recommended }) => {
      const steps = path.steps.map((s) => {
        const step = reviewStep(block, s);
        const what = step.choiceHtml !== undefined ? `picks ${offlineHtml(step.choiceHtml)}${step.recommended ? ' <strong>(recommended choice)</strong>' : ''}` : `takes ${esc(step.route ?? '')}`;
        return `<li><code>${esc(step.node)}</code>${step.nodeTitle ? ` ${esc(step.nodeTitle)}` : ''}: ${what}${step.when ? ` <span class="effects">(when ${esc(step.when)})</span>` : ''}${step.effects ? ` <span class="effects">[${esc(step.effects)}]</span>` : ''}${step.consequenceHtml ? `<div class="consequence">${offlineHtml(step.consequenceHtml)}</div>` : ''}</li>`;
      });
      const score = path.score !== undefined ? `, score ${path.score}` : '';
      return `<li${recommended ? ' class="recommended"' : ''}><strong>Path ${number}${recommended ? ' (recommended path)' : ''}</strong>${score}<ol>${steps.join('\n')}<li>ending <code>${esc(path.end)}</code></li></ol></li>`;
    });
    const more = ending.count > shown.length ? `<p>${ending.count - shown.length} more paths reach this ending; run <code>coursewright graph --paths</code> to list them all.</p>` : '';
    return `<h4>${esc(describeEnding(ending))}: ${ending.count} path${ending.count === 1 ? '' : 's'}</h4>\n<ul>${paths.join('\n')}</ul>${more}`;
  });
  const truncated = review.truncated ? `<p><strong>The search stopped at its limit after ${review.total} paths: there are more, so the counts are at least these.</strong></p>` : '';
  const recommended = review.recommended.length ? `<p>Recommended path: ${review.recommended.map((n) => `<code>${esc(n)}</code>`).join(' → ')}</p>` : '<p><strong>No recommended path reaches an ending.</strong></p>';
  return `<div class="block"><h3>Scenario <code>${esc(block.scenario.id)}</code>: ${esc(block.scenario.title)}</h3>
<p>${review.total} path${review.total === 1 ? '' : 's'} from <code>${esc(block.scenario.start)}</code> to an ending.</p>${truncated}
${recommended}
<table><tr><th>Ending</th><th>Paths</th></tr>
${tally}</table>
${groups.join('\n')}</div>`;
}
