import type { ListItem } from 'mdast';
import type { SourceLocation } from '../../model/position.js';
import { idPattern, suggestId } from '../author-id.js';
import { nodeLocation } from '../markdown/node-location.js';
import type { BlockContext } from './block-context.js';
import { optionSlug, uniqueSlug } from './option-slug.js';

/** What an option's id is read or made from. */
export interface OptionIdSource {
  item: ListItem;
  /** The author's `{#id}` as written, if any. */
  explicitId?: string;
  /** The text the id is made from when the author gave none (a technique's label, or the option). */
  text: string;
}

/**
 * The id of each option of a check or practice, in order: the author's `{#id}` when given, else a
 * readable one made from the option's text. xAPI and SCORM 2004 report options by these ids, so they
 * must be unique in the block: a repeated `{#id}` is reported, and a made id steps aside (`-2`, `-3` …)
 * for every other id. An id that breaks the id rules is reported and replaced by a made one.
 */
export function readOptionIds(options: readonly OptionIdSource[], owner: { block: string; id: string }, ctx: BlockContext): string[] {
  const first = new Map<string, SourceLocation>();
  const explicit = options.map((option) => {
    const id = option.explicitId;
    if (id === undefined) return undefined;
    const at = optionIdLocation(option.item, id, ctx);
    if (!idPattern.test(id)) {
      ctx.sink.report('invalid-id', { at, values: { id, suggestion: suggestId(id || option.text) } });
      return undefined;
    }
    const earlier = first.get(id);
    if (earlier) {
      ctx.sink.report('duplicate-option-id', {
        at,
        values: { id, block: owner.block, owner: owner.id },
        related: [{ at: earlier, message: `The first option "${id}" is here.` }],
      });
    } else {
      first.set(id, at);
    }
    return id;
  });
  const taken = new Set(first.keys());
  return options.map((option, index) => {
    const given = explicit[index];
    if (given !== undefined) return given;
    const made = uniqueSlug(optionSlug(option.text) || `option-${index + 1}`, taken);
    taken.add(made);
    return made;
  });
}

/**
 * Where `#id` stands on the option's line, so a message points at the id itself. The item's first
 * line is the option line; falls back to the whole item when the line does not hold it.
 */
function optionIdLocation(item: ListItem, id: string, ctx: BlockContext): SourceLocation {
  const at = nodeLocation(item, ctx.file);
  const line = item.position?.start.line;
  if (line === undefined) return at;
  const text = ctx.line(line);
  const index = text.lastIndexOf(`{#${id}}`);
  if (index < 0) return at;
  const column = index + 2;
  return { file: ctx.file, range: { start: { line, column }, end: { line, column: column + id.length + 1 } } };
}
