import type { List, ListItem, RootContent } from 'mdast';
import type { Directive } from './directive-attributes.js';

/** A directive body split into the text before the first list and that list's items. */
export interface OptionList {
  /** Nodes before the list (the prompt or situation). */
  lead: RootContent[];
  items: { item: ListItem; checked: boolean; main: RootContent[]; rest: RootContent[] }[];
  /** Nodes after the list. */
  tail: RootContent[];
}

/**
 * Read a task list ("- [x] right", "- [ ] wrong") from a directive body: the first paragraph of
 * each item is the option, what follows it is the option's feedback.
 */
export function readOptionList(node: Directive): OptionList {
  const children = (node.type === 'containerDirective' ? node.children : []) as RootContent[];
  const index = children.findIndex((c) => c.type === 'list');
  if (index < 0) return { lead: children, items: [], tail: [] };
  const list = children[index] as List;
  return {
    lead: children.slice(0, index),
    items: list.children.map((item) => {
      const [first, ...rest] = item.children as RootContent[];
      return { item, checked: item.checked === true, main: first ? [first] : [], rest };
    }),
    tail: children.slice(index + 1),
  };
}

/** Option codes a, b, c … as SCORM 1.2 choice responses require (single characters). */
export function optionCode(index: number): string {
  return String.fromCharCode(97 + index);
}
