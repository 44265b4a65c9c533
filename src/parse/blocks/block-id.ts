import type { Directive, AttributeValues } from './directive-attributes.js';
import type { BlockContext } from './block-context.js';
import { nodeLocation } from '../markdown/node-location.js';
import { attributeLocation, reportMissingAttribute } from './directive-attributes.js';
import { idPattern, suggestId } from '../author-id.js';


/** The block's id attribute, checked; a placeholder id when missing or bad (already reported). */
export function readBlockId(node: Directive, values: AttributeValues, ctx: BlockContext): string {
  const at = nodeLocation(node, ctx.file);
  const id = values.id;
  if (typeof id !== 'string' || id === '') {
    reportMissingAttribute(node, 'id', `#${node.name}-1`, ctx);
    return `${node.name}-line-${at.range?.start.line ?? 0}`;
  }
  if (!idPattern.test(id)) {
    ctx.sink.report('invalid-id', { at: attributeLocation(node, 'id', ctx), values: { id, suggestion: suggestId(id) } });
  }
  return id;
}
