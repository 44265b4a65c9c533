import { escapeHtml } from '../../model/escape-html.js';
import type { ReportKeyInteraction, ReportKeyLesson } from './group-report-key.js';

/** The longest question shown in the contents, in characters: enough to recognise it. */
const excerptLength = 80;

/**
 * The HTML key's table of contents: each lesson, and under it each of its interactions by id and
 * the start of its question, as in-page links (`lessonAnchor(i)` names the i-th lesson's target,
 * `anchors` each interaction's). `own` is the `lang` attribute of the course's words.
 */
export function reportKeyContentsHtml(
  lessons: readonly ReportKeyLesson[],
  lessonAnchor: (index: number) => string,
  anchors: ReadonlyMap<ReportKeyInteraction, string>,
  own: string,
): string {
  const inLang = (text: string): string => (own !== '' ? `<span${own}>${escapeHtml(text)}</span>` : escapeHtml(text));
  const items = lessons.map((lesson, index) => {
    const links = lesson.interactions.map((interaction) => {
      const question = excerpt(interaction.first.question);
      const words = question !== '' ? `: ${inLang(question)}` : '';
      return `<li><a href="#${anchors.get(interaction) ?? ''}"><code>${escapeHtml(interaction.first.interactionId)}</code>${words}</a></li>`;
    });
    return `<li><a href="#${lessonAnchor(index)}">${inLang(lesson.title)}</a>\n<ol>\n${links.join('\n')}\n</ol>\n</li>`;
  });
  return ['<nav aria-labelledby="contents">', '<h2 id="contents">Contents</h2>', '<ol>', ...items, '</ol>', '</nav>'].join('\n');
}

/** The start of a text, cut after a whole word, with `…` when cut. */
function excerpt(text: string): string {
  const chars = [...text];
  if (chars.length <= excerptLength) return text;
  const cut = chars.slice(0, excerptLength).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > excerptLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
