import type { RootContent } from 'mdast';
import type { CaptionTrack, InterviewBlock } from '../../model/blocks.js';
import type { BlockContext } from './block-context.js';
import { attributeLocation, readAttributes, type Directive } from './directive-attributes.js';
import { readBlockId } from './block-id.js';
import { nodeLocation } from '../markdown/node-location.js';

const spec = {
  known: {
    speaker: 'text', role: 'text', portrait: 'text', 'portrait-alt': 'text', video: 'text', audio: 'text',
    poster: 'text', captions: 'text', transcript: 'text', chapters: 'text',
  },
  required: ['speaker'],
  prefixes: ['captions-'],
  example: '#amara speaker="Amara Okafor" video="../media/amara.mp4" captions="../media/amara.en.vtt"',
} as const;

/** `::::interview{#id speaker=… video=… captions=… transcript=…}` — a recorded real-life account. */
export function parseInterview(node: Directive, ctx: BlockContext): InterviewBlock {
  const values = readAttributes(node, spec, ctx);
  const id = readBlockId(node, values, ctx);
  const at = nodeLocation(node, ctx.file);
  const path = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' && value ? ctx.asset(value, at) : undefined;
  };
  const children = node.type === 'containerDirective' ? (node.children as RootContent[]) : [];
  const quotes = children.filter((c) => c.type === 'blockquote');
  const inlineTranscript = children.find((c) => c.type === 'containerDirective' && c.name === 'transcript');
  const intro = children.filter((c) => c.type !== 'blockquote' && c !== inlineTranscript);

  const video = path('video');
  const audio = path('audio');
  const mediaPath = video ?? audio;
  const captions: CaptionTrack[] = [];
  for (const [name, value] of Object.entries(values)) {
    if ((name !== 'captions' && !name.startsWith('captions-')) || typeof value !== 'string') continue;
    const file = ctx.asset(value, at);
    if (!file) continue;
    const text = ctx.source.readText(file).replace(/^\uFEFF/, '');
    if (!text.startsWith('WEBVTT')) ctx.sink.report('captions-invalid', { at, values: { path: file } });
    const lang = name === 'captions' ? ctx.language : name.slice('captions-'.length);
    captions.push({ lang, label: languageName(lang, ctx.language), path: file, at });
  }
  let transcriptFile = path('transcript');
  if (transcriptFile && !transcriptFile.toLowerCase().endsWith('.md')) {
    // The transcript is shown in the page, so it must be text the course can render.
    ctx.sink.report('invalid-attribute', { at: attributeLocation(node, 'transcript', ctx), values: { name: 'transcript', value: String(values.transcript), block: 'interview', expected: 'a Markdown file (.md) holding the transcript' } });
    transcriptFile = undefined;
  }
  let transcriptHtml: string | undefined;
  if (transcriptFile) transcriptHtml = ctx.markdown(ctx.source.readText(transcriptFile), transcriptFile);
  else if (inlineTranscript && inlineTranscript.type === 'containerDirective') transcriptHtml = ctx.html(inlineTranscript.children as RootContent[]);

  if (!mediaPath && values.video === undefined && values.audio === undefined) ctx.sink.report('interview-missing-media', { at, values: { id } });
  if (mediaPath && !captions.length && !Object.keys(values).some((k) => k.startsWith('captions'))) ctx.sink.report('interview-missing-captions', { at, values: { id } });
  if (mediaPath && !transcriptHtml && values.transcript === undefined) ctx.sink.report('interview-missing-transcript', { at, values: { id } });

  const portrait = path('portrait');
  const chapters = path('chapters');
  const poster = path('poster');
  return {
    kind: 'interview',
    id,
    speaker: String(values.speaker ?? ''),
    ...(typeof values.role === 'string' ? { role: values.role } : {}),
    ...(portrait ? { portrait: { path: portrait, alt: String(values['portrait-alt'] ?? `Portrait of ${String(values.speaker ?? '')}`) } } : {}),
    ...(mediaPath ? { media: { path: mediaPath, kind: video ? 'video' : 'audio', ...(poster ? { poster } : {}) } } : {}),
    captions: captions.sort((a, b) => (a.lang === ctx.language ? -1 : b.lang === ctx.language ? 1 : a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0)),
    ...(chapters ? { chapters } : {}),
    ...(transcriptHtml !== undefined ? { transcriptHtml } : {}),
    quotesHtml: quotes.map((q) => ctx.html(q.type === 'blockquote' ? (q.children as RootContent[]) : [])),
    introHtml: ctx.html(intro),
    at,
  };
}

/** "es" → "Spanish" (named in the course language); the tag itself when Node does not know it. */
function languageName(lang: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
