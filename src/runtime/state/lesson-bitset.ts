/** URL-safe alphabet: no characters that LMSs or form encodings have been seen to mangle. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Packs lesson indexes into base64url characters, six lessons per character. */
export function encodeLessonBitset(indexes: readonly number[]): string {
  const words: number[] = [];
  for (const index of indexes) {
    if (!Number.isInteger(index) || index < 0) continue;
    const word = Math.floor(index / 6);
    while (words.length <= word) words.push(0);
    words[word] = (words[word] ?? 0) | (1 << (index % 6));
  }
  return words.map((word) => alphabet.charAt(word)).join('');
}

/** The lesson indexes in a bitset made by `encodeLessonBitset`, or undefined if it is not one. */
export function decodeLessonBitset(text: string): number[] | undefined {
  const indexes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const word = alphabet.indexOf(text.charAt(i));
    if (word < 0) return undefined;
    for (let bit = 0; bit < 6; bit++) if (word & (1 << bit)) indexes.push(i * 6 + bit);
  }
  return indexes;
}
