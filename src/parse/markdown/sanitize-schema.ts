import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * GitHub-style sanitizing, plus what course text needs: external links that open in a new tab,
 * lazy images, in-course lesson links, and task lists the learner can tick (`tickableTaskLists`:
 * a box inside a label, not disabled). No scripts, styles, frames or event handlers.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'label'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['target', '_blank'], ['rel', 'noopener', 'noreferrer'], 'dataCwLesson'],
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy'], ['decoding', 'async'], 'width', 'height'],
    // "(opens in a new tab)" after a web link, for screen readers only.
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'cw-visually-hidden']],
    input: [['type', 'checkbox'], 'checked', ['disabled', true], 'dataCwTick'],
    label: [['className', 'cw-tick']],
  },
  // GitHub's schema makes every box disabled; a checklist's box in lesson text is one the learner ticks.
  required: { input: { type: 'checkbox' } },
  protocols: { ...defaultSchema.protocols, href: ['https', 'mailto', 'tel', 'http'] },
};
