import { maxQuestionText } from '../markdown/plain-text.js';
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PracticeBlock } from '../../model/blocks.js';
import type { BlockContext } from './block-context.js';
import { readAttributes, type Directive } from './directive-attributes.js';
import { readBlockId } from './block-id.js';
import { checkOptionBoxes, optionCode, readOptionList } from './option-list.js';
import { readOptionIds } from './read-option-ids.js';
import { nodeLocation } from '../markdown/node-location.js';
import { unwrapParagraph } from '../markdown/unwrap-paragraph.js';
import { hidesRest } from '../markdown/unclosed-comment.js';

/**
 * `:::practice{#id mode=choose}` — a situation and intervention techniques to choose or order; a
 * technique may end with its own `{#id}`.
 */
export function parsePractice(node: Directive, ctx: BlockContext): PracticeBlock {
  const values = readAttributes(node, { known: { mode: ['choose', 'order'] }, example: '#p-1 mode=choose' }, ctx);
  const id = readBlockId(node, values, ctx);
  const at = nodeLocation(node, ctx.file);
  const list = readOptionList(node);
  checkOptionBoxes(list, 'practice', ctx);
  const mode = (values.mode as PracticeBlock['mode'] | undefined) ?? 'choose';
  const entries = list.items.map((entry) => ({ entry, ...splitLabel(entry.main) }));
  // A technique is known by its label (the five Ds: "Direct", "Delay" …), so its id comes from that.
  const ids = readOptionIds(
    entries.map(({ entry, label }) => ({ item: entry.item, explicitId: entry.explicitId, text: label || ctx.text(entry.main) })),
    { block: 'practice', id },
    ctx,
  );
  const techniques = entries.map(({ entry, label, body }, index) => ({
    id: ids[index]!,
    code: optionCode(index),
    label,
    html: unwrapParagraph(ctx.html(body)),
    text: ctx.text(entry.main),
    // In order mode the author's list order is the recommended order; every step counts.
    recommended: mode === 'order' ? true : entry.checked,
    ...(entry.rest.length ? { feedbackHtml: ctx.html(entry.rest) } : {}),
    at: nodeLocation(entry.item, ctx.file),
  }));
  if (!list.lead.length) ctx.sink.report('block-empty', { at, values: { block: 'practice', id, what: 'situation' } });
  // A comment never closed in the situation hid the techniques too: it is reported as that (html-comment-unclosed).
  if (!techniques.length) {
    if (!hidesRest(list.lead)) ctx.sink.report('practice-no-techniques', { at, values: { id } });
  }
  else if (mode === 'choose' && !techniques.some((t) => t.recommended)) ctx.sink.report('practice-no-recommended', { at, values: { id } });
  if (techniques.length > 26) ctx.sink.report('check-too-many-options', { at, values: { id, count: techniques.length } });
  return {
    kind: 'practice',
    id,
    mode,
    situationHtml: ctx.html([...list.lead, ...list.tail]),
    situationText: ctx.text(list.lead, maxQuestionText),
    techniques,
    at,
  };
}

/** "**Direct:** say something" → label "Direct", body "say something". */
function splitLabel(main: RootContent[]): { label: string; body: RootContent[] } {
  const paragraph = main[0];
  if (paragraph?.type !== 'paragraph') return { label: '', body: main };
  const [first, ...others] = paragraph.children;
  if (first?.type !== 'strong') return { label: '', body: main };
  const label = toString(first).replace(/[:.\s]+$/, '').trim();
  const rest: PhrasingContent[] = [...others];
  const lead = rest[0];
  if (lead?.type === 'text') rest[0] = { ...lead, value: lead.value.replace(/^[\s:\u2013\u2014-]+/, '') };
  return { label, body: [{ ...paragraph, children: rest }] };
}
