/**
 * Text that goes inside a button, label or span: drop the paragraph wrapper of a one-paragraph
 * HTML fragment (a `<p>` there is invalid markup).
 */
export function unwrapParagraph(html: string): string {
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return match?.[1] !== undefined && !match[1].includes('<p>') ? match[1] : html;
}
