import type { PhrasingContent, RootContent } from 'mdast';
import type { BlockContext } from './block-context.js';
import { readAttributes, type Directive } from './directive-attributes.js';
import { nodeLocation } from '../markdown/node-location.js';

/** `:::details[Why a joke matters]` … `:::`: text a learner opens when they want it (an accordion). */
export const detailsDirective = 'details';

/**
 * A `details` container as Markdown the lesson's text carries: an HTML `<details>` whose
 * `<summary>` is the label in brackets, around the container's text. The browser opens and closes
 * it (keyboard and screen readers included); nothing is tracked. Without a label it is reported
 * (`details-missing-summary`) and its text shown as it is, open. It takes no attributes: to limit
 * it to some editions, put it in an `:::only` block.
 */
export function readDetails(node: Directive, ctx: BlockContext): RootContent[] {
  readAttributes(node, { known: {}, example: '', noId: 'Details take no id: nothing in them is tracked or linked to.' }, ctx);
  const [first, ...rest] = node.children as RootContent[];
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first.children : undefined;
  if (!label?.length) {
    ctx.sink.report('details-missing-summary', { at: nodeLocation(node, ctx.file) });
    return node.children as RootContent[];
  }
  const summary = { type: 'detailsSummary', data: { hName: 'summary' }, children: label as PhrasingContent[] };
  // A node mdast does not know, made an element by its `hName` (mdast-util-to-hast), its children converted as any.
  return [{ type: 'details', data: { hName: 'details' }, position: node.position, children: [summary, ...rest] } as unknown as RootContent];
}
