/** FNV-1a over a text's UTF-16 code units: a short, stable fingerprint (not a secret). */
export function textHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
