import { create } from 'xmlbuilder2';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { tincanNamespace, tincanXmlPath } from '../xapi/tincan-xml.js';

/**
 * tincan.xml must have exactly one launchable activity, one with a `<launch>` or `<resource>`
 * (standards §3.18): an LMS launches that one, and LMSs disagree about which to pick when there
 * are several, or import nothing when there is none. Checked on the XML as written, so it holds
 * whatever built it. Returns true on error.
 */
export function checkTincanLaunch(xml: string, sink: DiagnosticSink): boolean {
  const count = launchableActivities(xml);
  if (count === 1) return false;
  sink.report('tincan-launch-count', { values: { manifest: tincanXmlPath, count } });
  return true;
}

/** The part of the DOM (xmlbuilder2's parser builds one) this check reads; Node has no DOM lib. */
interface XmlElement {
  readonly nodeType: number;
  readonly namespaceURI: string | null;
  readonly localName: string;
  readonly childNodes: ArrayLike<XmlElement>;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElement>;
}

/** How many `<activity>` elements of tincan.xml have a `<launch>` or `<resource>` child. */
export function launchableActivities(xml: string): number {
  let root: XmlElement;
  try {
    root = create(xml).root().node as unknown as XmlElement;
  } catch {
    return 0; // not XML at all: nothing an LMS could launch
  }
  if (typeof root.getElementsByTagNameNS !== 'function') return 0;
  let count = 0;
  for (const activity of Array.from(root.getElementsByTagNameNS(tincanNamespace, 'activity'))) {
    const launchable = Array.from(activity.childNodes).some(
      (child) => child.nodeType === 1 && child.namespaceURI === tincanNamespace && ['launch', 'resource'].includes(child.localName),
    );
    if (launchable) count += 1;
  }
  return count;
}
