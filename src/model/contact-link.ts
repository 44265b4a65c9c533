/**
 * Support contacts are written as text ("0800 123 456 (24 hours)", "hr@example.org"). The phone
 * number or e-mail address in them becomes a `tel:` or `mailto:` link, so a learner on a phone can
 * tap it. Shared by the renderer and the browser runtime: DOM-free, import-free.
 */
export interface ContactLink {
  /** The text before the linked part. */
  before: string;
  /** The linked part, as written. */
  text: string;
  /** `tel:` with digits (and a leading +) only, or `mailto:`. */
  href: string;
  /** The text after the linked part. */
  after: string;
}

const email = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[A-Za-z]{2,}/;
// A leading +, digit or bracketed area code, then digits with spaces, dots, hyphens and at most one
// bracketed group ("+44 (0)20 7946 0000"); a phone number has at least six digits.
const phone = /(?:\+?\d|\(\d+\))[\d .-]*(?:\(\d+\)[\d .-]*)?\d/g;

/** The phone number or e-mail address in a contact text, or undefined when it has none. */
export function contactLink(contact: string): ContactLink | undefined {
  const mail = email.exec(contact);
  if (mail) return split(contact, mail.index, mail[0], `mailto:${mail[0]}`);
  for (const call of contact.matchAll(phone)) {
    // The trunk 0 in brackets after a country code is not dialled: +44 (0)20 → +4420.
    const digits = call[0].replace(/^(\+\d+)\s*\(0\)/, '$1').replace(/[^\d+]/g, '');
    if (digits.replace('+', '').length >= 6) return split(contact, call.index, call[0], `tel:${digits}`);
  }
  return undefined;
}

function split(contact: string, index: number, text: string, href: string): ContactLink {
  return { before: contact.slice(0, index), text, href, after: contact.slice(index + text.length) };
}
