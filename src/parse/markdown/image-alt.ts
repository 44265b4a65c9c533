import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { SourceLocation } from '../../model/position.js';

/** Descriptions that say only that a picture is one (in the languages the player speaks). */
const pictureWords = new Set(['image', 'picture', 'photo', 'photograph', 'graphic', 'img', 'icon', 'imagen', 'foto', 'fotografía', 'gráfico', 'icono']);
const pictureFile = /^[\w\- ]+\.(?:png|jpe?g|gif|webp|avif|svg)$|^(?:img|dsc|pxl|screenshot|captura)[_\- ]?\d/i;
// Regular expressions spell non-ASCII letters as escapes: the built CLI is ASCII (test/cli/cli-bundle.test.ts).
const saysPicture = /^(?:an? |the )?(?:image|picture|photo|photograph|graphic) of\b|^(?:una? |la )?(?:imagen|foto|fotograf\u00eda) de\b/i;

/**
 * Report (`image-alt-unhelpful`) a picture's description that tells a screen reader user nothing
 * of it: a word for "picture", a file name, or a description that starts "Image of", which screen
 * readers already say (WCAG 1.1.1). For lesson pictures and scenario steps' pictures alike.
 */
export function checkImageAlt(alt: string, at: SourceLocation, sink: DiagnosticSink): void {
  const text = alt.replace(/\s+/g, ' ').trim();
  const bare = text.toLowerCase().replace(/[.:!]+$/, '');
  if (bare === 'decorative') return;
  const reason = pictureWords.has(bare) ? 'only says it is a picture' : pictureFile.test(text) ? 'is a file name' : saysPicture.test(text) ? 'starts by saying it is a picture, which screen readers already say' : undefined;
  if (reason) sink.report('image-alt-unhelpful', { at, values: { alt: text, reason } });
}
