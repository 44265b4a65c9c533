import type { Block } from '../../model/blocks.js';
import type { BlockContext } from './block-context.js';
import type { Directive } from './directive-attributes.js';
import { nodeLocation } from '../markdown/node-location.js';
import { closestId } from '../closest-id.js';
import { onlyDirective } from './only-directive.js';
import { detailsDirective } from './details-directive.js';
import { parseCheck } from './parse-check.js';
import { parseInterview } from './parse-interview.js';
import { parsePractice } from './parse-practice.js';
import { parseScenarioBlock } from './parse-scenario-block.js';
import { parseAcknowledgement, parseContentNote, parseReflection } from './parse-simple-blocks.js';

const parsers: Record<string, (node: Directive, ctx: BlockContext) => Block | undefined> = {
  interview: parseInterview,
  scenario: parseScenarioBlock,
  check: parseCheck,
  reflection: parseReflection,
  practice: parsePractice,
  acknowledgement: parseAcknowledgement,
  'content-note': parseContentNote,
};

/** Names of the blocks authors can write, for messages and docs. */
export const blockNames = Object.keys(parsers);

/** Parse one block directive; unknown names are reported and skipped. */
export function parseBlock(node: Directive, ctx: BlockContext): Block | undefined {
  const parse = parsers[node.name];
  if (!parse) {
    // `only` and `details` are read before blocks are (parse-lesson.ts), but are names an author writes.
    const names = [...blockNames, onlyDirective, detailsDirective];
    const suggestion = closestId(node.name, names);
    ctx.sink.report('unknown-directive', { at: nodeLocation(node, ctx.file), values: { name: node.name, expected: names.join(', '), ...(suggestion ? { suggestion } : {}) } });
    return undefined;
  }
  return parse(node, ctx);
}
