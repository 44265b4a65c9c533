import type { Blockquote, RootContent } from 'mdast';
import type { CaptionTrack, InterviewBlock, InterviewChapter, InterviewPart, InterviewSpeaker, PullQuote } from '../../model/blocks.js';
import type { SourceLocation } from '../../model/position.js';
import { selectPlayerStrings } from '../../model/strings/player-strings.js';
import { primaryLanguage } from '../../model/language-tag.js';
import type { BlockContext } from './block-context.js';
import { attributeLocation, attributeMeant, attributeValueLocation, readAttributes, reportMissingAttribute, type AttributeValues, type Directive } from './directive-attributes.js';
import { readBlockId } from './block-id.js';
import { boldSpeakerNames, readSpeakers } from './interview-speakers.js';
import { chaptersFromCues, chaptersFromList, clock } from './interview-chapters.js';
import { nodeLocation } from '../markdown/node-location.js';
import { readSourceText } from '../../load/read-source-text.js';
import { assetKindOf, type AssetKind } from '../assets/asset-resolver.js';
import type { EmbeddedCue } from '../../model/embedded-captions.js';
import { crowdedCues, cueLimits } from '../assets/read-vtt.js';
import { checkVtt } from '../assets/check-vtt.js';
import { minComparedWords, minTranscriptShare, transcriptCoverage } from './transcript-coverage.js';

const spec = {
  known: {
    format: ['recording', 'text'], speaker: 'text', role: 'text', speakers: 'text', composite: 'flag',
    portrait: 'text', 'portrait-alt': 'text', video: 'text', audio: 'text',
    poster: 'text', captions: 'text', transcript: 'text', chapters: 'text',
  },
  prefixes: ['captions-'],
  example: '#amara speaker="Amara Okafor" video="../media/amara.mp4" captions="../media/amara.en.vtt"',
} as const;

/** Attributes only a recording has; a text interview reports them. */
const recordingOnly = ['video', 'audio', 'poster', 'captions', 'transcript', 'chapters'];

const pictures = { kind: 'picture', expected: 'a picture (.jpg, .png, .webp, .gif, .avif or .svg)' } as const;
/** The kind of file each attribute takes (`assetKinds`), and how a diagnostic names it. */
const fileKinds: Readonly<Record<string, { kind: AssetKind; expected: string }>> = {
  video: { kind: 'video', expected: 'a video file (.mp4 or .webm)' },
  audio: { kind: 'sound', expected: 'a sound file (.mp3, .m4a, .ogg or .wav)' },
  poster: pictures,
  portrait: pictures,
  chapters: { kind: 'captions', expected: 'a WebVTT file (.vtt) of chapters' },
  // The transcript is shown in the page, so it must be text the course can render.
  transcript: { kind: 'markdown', expected: 'a Markdown file (.md) holding the transcript' },
};

/**
 * `::::interview{#id speaker=… video=… captions=… transcript=…}` — a recorded real-life account;
 * `:::interview{#id format="text" speaker=…}` — a written Q&A, each `###` heading a question.
 */
