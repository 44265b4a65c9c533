/**
 * Text as an XML 1.0 document can hold it: drops the characters XML cannot represent at all (C0
 * controls other than tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF).
 * Escaping `&`, `<` and quotes is left to xmlbuilder2.
 */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
