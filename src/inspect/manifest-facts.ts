/** The e-learning standards `inspect` recognises, from the control file at the zip root. */
export type PackageStandard = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

/** Readable names, for the report. */
export const standardNames: Record<PackageStandard, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004',
  xapi: 'xAPI (Tin Can)',
  cmi5: 'cmi5',
};

/** A file the manifest names, which must be in the zip. */
export interface ManifestReference {
  /** As written in the manifest. */
  href: string;
  /** What names it, e.g. `resource "course-sco"` or `AU url`. */
  from: string;
}

/** An identifier the manifest declares (SCORM: xs:ID values). */
export interface ManifestIdentifier {
  element: string;
  value: string;
}

/** What a control file says about the package, as far as `inspect` reports it. */
export interface ManifestFacts {
  standard: PackageStandard;
  /** Manifest identifier (SCORM) or course / activity id (xAPI, cmi5). */
  identifier?: string;
  title?: string;
  /** The launch file's href, as written (may hold a query string). */
  launch?: string;
  references: ManifestReference[];
  identifiers: ManifestIdentifier[];
  /** SCORM 1.2: adlcp:masteryscore (0–100); SCORM 2004: the primary objective's minNormalizedMeasure (0–1); cmi5: the AU's masteryScore (0–1). */
  masteryScore?: string;
  /** SCORM: number of items in the default organization; cmi5: number of AUs. */
  items?: number;
  /** cmi5: the AU's moveOn. */
  moveOn?: string;
}

/**
 * The entry path an href points at: query and fragment removed, percent-escapes decoded, and
 * undefined for absolute URLs (another server's file cannot be missing from the zip).
 */
export function hrefPath(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const path = href.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
