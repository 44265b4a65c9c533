/** Web Crypto as far as `contentEtag` needs it (absent outside secure contexts: plain http pages). */
export interface DigestSource {
  readonly subtle?: Pick<SubtleCrypto, 'digest'>;
}

/**
 * The ETag an LRS gives a document of this text: its SHA-1 in hexadecimal, quoted. xAPI makes LRSs
 * compute it so, so that a client that cannot read the header can compute it itself (standards
 * 3.21; xAPI 1.0.3 Communication §3.1), and most LRSs send it on a read only, not after a write.
 * Undefined where the browser offers no digest.
 */
export async function contentEtag(crypto: DigestSource, text: string): Promise<string | undefined> {
  if (!crypto.subtle) return undefined;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
    return `"${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
  } catch {
    return undefined;
  }
}