export function parseInterview(node: Directive, ctx: BlockContext): InterviewBlock {
  const values = readAttributes(node, spec, ctx);
  const id = readBlockId(node, values, ctx);
  const at = nodeLocation(node, ctx.file);
  const text = values.format === 'text';
  const path = (name: string): string | undefined => {
    const value = values[name];
    if (typeof value !== 'string' || !value || (text && recordingOnly.includes(name))) return undefined;
    // A file a package takes but of another kind (`audio="a.vtt"`) would be put in the page as it
    // is, and never play; a type no package takes (.avi) is reported as such, with what to save it as.
    const kind = fileKinds[name];
    const found = assetKindOf(value);
    if (kind && found !== undefined && found !== kind.kind) {
      ctx.sink.report('invalid-attribute', { at: attributeLocation(node, name, ctx), values: { name, value, block: 'interview', expected: kind.expected } });
      return undefined;
    }
    return ctx.asset(value, attributeValueLocation(node, name, ctx));
  };
  const speakers = readInterviewSpeakers(node, values, ctx);
  const speaker = speakers[0]?.name ?? '';
  const children = node.type === 'containerDirective' ? (node.children as RootContent[]) : [];
  const nested = (name: string): RootContent | undefined => children.find((c) => c.type === 'containerDirective' && c.name === name);
  const inlineTranscript = nested('transcript');
  const inlineChapters = nested('chapters');
  const body = children.filter((c) => c !== inlineTranscript && c !== inlineChapters);
  const quote = (q: Blockquote): PullQuote => pullQuote(q, speaker, ctx);

  if (text) {
    for (const name of recordingOnly.filter((n) => values[n] !== undefined || (n === 'captions' && Object.keys(values).some((k) => k.startsWith('captions-'))))) {
      ctx.sink.report('interview-text-with-media', { at: attributeLocation(node, name, ctx), values: { id, name } });
    }
    if (!body.length) ctx.sink.report('block-empty', { at, values: { block: 'interview', id, what: 'questions and answers' } });
  }
  const firstQuestion = text ? body.findIndex((c) => c.type === 'heading') : -1;
  const intro = text ? body.slice(0, firstQuestion < 0 ? body.length : firstQuestion) : body.filter((c) => c.type !== 'blockquote');
  const conversation = text && firstQuestion >= 0 ? body.slice(firstQuestion) : [];

  const video = path('video');
  const audio = path('audio');
  const mediaPath = video ?? audio;
  const captions = text ? [] : readCaptions(node, values, id, at, ctx);
  const transcriptFile = path('transcript');
  let transcriptHtml: string | undefined;
  const transcript = transcriptFile ? readSourceText(ctx.source, transcriptFile, ctx.sink, attributeValueLocation(node, 'transcript', ctx)) : undefined;
  /** The transcript's text as written, what to call it, and where it is named. */
  let written: { text: string; name: string; at: SourceLocation } | undefined;
  if (transcriptFile && transcript !== undefined) {
    transcriptHtml = ctx.markdown(transcript, transcriptFile);
    written = { text: transcript, name: transcriptFile, at: attributeLocation(node, 'transcript', ctx) };
  } else if (inlineTranscript && inlineTranscript.type === 'containerDirective') {
    transcriptHtml = ctx.html(inlineTranscript.children as RootContent[]);
    written = { text: ctx.text(inlineTranscript.children as RootContent[]), name: 'in the block', at: nodeLocation(inlineTranscript, ctx.file) };
  }
  // The captions in the lesson's language say what the transcript (in that language) should hold.
  const spoken = captions.find((track) => primaryLanguage(track.lang) === primaryLanguage(ctx.language));
  if (mediaPath && spoken && written) {
    const coverage = transcriptCoverage(spoken.cues, written.text);
    if (coverage.words >= minComparedWords && coverage.share < minTranscriptShare) {
      ctx.sink.report('interview-transcript-mismatch', { at: written.at, values: { id, transcript: written.name, captions: spoken.path, percent: Math.round(coverage.share * 100) } });
    }
  }

  if (!text) {
    // Each "missing" below is left unsaid when a misspelt attribute was meant for it (`src`, `caption`): that is reported.
    const meant = (name: string): boolean => attributeMeant(node, name);
    if (!mediaPath && values.video === undefined && values.audio === undefined && !meant('video') && !meant('audio')) ctx.sink.report('interview-missing-media', { at, values: { id } });
    // A recording named but not found (reported) still needs its captions and transcript: all said in one run.
    const recorded = mediaPath !== undefined || values.video !== undefined || values.audio !== undefined;
    if (recorded && !captions.length && !Object.keys(values).some((k) => k.startsWith('captions')) && !meant('captions')) ctx.sink.report('interview-missing-captions', { at, values: { id } });
    // Captions in other languages only: learners of this one, deaf ones first, cannot follow it.
    if (recorded && captions.length && !spoken) {
      ctx.sink.report('interview-captions-not-in-language', { at, values: { id, language: ctx.language, languageName: languageName(ctx.language, 'en'), offered: captions.map((track) => languageName(track.lang, 'en')).join(', ') } });
    }
    if (recorded && !transcriptHtml && values.transcript === undefined && !meant('transcript')) ctx.sink.report('interview-missing-transcript', { at, values: { id } });
  }

  const chaptersFile = path('chapters');
  let chapters: InterviewChapter[] = [];
  if (chaptersFile) chapters = chaptersFromCues(readCues(chaptersFile, 'chapters file', id, attributeValueLocation(node, 'chapters', ctx), ctx) ?? []);
  else if (inlineChapters && inlineChapters.type === 'containerDirective') chapters = chaptersFromList(inlineChapters.children as RootContent[], id, ctx);
  const portrait = path('portrait');
  const poster = path('poster');
  return {
    kind: 'interview',
    id,
    format: text ? 'text' : 'recording',
    speaker,
    ...(speakers[0]?.role ? { role: speakers[0].role } : {}),
    speakers,
    composite: values.composite === true,
    ...(portrait ? { portrait: { path: portrait, alt: portraitAlt(node, values, id, speaker, ctx) } } : {}),
    ...(mediaPath ? { media: { path: mediaPath, kind: video ? 'video' : 'audio', ...(poster ? { poster } : {}) } } : {}),
    captions: captions.sort((a, b) => (a.lang === ctx.language ? -1 : b.lang === ctx.language ? 1 : a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0)),
    chapters,
    ...(transcriptHtml !== undefined ? { transcriptHtml: boldSpeakerNames(transcriptHtml, speakers) } : {}),
    quotes: text ? [] : body.filter((c): c is Blockquote => c.type === 'blockquote').map(quote),
    introHtml: ctx.html(intro),
    parts: conversationParts(conversation, quote, ctx),
    at,
  };
}

