import type { ReviewWords } from './review-words.js';

/**
 * Sanitized lesson HTML made fit for a document read on its own: media are replaced by a line
 * naming them in `words` (the review carries no files and loads nothing), links stay as text with
 * their address, so the page makes no request when opened.
 */
export function offlineHtml(html: string, words: ReviewWords): string {
  return html
    .replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, (_m, alt: string) => `<span class="media">${words.image(alt)}</span>`)
    .replace(/<img\b[^>]*>/gi, () => `<span class="media">${words.image(undefined)}</span>`)
    .replace(/<(video|audio|iframe|object|embed)\b[\s\S]*?<\/\1>/gi, (_m, tag: string) => `<span class="media">${words.embedded(tag.toLowerCase())}</span>`)
    .replace(/<(source|track|embed)\b[^>]*>/gi, '')
    // A section learners open (:::details) is open for the reviewer.
    .replace(/<details>/g, '<details open>')
    // What a web link says to screen readers ("opens in a new tab") is not so in a document.
    .replace(/<span class="cw-visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<a\b[^>]*?\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) => `${text} <span class="href">(${href})</span>`)
    .replace(/<script\b[\s\S]*?<\/script>/gi, '');
}

/**
 * `html` (the sanitizer's output, whose heading tags are plain `<hN>` and `</hN>`) with every
 * heading `by` levels further down, h6 at most.
 */
export function nestHeadings(html: string, by: number): string {
  return by === 0 ? html : html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_m, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}`);
}

/** Plain text of sanitized HTML, for the Markdown review: tags dropped, the common entities decoded, media named in `words`. */
export function htmlToText(html: string, words: ReviewWords): string {
  return offlineHtml(html, words)
    // A table's header row gets the delimiter row under it, without which Markdown reads no table.
    .replace(/(<tr\b[^>]*>\s*)((?:<th\b[^>]*>[\s\S]*?<\/th>\s*)+)<\/tr>/gi, (_row, open: string, cells: string) => `${open}${cells}</tr><tr>${'<td>---</td>'.repeat(cells.match(/<th\b/gi)?.length ?? 0)}</tr>`)
    .replace(/<\/?strong>/gi, '**')
    .replace(/<\/?em>/gi, '*')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<h[1-6]\b[^>]*>/gi, '\n**')
    .replace(/<\/h[1-6]>/gi, '**\n')
    .replace(/<\/t[dh]>\s*/gi, ' | ')
    .replace(/<tr\b[^>]*>\s*/gi, '| ')
    .replace(/<\/(p|li|blockquote|tr)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    // A checklist's boxes (tickableTaskLists), as Markdown writes them.
    .replace(/<input\b[^>]*\schecked(?=[\s>])[^>]*>\s*/gi, '[x] ')
    .replace(/<input\b[^>]*>\s*/gi, '[ ] ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')
    .replace(/ *\| *\n\s*(?=\|)/g, ' |\n')
    .replace(/ +\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export { escapeHtml } from '../model/escape-html.js';
