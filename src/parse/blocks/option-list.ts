import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Directive } from './directive-attributes.js';
import { takeTrailingId } from './trailing-id.js';
import type { BlockContext } from './block-context.js';
import { nodeLocation } from '../markdown/node-location.js';

/** A directive body split into the text before the first list and that list's items. */
export interface OptionList {
  /** Nodes before the list (the prompt or situation). */
  lead: RootContent[];
  items: OptionEntry[];
  /** Nodes after the list. */
  tail: RootContent[];
}

/** One item of an option list. */
export interface OptionEntry {
  item: ListItem;
  checked: boolean;
  /** The option itself: the item's first line, without its `{#id}`. */
  main: RootContent[];
  /** What follows the first line: the option's feedback. */
  rest: RootContent[];
  /** The author's id from a trailing `{#id}`, as written (checked later), or undefined. */
  explicitId?: string;
}

/**
 * Read a task list ("- [x] right", "- [ ] wrong") from a directive body: the first paragraph of
 * each item is the option, what follows it is the option's feedback.
 */
export function readOptionList(node: Directive): OptionList {
  const children = (node.type === 'containerDirective' ? node.children : []) as RootContent[];
  // The options are the first list with boxes: a plain list before it (the remarks a question
  // quotes) is part of the question. With no boxes anywhere, the first list (its boxes mistyped).
  const boxed = children.findIndex((c) => c.type === 'list' && c.children.some((item) => typeof item.checked === 'boolean'));
  const index = boxed >= 0 ? boxed : children.findIndex((c) => c.type === 'list');
  if (index < 0) return { lead: children, items: [], tail: [] };
  const list = children[index] as List;
  return {
    lead: children.slice(0, index),
    items: list.children.map((item) => {
      const [first, ...rest] = item.children as RootContent[];
      if (first?.type === 'paragraph') {
        const [line, feedback] = splitFirstLine(first);
        const { paragraph: option, id } = takeTrailingId(line);
        return {
          item,
          checked: item.checked === true,
          main: [option],
          rest: feedback ? [feedback, ...rest] : rest,
          ...(id !== undefined ? { explicitId: id } : {}),
        };
      }
      return { item, checked: item.checked === true, main: first ? [first] : [], rest };
    }),
    tail: children.slice(index + 1),
  };
}

/**
 * Report options whose box Markdown does not read, so the option would show the box in its text
 * and never count as right: a box with no space after it (`- [x]Assessment`), or one typed another
 * way (`[ x]`, `[v]`, `[]`, `( )`, `(x)`). In a check, also an option with no box among options
 * with one: it counts as a wrong answer, which the author may not have meant (often feedback that
 * lost its indent). Also a second list with boxes after the options, which is not read as options.
 * `ticked`: how many such options were meant as right; `split`: whether there was such a list.
 */
export function checkOptionBoxes(list: OptionList, block: 'check' | 'practice', ctx: BlockContext): { ticked: number; split: boolean } {
  let ticked = 0;
  let split = false;
  // A list with boxes after the options (text between, or another bullet: `*` then `+`) is not read
  // as options: it would show in the question, boxes and all, a right answer ticked for all to see.
  for (const later of list.tail) {
    if (later.type !== 'list' || !later.children.some((item) => typeof item.checked === 'boolean')) continue;
    const marked = later.children.filter((item) => item.checked === true).length;
    ctx.sink.report('option-list-split', { at: nodeLocation(later, ctx.file), values: { block, shown: marked ? ' and its right answer ticked' : '' } });
    ticked += marked;
    split = true;
  }
  const boxed = list.items.some((entry) => typeof entry.item.checked === 'boolean');
  for (const entry of list.items) {
    if (typeof entry.item.checked === 'boolean') continue;
    const at = nodeLocation(entry.item, ctx.file);
    const text = ctx.text(entry.main);
    const unspaced = /^\[([ xX])\](?=\S)/.exec(text);
    const mistyped = unspaced ? undefined : mistypedBox.exec(text);
    const marked = unspaced ? unspaced[1] !== ' ' : mistyped ? (mistyped[1] ?? mistyped[2]) !== undefined : false;
    if (unspaced) ctx.sink.report('option-box-unspaced', { at, values: { box: unspaced[0], block } });
    else if (mistyped) ctx.sink.report('option-box-mistyped', { at, values: { box: mistyped[0], block, meant: marked ? '[x]' : '[ ]' } });
    else if (boxed && block === 'check') ctx.sink.report('option-box-missing', { at, values: { block } });
    if (marked) ticked++;
  }
  return { ticked, split };
}

/** A box typed so that Markdown reads no box: brackets or parentheses around at most one mark (group 1 or 2), spaced otherwise. */
const mistypedBox = /^(?:\[\s*([xXvV*\u2713\u2714])?\s*\]|\(\s*([xX*\u2713\u2714])?\s*\))/;

/**
 * Option codes a, b, c …: the one-character key of an option in the block's saved state, which must
 * stay small (SCORM 1.2's suspend_data). Reports name options by their ids instead.
 */
export function optionCode(index: number): string {
  return String.fromCharCode(97 + index);
}

/**
 * "- [x] Option\n  Feedback" is one paragraph in Markdown (a lazy continuation line); authors
 * mean the first line as the option and the following lines as its feedback.
 */
function splitFirstLine(paragraph: Paragraph): [Paragraph, Paragraph | undefined] {
  const before: PhrasingContent[] = [];
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as PhrasingContent;
    // A hard break (two spaces or a backslash at the line's end, which an editor may leave unseen)
    // ends the first line too: otherwise the feedback under it would show in the option.
    if (child.type === 'break') {
      const after = children.slice(i + 1);
      return [{ ...paragraph, children: before }, after.length ? { ...paragraph, children: after } : undefined];
    }
    const newline = child.type === 'text' ? child.value.indexOf('\n') : -1;
    if (child.type === 'text' && newline >= 0) {
      const head = child.value.slice(0, newline);
      const tail = child.value.slice(newline + 1);
      if (head) before.push({ ...child, value: head });
      const after: PhrasingContent[] = [...(tail ? [{ ...child, value: tail }] : []), ...children.slice(i + 1)];
      return [{ ...paragraph, children: before }, after.length ? { ...paragraph, children: after } : undefined];
    }
    before.push(child);
  }
  return [paragraph, undefined];
}