/** `speakers="Name, role; …"`, or `speaker` and `role`; one of them is needed. */
function readInterviewSpeakers(node: Directive, values: AttributeValues, ctx: BlockContext): InterviewSpeaker[] {
  if (typeof values.speakers === 'string') {
    if (values.speaker !== undefined) ctx.sink.report('invalid-attribute', { at: attributeLocation(node, 'speaker', ctx), values: { name: 'speaker', value: String(values.speaker), block: 'interview', expected: 'either speaker="…" or speakers="…", not both' } });
    const speakers = readSpeakers(values.speakers);
    if (speakers.length) return speakers;
  }
  if (typeof values.speaker === 'string') return [{ name: values.speaker, ...(typeof values.role === 'string' && values.role ? { role: values.role } : {}) }];
  if (values.speakers === undefined && !attributeMeant(node, 'speakers')) reportMissingAttribute(node, 'speaker', spec.example, ctx);
  return [];
}

/**
 * The caption tracks: `captions` in the lesson's language, `captions-<lang>` in another. Two tracks
 * of one language are an error (a player would offer the same language twice, one of them perhaps
 * in other words); a file named for another language (`amara.en.vtt` as `captions` of a Spanish
 * lesson, as a translator who copied the attributes writes it) gets a warning.
 */
function readCaptions(node: Directive, values: AttributeValues, id: string, at: SourceLocation, ctx: BlockContext): CaptionTrack[] {
  const captions: CaptionTrack[] = [];
  const attributeOf = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    if ((name !== 'captions' && !name.startsWith('captions-')) || typeof value !== 'string') continue;
    const valueAt = attributeValueLocation(node, name, ctx);
    const file = ctx.asset(value, valueAt);
    if (!file) continue;
    const lang = name === 'captions' ? ctx.language : name.slice('captions-'.length);
    const named = /\.([a-z]{2,3})(?:-[a-z0-9]+)*\.vtt$/i.exec(file)?.[1];
    if (named && named.toLowerCase() !== primaryLanguage(lang) && isLanguage(named)) {
      ctx.sink.report('captions-language-mismatch', { at: attributeLocation(node, name, ctx), values: { name, path: file, lang, named, language: ctx.language, langName: languageName(lang, 'en'), namedName: languageName(named, 'en'), languageName: languageName(ctx.language, 'en') } });
    }
    const first = attributeOf.get(lang.toLowerCase());
    if (first !== undefined) {
      ctx.sink.report('captions-duplicate-language', { at: attributeLocation(node, name, ctx), values: { id, lang, langName: languageName(lang, 'en'), name, first } });
      continue;
    }
    attributeOf.set(lang.toLowerCase(), name);
    const cues = readCues(file, 'captions file', id, valueAt, ctx);
    if (cues === undefined) continue;
    const crowded = crowdedCues(cues);
    if (crowded.length) {
      ctx.sink.report('captions-hard-to-read', { at: attributeLocation(node, name, ctx), values: { path: file, count: crowded.length, total: cues.length, first: clock(crowded[0]!.start), ...cueLimits } });
    }
    captions.push({ lang, label: languageName(lang, ctx.language), path: file, cues, at });
  }
  return captions;
}

