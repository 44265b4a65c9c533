import { maxQuestionText } from '../markdown/plain-text.js';
import type { CheckBlock } from '../../model/blocks.js';
import type { BlockContext } from './block-context.js';
import { readAttributes, type Directive } from './directive-attributes.js';
import { readBlockId } from './block-id.js';
import { checkOptionBoxes, optionCode, readOptionList } from './option-list.js';
import { readOptionIds } from './read-option-ids.js';
import { nodeLocation } from '../markdown/node-location.js';
import { unwrapParagraph } from '../markdown/unwrap-paragraph.js';
import { hidesRest } from '../markdown/unclosed-comment.js';

/**
 * `:::check{#id type=single attempts=2 graded}` — a knowledge check written as a task list; an
 * option may end with its own `{#id}`.
 */
export function parseCheck(node: Directive, ctx: BlockContext): CheckBlock {
  const values = readAttributes(
    node,
    { known: { type: ['single', 'multiple', 'true-false'], attempts: 'count', graded: 'flag' }, example: '#q-1 graded' },
    ctx,
  );
  const id = readBlockId(node, values, ctx);
  const at = nodeLocation(node, ctx.file);
  const list = readOptionList(node);
  const unspaced = checkOptionBoxes(list, 'check', ctx);
  const trueFalse = values.type === 'true-false';
  const ids = readOptionIds(
    list.items.map((entry) => ({ item: entry.item, explicitId: entry.explicitId, text: ctx.text(entry.main) })),
    { block: 'knowledge check', id },
    ctx,
  );
  const options = list.items.map((entry, index) => ({
    id: ids[index]!,
    code: trueFalse ? trueFalseCode(ctx.text(entry.main), index) : optionCode(index),
    html: unwrapParagraph(ctx.html(entry.main)),
    text: ctx.text(entry.main),
    correct: entry.checked,
    ...(entry.rest.length ? { feedbackHtml: ctx.html(entry.rest) } : {}),
    at: nodeLocation(entry.item, ctx.file),
  }));
  const correctCount = options.filter((o) => o.correct).length;
  const type = (values.type as CheckBlock['type'] | undefined) ?? (correctCount > 1 ? 'multiple' : 'single');
  if (!list.lead.length) ctx.sink.report('block-empty', { at, values: { block: 'check', id, what: 'question' } });
  // A comment never closed in the question hid the options too: it is reported as that (html-comment-unclosed).
  if (!options.length) {
    if (!hidesRest(list.lead)) ctx.sink.report('check-no-options', { at, values: { id } });
  }
  // A box ticked without a space after it was meant as the right answer, and is reported as such.
  else if (!correctCount && !unspaced.ticked) ctx.sink.report('check-no-correct-option', { at, values: { id } });
  else if (type !== 'multiple' && correctCount > 1) ctx.sink.report('check-single-several-correct', { at, values: { id, count: correctCount } });
  if (options.length === 1 && type !== 'true-false' && !unspaced.split) ctx.sink.report('check-one-option', { at, values: { id } });
  if (options.length > 26) ctx.sink.report('check-too-many-options', { at, values: { id, count: options.length } });
  if (type === 'true-false' && options.length !== 2) ctx.sink.report('check-true-false-options', { at, values: { id, count: options.length } });
  return {
    kind: 'check',
    id,
    type,
    promptHtml: ctx.html([...list.lead, ...list.tail]),
    promptText: ctx.text(list.lead, maxQuestionText),
    options,
    // A first slip should not decide a graded result; an ungraded check is practice, tried until right.
    attempts: typeof values.attempts === 'number' ? values.attempts : values.graded === true ? 2 : 0,
    graded: values.graded === true,
    at,
  };
}

/**
 * SCORM records true/false answers as "t" and "f": the option reading "True" (or a translation
 * starting with a word for true) is "t"; otherwise the first option is true, the second false.
 */
function trueFalseCode(text: string, index: number): string {
  const word = text.trim().toLowerCase();
  if (/^(true|vrai|verdadero|wahr|vero|verdadeiro|waar|yes)\b/.test(word)) return 't';
  if (/^(false|faux|falso|falsch|onwaar|no)\b/.test(word)) return 'f';
  return index === 0 ? 't' : 'f';
}
