import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * GitHub-style sanitizing, plus what course text needs: external links that open in a new tab,
 * lazy images, and in-course lesson links. No scripts, styles, frames or event handlers.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['target', '_blank'], ['rel', 'noopener', 'noreferrer'], 'dataCwLesson'],
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy'], ['decoding', 'async'], 'width', 'height'],
    // "(opens in a new tab)" after a web link, for screen readers only.
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'cw-visually-hidden']],
  },
  protocols: { ...defaultSchema.protocols, href: ['https', 'mailto', 'tel', 'http'] },
};
