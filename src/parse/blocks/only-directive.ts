import type { Directive } from './directive-attributes.js';
import type { BlockContext } from './block-context.js';
import { readAttributes, reportMissingAttribute } from './directive-attributes.js';

/** `:::only{editions="manager"}` … `:::`: wording (and blocks) only some editions have. */
export const onlyDirective = 'only';

/**
 * Check an `only` container: it needs an `editions` attribute (already taken off by
 * `takeEditionsAttribute`, hence `editions`) and takes no other.
 */
export function checkOnlyDirective(node: Directive, editions: string[] | undefined, ctx: BlockContext): void {
  // `editions` was read already: named here, a misspelt `edition=` is told what was meant.
  readAttributes(node, { known: { editions: 'text' }, example: 'editions="manager"' }, ctx);
  if (editions === undefined) {
    reportMissingAttribute(node, 'editions', 'editions="manager"', ctx);
  }
}
