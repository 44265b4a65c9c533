/** The part of `Crypto` the runtime needs (a test passes Node's `crypto`). */
export interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/**
 * A random UUID version 4 (RFC 4122, variant 10xx as the xAPI validators demand, standards 3.2),
 * made from `getRandomValues` because `crypto.randomUUID` exists only in secure contexts.
 */
export function uuidV4(random: RandomSource): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => (byte + 0x100).toString(16).slice(1)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
