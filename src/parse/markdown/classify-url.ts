/** What an author's address is, decided the same way for links and images. */
export type UrlKind =
  /** `#part` of the same page. */
  | 'fragment'
  /** A path in the course (or one that tries to leave it: the asset check reports that). */
  | 'path'
  | 'https'
  | 'http'
  | 'mailto'
  | 'tel'
  /** javascript:, vbscript:, data: — would run code or embed content. */
  | 'unsafe'
  /** Any other scheme (file:, ftp:, smb: …): learners' browsers cannot open it from the course. */
  | 'unsupported';

/** An address with its kind; `url` has its scheme lower-cased so `HTTPS://x` keeps working. */
export interface ClassifiedUrl {
  kind: UrlKind;
  url: string;
  /** The scheme as the author wrote it, lower-cased, e.g. `file`. */
  scheme?: string;
}

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Classify an address the way a browser reads it: tabs and newlines inside are ignored and
 * leading spaces or control characters are skipped, so `java\tscript:` is still javascript:.
 * A one-letter "scheme" is a Windows drive (`C:\x.png`), treated as a path so it is refused as
 * one that leaves the course.
 */
export function classifyUrl(raw: string): ClassifiedUrl {
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (cleaned.startsWith('#')) return { kind: 'fragment', url: raw };
  const written = schemePattern.exec(cleaned)?.[1];
  if (written === undefined || written.length === 1) return { kind: 'path', url: raw };
  const scheme = written.toLowerCase();
  const url = scheme + cleaned.slice(written.length);
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') return { kind: 'unsafe', url, scheme };
  if (scheme === 'https' || scheme === 'http' || scheme === 'mailto' || scheme === 'tel') return { kind: scheme, url, scheme };
  return { kind: 'unsupported', url, scheme };
}
