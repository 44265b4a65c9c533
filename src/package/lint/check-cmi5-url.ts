import { create } from 'xmlbuilder2';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { cmi5Namespace, cmi5XmlPath } from '../cmi5/cmi5-xml.js';

/**
 * The launch parameters an LMS adds to an AU's URL (cmi5 §8.1). The AU URL must not carry them
 * itself (requirement 8.1.0.0-6, standards §4.5): the LMS would send two values, or refuse the
 * course.
 */
export const cmi5ReservedParameters: readonly string[] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

/** The part of the DOM (xmlbuilder2's parser builds one) this check reads; Node has no DOM lib. */
interface XmlElement {
  readonly textContent: string | null;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElement>;
}

/**
 * Check every `<au><url>` of cmi5.xml for query parameters the LMS reserves. Names are compared
 * without regard to case, as some LMSs read them. Returns true on error.
 */
export function checkCmi5Url(xml: string, sink: DiagnosticSink): boolean {
  let failed = false;
  for (const url of auUrls(xml)) {
    for (const parameter of reservedParametersIn(url)) {
      sink.report('cmi5-url-reserved-parameter', { values: { manifest: cmi5XmlPath, url, parameter } });
      failed = true;
    }
  }
  return failed;
}

/** The text of each `<au>`'s `<url>`, in document order. */
function auUrls(xml: string): string[] {
  const root = create(xml).root().node as unknown as XmlElement;
  return Array.from(root.getElementsByTagNameNS(cmi5Namespace, 'url')).map((url) => (url.textContent ?? '').trim());
}

/** Reserved names among the URL's query parameters, as written. */
export function reservedParametersIn(url: string): string[] {
  const start = url.indexOf('?');
  if (start < 0) return [];
  const end = url.indexOf('#', start);
  const query = new URLSearchParams(url.slice(start + 1, end < 0 ? undefined : end));
  const reserved = new Set(cmi5ReservedParameters.map((name) => name.toLowerCase()));
  return [...new Set([...query.keys()].filter((name) => reserved.has(name.toLowerCase())))];
}
