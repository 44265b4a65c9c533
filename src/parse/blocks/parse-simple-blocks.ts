import { maxQuestionText } from '../markdown/plain-text.js';
import type { RootContent } from 'mdast';
import type { AcknowledgedPolicy } from '../../model/acknowledged-policy.js';
import type { AcknowledgementBlock, ContentNoteBlock, ReflectionBlock } from '../../model/blocks.js';
import type { BlockContext } from './block-context.js';
import { attributeLocation, readAttributes, type AttributeValues, type Directive } from './directive-attributes.js';
import { readBlockId } from './block-id.js';
import { nodeLocation } from '../markdown/node-location.js';

function body(node: Directive): RootContent[] {
  return node.type === 'containerDirective' ? (node.children as RootContent[]) : [];
}

/** Words for privacy authors reach for, which a reflection does not need: it is private unless it says `report`. */
const privateAlready = 'A reflection is private already: what a learner writes stays on their device unless course.yml and the block both say "report". Leave this out.';
const reflectionPrivacy = { private: privateAlready, personal: privateAlready, anonymous: privateAlready, hidden: privateAlready };

/** `:::reflection{#id confirm}` — a private free-text prompt. */
export function parseReflection(node: Directive, ctx: BlockContext): ReflectionBlock {
  const values = readAttributes(node, { known: { confirm: 'flag', report: 'flag' }, example: '#r-1 confirm', unneeded: reflectionPrivacy }, ctx);
  const id = readBlockId(node, values, ctx);
  const at = nodeLocation(node, ctx.file);
  const children = body(node);
  if (!children.length) ctx.sink.report('block-empty', { at, values: { block: 'reflection', id, what: 'prompt' } });
  const report = values.report === true;
  if (report && ctx.reflectionsReported === false) ctx.sink.report('reflection-report-not-allowed', { at, values: { id } });
  return {
    kind: 'reflection',
    id,
    promptHtml: ctx.html(children),
    promptText: ctx.text(children, maxQuestionText),
    confirm: values.confirm === true,
    report: report && ctx.reflectionsReported === true,
    ...(ctx.reflectionsSession ? { session: true } : {}),
    at,
  };
}

/**
 * `:::acknowledgement{#id required policy="…" policy-version="…"}` — a policy attestation
 * recorded with its time and, when named, the policy and version agreed to.
 */
export function parseAcknowledgement(node: Directive, ctx: BlockContext): AcknowledgementBlock {
  const values = readAttributes(node, { known: { required: 'flag', policy: 'text', 'policy-version': 'text' }, example: '#ack-policy required' }, ctx);
  const id = readBlockId(node, values, ctx);
  const at = nodeLocation(node, ctx.file);
  const children = body(node);
  if (!children.length) ctx.sink.report('block-empty', { at, values: { block: 'acknowledgement', id, what: 'statement' } });
  const policy = readPolicy(node, values, id, ctx);
  return {
    kind: 'acknowledgement',
    id,
    statementHtml: ctx.html(children),
    statementText: ctx.text(children, maxQuestionText),
    required: values.required === true,
    ...(policy ? { policy } : {}),
    at,
  };
}

/** The policy an acknowledgement names; a missing title or version is a warning at its attribute. */
function readPolicy(node: Directive, values: AttributeValues, id: string, ctx: BlockContext): AcknowledgedPolicy | undefined {
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
  };
  const title = text('policy');
  const version = text('policy-version');
  if (title === undefined) {
    if (version !== undefined) ctx.sink.report('acknowledgement-version-without-policy', { at: attributeLocation(node, 'policy-version', ctx), values: { id, version } });
    return undefined;
  }
  if (version === undefined) ctx.sink.report('acknowledgement-policy-without-version', { at: attributeLocation(node, 'policy', ctx), values: { id, policy: title } });
  return { title, ...(version !== undefined ? { version } : {}) };
}

/**
 * `::content-note{#id}` or `:::content-note{#id}` with text — a sensitive-content notice; with
 * `skip`, it offers a link past the rest of the lesson, to the next one.
 */
export function parseContentNote(node: Directive, ctx: BlockContext): ContentNoteBlock {
  const values = readAttributes(node, { known: { skip: 'flag' }, example: '#cn-1 skip' }, ctx);
  const id = readBlockId(node, values, ctx);
  return { kind: 'content-note', id, html: ctx.html(body(node)), ...(values.skip === true ? { skip: true } : {}), at: nodeLocation(node, ctx.file) };
}
