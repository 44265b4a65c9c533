import { checkImageAlt } from '../markdown/image-alt.js';
import type { MediaRef, ScenarioNode, SpeakerRef } from '../../model/scenario.js';
import type { ScenarioInput } from './scenario-schema.js';
import type { ScenarioContext } from './scenario-context.js';
import { buildScenarioChoices, buildScenarioRoutes } from './build-scenario-choices.js';
import { checkScenarioId } from './check-scenario-id.js';
import { recordLocation, recordTextRanges } from './scenario-locations.js';

type NodeInput = ScenarioInput['nodes'][string];

const VIDEO = /\.(mp4|webm|m4v|mov)$/i;
const AUDIO = /\.(mp3|m4a|ogg|oga|wav|aac)$/i;

/** Build one node of the model from its checked YAML. */
export function buildScenarioNode(id: string, input: NodeInput, ctx: ScenarioContext): ScenarioNode {
  const path = ['nodes', id];
  const at = ctx.data.locate(path, 'key');
  checkScenarioId(id, at, ctx.sink);
  if (input.text === undefined && input.routes.length === 0) {
    ctx.sink.report('schema-missing-field', {
      at,
      values: { field: 'text', about: 'Every node except pure routing nodes needs text, e.g. "text: |" followed by the narrative.' },
    });
  }
  const node: ScenarioNode = {
    id,
    text: input.text ?? '',
    choices: buildScenarioChoices(id, input, ctx),
    routes: buildScenarioRoutes(id, input, ctx),
    at,
  };
  recordTextRanges(node, 'text', ctx.data.textRanges([...path, 'text']));
  if (input.title !== undefined) node.title = input.title;
  const speaker = buildSpeaker(id, input, ctx);
  if (speaker) node.speaker = speaker;
  const media = buildMedia(id, input, ctx);
  if (media) node.media = media;
  if (input.end) {
    node.end = { outcome: input.outcome };
    if (input.outcomeLabel !== undefined) node.end.outcomeLabel = input.outcomeLabel;
    recordLocation(node, 'end', ctx.data.locate([...path, 'end'], 'key'));
  } else {
    for (const field of ['outcome', 'outcomeLabel'] as const) {
      if (input[field] !== undefined) ctx.sink.report('scenario-outcome-not-end', { at: ctx.data.locate([...path, field], 'key'), values: { node: id, field } });
    }
  }
  return node;
}

function buildSpeaker(id: string, input: NodeInput, ctx: ScenarioContext): SpeakerRef | undefined {
  const raw = input.speaker;
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') return { name: raw };
  const speaker: SpeakerRef = { name: raw.name };
  if (raw.role !== undefined) speaker.role = raw.role;
  if (raw.portrait !== undefined) {
    const portrait = ctx.resolvePath(raw.portrait, ctx.data.locate(['nodes', id, 'speaker', 'portrait']));
    if (portrait !== undefined) speaker.portrait = portrait;
  }
  return speaker;
}

function buildMedia(id: string, input: NodeInput, ctx: ScenarioContext): MediaRef | undefined {
  const raw = input.media;
  if (raw === undefined) return undefined;
  const at = ctx.data.locate(['nodes', id, 'media', 'src']);
  const path = ctx.resolvePath(raw.src, at);
  if (path === undefined) return undefined;
  const kind = VIDEO.test(raw.src) ? 'video' : AUDIO.test(raw.src) ? 'audio' : 'image';
  if (kind === 'image' && !raw.alt?.trim()) ctx.sink.report('scenario-image-missing-alt', { at, values: { path: raw.src, node: id } });
  else if (kind === 'image' && raw.alt) checkImageAlt(raw.alt, ctx.data.locate(['nodes', id, 'media', 'alt']), ctx.sink);
  const media: MediaRef = { path, kind, at };
  if (raw.alt !== undefined) media.alt = raw.alt;
  return media;
}
