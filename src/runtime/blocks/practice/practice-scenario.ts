import type { RuntimePractice, RuntimeScenario } from '../../../model/runtime-data.js';

/** Id of the single node of a practice scenario. */
export const practiceNodeId = 'practice';

/**
 * A choose-mode practice as a one-node scenario: every technique is a choice that leads back to
 * the same situation, so practice runs on the scenario decision engine (offered choices, results,
 * interaction records) and gains whatever it learns later.
 */
export function practiceScenario(practice: RuntimePractice): RuntimeScenario {
  return {
    kind: 'scenario',
    id: practice.id,
    lesson: practice.lesson,
    title: practice.situation,
    start: practiceNodeId,
    variables: [],
    nodes: [
      {
        id: practiceNodeId,
        html: '',
        choices: practice.techniques.map((t) => ({
          id: t.id,
          html: '',
          text: techniqueText(t),
          ...(t.feedbackHtml !== undefined ? { consequenceHtml: t.feedbackHtml } : {}),
          effects: {},
          goto: practiceNodeId,
          recommended: t.recommended,
        })),
        routes: [],
      },
    ],
    allowRewind: false,
    allowRestart: true,
    recommendedPath: [],
  };
}

/** "Label: text" without repeating the label when the text already starts with it. */
export function techniqueText(technique: { label: string; text: string }): string {
  const body = techniqueBody(technique);
  return technique.label ? (body ? `${technique.label}: ${body}` : technique.label) : body;
}

/** The technique text without its leading label ("Direct: Say …" → "Say …"). */
export function techniqueBody(technique: { label: string; text: string }): string {
  const text = technique.text.trim();
  if (!technique.label || !text.startsWith(technique.label)) return text;
  return text.slice(technique.label.length).replace(/^[\s:.\u2013\u2014-]+/, '');
}

/** Choose mode is done once a good fit was tried, or every technique was. */
export function practiceChooseDone(practice: RuntimePractice, tried: readonly string[]): boolean {
  const codes = new Set(tried);
  return (
    practice.techniques.some((t) => t.recommended && codes.has(t.code)) ||
    practice.techniques.every((t) => codes.has(t.code))
  );
}
