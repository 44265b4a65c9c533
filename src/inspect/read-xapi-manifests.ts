import type { ManifestFacts } from './manifest-facts.js';
import { attribute, childElements, childText, descendants, type XmlElement } from './xml-elements.js';

/** The text of a `<title>`/`<name>` that may hold `<langstring>` children (cmi5) or text (Tin Can). */
function label(element: XmlElement | undefined, name: string): string | undefined {
  const node = element ? childElements(element, name)[0] : undefined;
  if (!node) return undefined;
  const first = childText(node, 'langstring');
  return first ?? (node.textContent?.trim() || undefined);
}

/**
 * What a tincan.xml says: the launchable activity (the one with `<launch>`; standards §3.18 allows
 * one) gives the id, the name and the launch file.
 */
export function readTincanXml(root: XmlElement): ManifestFacts {
  const activities = descendants(root, 'activity');
  const launchable = activities.filter((a) => childElements(a, 'launch').length > 0);
  const activity = launchable[0] ?? activities[0];
  const launch = launchable.map((a) => childText(a, 'launch')).filter((h): h is string => h !== undefined);
  const identifier = activity ? attribute(activity, 'id') : undefined;
  const title = label(activity, 'name');
  return {
    standard: 'xapi',
    ...(identifier !== undefined ? { identifier } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(launch[0] !== undefined ? { launch: launch[0] } : {}),
    references: launch.map((href) => ({ href, from: 'activity launch' })),
    identifiers: [],
    items: launchable.length,
  };
}

/** What a cmi5.xml says: the course id and title, each AU's url (the first one launches), moveOn and masteryScore. */
export function readCmi5Xml(root: XmlElement): ManifestFacts {
  const course = descendants(root, 'course')[0];
  const aus = descendants(root, 'au');
  const urls = aus.map((au) => ({ href: childText(au, 'url'), from: `AU "${attribute(au, 'id') ?? ''}" url` }));
  const first = aus[0];
  const identifier = course ? attribute(course, 'id') : undefined;
  const title = label(course, 'title');
  const mastery = first ? attribute(first, 'masteryScore') : undefined;
  const moveOn = first ? attribute(first, 'moveOn') : undefined;
  return {
    standard: 'cmi5',
    ...(identifier !== undefined ? { identifier } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(urls[0]?.href !== undefined ? { launch: urls[0].href } : {}),
    references: urls.flatMap((u) => (u.href !== undefined ? [{ href: u.href, from: u.from }] : [])),
    identifiers: [],
    ...(mastery !== undefined ? { masteryScore: mastery } : {}),
    ...(moveOn !== undefined ? { moveOn } : {}),
    items: aus.length,
  };
}