/** Whether ICU knows `tag` as a language (`fr`, `fil`), not a word that only looks like one (`old`). Asked only off the usual path. */
function isLanguage(tag: string): boolean {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag) !== undefined;
  } catch {
    return false;
  }
}

/** The cues of a caption or chapters file (`checkVtt`), its problems reported; undefined when it cannot be read. */
function readCues(file: string, what: string, id: string, at: SourceLocation, ctx: BlockContext): EmbeddedCue[] | undefined {
  const text = readSourceText(ctx.source, file, ctx.sink, at);
  return text === undefined ? undefined : checkVtt(text, file, what, ctx.sink, { at, id });
}

/** `portrait-alt`; without it, "Portrait of …" in the course language, and a warning (unless a misspelt attribute was meant for it: reported). */
function portraitAlt(node: Directive, values: AttributeValues, id: string, speaker: string, ctx: BlockContext): string {
  if (typeof values['portrait-alt'] === 'string') return values['portrait-alt'];
  const fallback = (selectPlayerStrings(ctx.language).strings['interview.portraitAlt'] ?? '{name}').replace('{name}', speaker);
  if (!attributeMeant(node, 'portrait-alt')) ctx.sink.report('interview-portrait-missing-alt', { at: attributeLocation(node, 'portrait', ctx), values: { id, fallback } });
  return fallback;
}

/** A block quote as a pull quote; a closing "— Name" paragraph names who said it. */
function pullQuote(node: Blockquote, speaker: string, ctx: BlockContext): PullQuote {
  const last = node.children[node.children.length - 1];
  const by = last?.type === 'paragraph' && node.children.length > 1 ? /^(?:\u2014|\u2013|--)\s*(.+)$/s.exec(ctx.text([last]).trim()) : null;
  const content = by ? node.children.slice(0, -1) : node.children;
  return { html: ctx.html(content as RootContent[]), by: by?.[1]?.trim() ?? speaker };
}

/** A text interview's questions and answers in order, each block quote made a pull quote in place. */
function conversationParts(nodes: readonly RootContent[], quote: (q: Blockquote) => PullQuote, ctx: BlockContext): InterviewPart[] {
  const parts: InterviewPart[] = [];
  let run: RootContent[] = [];
  const flush = (): void => {
    if (run.length) parts.push({ html: ctx.html(run) });
    run = [];
  };
  for (const node of nodes) {
    if (node.type !== 'blockquote') {
      run.push(node);
      continue;
    }
    flush();
    parts.push({ quote: quote(node) });
  }
  flush();
  return parts;
}

/**
 * The names Intl.DisplayNames gives the player's languages in one another (test/parse/blocks
 * checks that they still are): the usual course, captioned in its own language, does not load
 * ICU's language names, which cost some 20 ms at their first use.
 */
export const knownLanguageNames: ReadonlyMap<string, string> = new Map([
  ['en\nen', 'English'],
  ['es\nen', 'Spanish'],
  ['en\nes', 'inglés'],
  ['es\nes', 'español'],
]);

const languageNames = new Map<string, string>(knownLanguageNames);

/**
 * "es" → "Spanish" (named in the course language); the tag itself when Node does not know it.
 * Remembered: making an Intl.DisplayNames costs more than a whole caption file's parse.
 */
export function languageName(lang: string, inLanguage: string): string {
  const key = `${lang}\n${inLanguage}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    languageNames.set(key, name);
  }
  return name;
}
