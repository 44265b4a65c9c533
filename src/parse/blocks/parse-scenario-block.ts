import type { Code } from 'mdast';
import type { ScenarioBlock } from '../../model/blocks.js';
import type { BlockContext } from './block-context.js';
import { attributeValueLocation, readAttributes, reportMissingAttribute, type Directive } from './directive-attributes.js';
import { nodeLocation } from '../markdown/node-location.js';
import { readSourceText, refusedFile } from '../../load/read-source-text.js';
import { courseRelativePath, rootRelativeSuggestion } from '../assets/asset-resolver.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import { textRangesOf } from '../scenario/scenario-locations.js';
import { unwrapParagraph } from '../markdown/unwrap-paragraph.js';

/**
 * `::scenario{src="../scenarios/x.yml"}` or a `:::scenario` container holding one ```yaml block.
 * Returns undefined when there is no usable scenario (already reported).
 */
export function parseScenarioBlock(node: Directive, ctx: BlockContext): ScenarioBlock | undefined {
  const values = readAttributes(node, { known: { src: 'text' }, example: 'src="../scenarios/break-room.yml"', noId: "A scenario's id is the \"id\" in its YAML file: reports and saved progress use that one." }, ctx);
  const at = nodeLocation(node, ctx.file);
  let text: string;
  let file: string;
  let lineOffset = 0;
  if (typeof values.src === 'string') {
    // Problems with the file are reported at its path, where the author changes it.
    const srcAt = attributeValueLocation(node, 'src', ctx);
    const path = courseRelativePath(ctx.file, values.src);
    if (path === undefined) {
      ctx.sink.report('asset-outside-course', { at: srcAt, values: { path: values.src } });
      return undefined;
    }
    // A file the source refuses (a symbolic link) is there but not read: readSourceText says so.
    if (refusedFile(ctx.source, path) === 'missing') {
      ctx.sink.report('scenario-file-missing', { at: srcAt, values: { path, ...rootRelativeSuggestion(ctx.file, values.src, ctx.source) } });
      return undefined;
    }
    // A picture or a lesson named by mistake would be read as YAML, its bytes shown as the error.
    if (!/\.ya?ml$/i.test(path)) {
      ctx.sink.report('scenario-file-not-yaml', { at: srcAt, values: { path } });
      return undefined;
    }
    file = ctx.translated(path, srcAt);
    const read = readSourceText(ctx.source, file, ctx.sink, srcAt);
    if (read === undefined) return undefined;
    text = read;
  } else {
    const code = node.type === 'containerDirective' ? node.children.find((c): c is Code => c.type === 'code') : undefined;
    if (!code) {
      reportMissingAttribute(node, 'src', 'src="../scenarios/break-room.yml"', ctx, at);
      return undefined;
    }
    text = code.value;
    file = ctx.file;
    lineOffset = code.position?.start.line ?? 0;
  }
  const scenario = parseScenario(text, file, ctx.sink, {
    lineOffset,
    resolvePath: (relative, where) => ctx.asset(relative, where, file),
  });
  if (!scenario) return undefined;
  const rendered: ScenarioBlock['rendered'] = {};
  for (const n of scenario.nodes) {
    const choices: ScenarioBlock['rendered'][string]['choices'] = {};
    for (const c of n.choices) {
      const html = unwrapParagraph(ctx.markdown(c.text, file, textRangesOf(c, 'text')));
      choices[c.id] = { html, text: ctx.plain(c.text), ...(c.consequence ? { consequenceHtml: ctx.markdown(c.consequence, file, textRangesOf(c, 'consequence')) } : {}) };
    }
    rendered[n.id] = { html: ctx.markdown(n.text, file, textRangesOf(n, 'text')), choices };
  }
  return { kind: 'scenario', id: scenario.id, scenario, rendered, at };
}

