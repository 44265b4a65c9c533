import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { blockStrings } from '../../../src/model/strings/block-strings.js';

const at = { file: 'lessons/a.md', range: { start: { line: 1, column: 1 } } };
const hbs = Handlebars.create();

/** Render templates/blocks/<kind>.hbs the way the renderer does: `{ ...block, strings }`. */
function render(kind: string, block: Record<string, unknown>): string {
  const source = readFileSync(new URL(`../../../templates/blocks/${kind}.hbs`, import.meta.url), 'utf8');
  return hbs.compile(source, { strict: false })({ ...block, strings: blockStrings });
}

function wrapper(html: string): string {
  return /^<div [^>]*>/.exec(html.trim())?.[0] ?? '';
}

describe('block templates', () => {
  it('wrap every block in its data-cw container', () => {
    const blocks: [string, Record<string, unknown>][] = [
      ['interview', { id: 'amara', format: 'recording', speaker: 'Amara', speakers: [{ name: 'Amara' }], captions: [], chapters: [], quotes: [], parts: [], introHtml: '' }],
      ['scenario', { id: 'break-room', scenario: { title: 'T' } }],
      ['check', { id: 'q', options: [], promptHtml: '' }],
      ['reflection', { id: 'r', promptHtml: '' }],
      ['practice', { id: 'p', mode: 'choose', techniques: [], situationHtml: '' }],
      ['acknowledgement', { id: 'ack', statementHtml: '' }],
      ['content-note', { id: 'cn', html: '', support: { title: 'S', resources: [] } }],
    ];
    for (const [kind, block] of blocks) {
      expect(wrapper(render(kind, { kind, at, ...block }))).toBe(`<div class="cw-block cw-${kind}" data-cw-block="${block.id as string}" data-cw-kind="${kind}"${kind === 'practice' ? ' data-cw-mode="choose"' : kind === 'interview' ? ' data-cw-format="recording"' : ''}>`);
    }
  });

  it('renders an interview with portrait, captioned video, quotes and a transcript', () => {
    const html = render('interview', {
      kind: 'interview', id: 'amara', speaker: 'Amara <Okafor>', role: 'Charge nurse', at,
      portrait: { path: 'media/amara.jpg', alt: 'Amara smiling' },
      media: { path: 'media/amara.mp4', kind: 'video', poster: 'media/amara-poster.jpg' },
      captions: [{ lang: 'en', label: 'English', path: 'media/amara.en.vtt', at }, { lang: 'es', label: 'Spanish', path: 'media/amara.es.vtt', at }],
      speakers: [{ name: 'Amara <Okafor>', role: 'Charge nurse' }], chapters: [], parts: [],
      quotes: [{ html: '<p>It started small.</p>', by: 'Amara <Okafor>' }], introHtml: '<p>Amara has worked nights for ten years.</p>',
      transcriptHtml: '<p>Full transcript.</p>',
    });
    expect(html).toContain('<img class="cw-interview__portrait" src="media/amara.jpg" alt="Amara smiling"');
    expect(html).toContain('Amara &lt;Okafor&gt;');
    expect(html).toMatch(/<video class="cw-interview__player" src="media\/amara.mp4" controls[^>]* poster="media\/amara-poster.jpg">/);
    expect(html).toContain('<track kind="captions" src="media/amara.en.vtt" srclang="en" label="English" data-cw-default>');
    expect(html).toContain('<track kind="captions" src="media/amara.es.vtt" srclang="es" label="Spanish">');
    expect(html).toContain('</video>');
    expect(html).toMatch(/<figure class="cw-quote">\s*<blockquote class="cw-quote__text"><p>It started small.<\/p><\/blockquote>\s*<figcaption class="cw-quote__by">Amara &lt;Okafor&gt;<\/figcaption>/);
    expect(html).toMatch(/<details class="cw-interview__transcript">\s*<summary>Read the transcript<\/summary>/);
  });

  it('renders an audio interview as <audio>', () => {
    const html = render('interview', { id: 'a', speaker: 'S', speakers: [{ name: 'S' }], captions: [], chapters: [], quotes: [], parts: [], introHtml: '', media: { path: 'media/a.mp3', kind: 'audio' } });
    expect(html).toContain('<audio class="cw-interview__player" src="media/a.mp3"');
    expect(html).toContain('</audio>');
  });

  it('renders a composite text interview with several speakers, a pull quote in place and no media', () => {
    const html = render('interview', {
      id: 'rosa', format: 'text', speaker: 'Rosa', speakers: [{ name: 'Rosa', role: 'Ward clerk' }, { name: 'Dan' }], composite: true,
      captions: [], chapters: [], quotes: [], introHtml: '<p>Intro.</p>',
      parts: [{ html: '<h3>When?</h3><p>Early.</p>' }, { quote: { html: '<p>It was my fault, I thought.</p>', by: 'Dan' } }],
    });
    expect(html).toContain(`<p class="cw-interview__composite">${blockStrings['interview.composite']!}</p>`);
    expect(html).toMatch(/<ul class="cw-interview__speakers" id="cw-rosa-who" aria-label="People in this interview">\s*<li><span class="cw-interview__name">Rosa<\/span> <span class="cw-interview__role">Ward clerk<\/span><\/li>\s*<li><span class="cw-interview__name">Dan<\/span><\/li>/);
    expect(html).toMatch(/<h3>When\?<\/h3><p>Early.<\/p>\s*<figure class="cw-quote cw-quote--pull">\s*<blockquote class="cw-quote__text"><p>It was my fault, I thought.<\/p><\/blockquote>\s*<figcaption class="cw-quote__by">Dan<\/figcaption>/);
    expect(html).not.toContain('<audio');
    expect(html).not.toContain('<video');
  });

  it('renders chapters as buttons that carry their start, and a caption area for captioned media', () => {
    const html = render('interview', {
      id: 'a', speaker: 'S', speakers: [{ name: 'S' }], quotes: [], parts: [], introHtml: '', media: { path: 'media/a.mp3', kind: 'audio' },
      captions: [{ lang: 'en', label: 'English', path: 'media/a.en.vtt', at }], chapters: [{ start: 65.5, time: '1:05', title: 'What changed' }],
    });
    expect(html).toContain('<button type="button" class="cw-interview__chapter" data-cw-seek="65.5"><span class="cw-interview__time">1:05</span> What changed</button>');
    expect(html).toContain('<p class="cw-interview__caption" aria-live="off" data-cw-caption></p>');
  });

  it('renders a check as a fieldset of inputs with a Check button', () => {
    const html = render('check', {
      id: 'q-signs', type: 'single', inputType: 'radio', promptHtml: '<p>Which sign?</p>', promptText: 'Which sign?', attempts: 1, graded: true, at,
      options: [{ id: 'laughter', code: 'a', html: 'Laughter', text: 'Laughter', correct: false, at }, { id: 'silence', code: 'b', html: 'Silence', text: 'Silence', correct: true, at }],
    });
    expect(html).toContain('<fieldset class="cw-check__fieldset" aria-labelledby="cw-q-signs-prompt">');
    // Single choice without JavaScript is a radio group (the renderer passes inputType).
    expect(html).toContain('<input class="cw-check__input" type="radio" name="cw-q-signs" value="b">');
    expect(html).toContain('>Check</button>');
  });

  it('renders a reflection with a label, a textarea and the privacy note', () => {
    const html = render('reflection', { id: 'r-moment', promptHtml: '<p>Think.</p>', confirm: true, report: false, at });
    expect(html).toContain('<label class="cw-reflection__label" for="cw-r-moment-text">');
    expect(html).toContain('<textarea class="cw-reflection__text" id="cw-r-moment-text"');
    expect(html).toContain('stays on this device');
    expect(html).toContain('>I have reflected</button>');
    expect(html).toContain('>Delete my answer</button>');
    expect(render('reflection', { id: 'r', promptHtml: '', confirm: false, report: true })).not.toContain('I have reflected');
  });

  it('renders a practice with its situation and techniques', () => {
    const html = render('practice', {
      id: 'p-ward', mode: 'order', situationHtml: '<p>On the ward.</p>', at,
      techniques: [{ id: 'direct', code: 'a', label: 'Direct', html: 'Say it.', text: 'Say it.', recommended: true, at }],
    });
    expect(html).toContain('<p>On the ward.</p>');
    expect(html).toContain('<li class="cw-practice__technique" data-code="a"><strong class="cw-practice__label">Direct</strong> Say it.</li>');
  });

  it('renders an acknowledgement with the statement, a checkbox and Confirm', () => {
    const html = render('acknowledgement', { id: 'ack-policy', statementHtml: '<p>I have read the policy.</p>', required: true, at });
    expect(html).toContain('<p>I have read the policy.</p>');
    expect(html).toContain('<input class="cw-ack__box" type="checkbox" id="cw-ack-policy-agree"');
    expect(html).toContain('>Confirm</button>');
    expect(html).toContain('Required to complete the course.');
  });

  it('renders a content note with the default text and the support resources', () => {
    const html = render('content-note', {
      id: 'cn-welcome', html: '', at,
      support: { title: 'Support is available', resources: [{ name: 'EAP', contact: '0800 000 000', url: 'https://example.org/eap', description: 'Free, 24/7.' }, { name: 'HR' }] },
    });
    expect(html).toContain('role="note"');
    expect(html).toContain(blockStrings['contentNote.default']);
    expect(html).toContain('<a href="https://example.org/eap" target="_blank" rel="noopener noreferrer">EAP <span class="cw-visually-hidden">(opens in a new tab)</span></a>');
    expect(html).toContain('0800 000 000');
    expect(html).toContain('<p class="cw-support__name">HR</p>');
    const own = render('content-note', { id: 'cn-2', html: '<p>Author text.</p>', support: { title: 'S', resources: [] } });
    expect(own).toContain('<p>Author text.</p>');
    expect(own).not.toContain('cw-support');
  });

  it('offers a content note\'s link to the next lesson when the renderer gives it one (skip)', () => {
    const support = { title: 'S', resources: [] };
    const skip = render('content-note', { id: 'cn-3', html: '<p>Personal accounts follow.</p>', skip: true, skipTo: { id: 'speaking-up', title: 'Speaking up' }, support });
    expect(skip).toContain(`<a class="cw-button cw-button-quiet" href="#lesson-speaking-up">${blockStrings['contentNote.skip']} Speaking up</a>`);
    expect(render('content-note', { id: 'cn-4', html: '', support })).not.toContain('#lesson-');
  });

  it('renders a scenario container with its title as the fallback heading', () => {
    const html = render('scenario', { id: 'break-room', scenario: { title: 'The break-room comment' }, at });
    expect(html).toContain('<h2 class="cw-scenario__title">The break-room comment</h2>');
    expect(html).toContain('data-cw-fallback');
  });
});
