import type { ManifestFacts, ManifestReference, PackageStandard } from './manifest-facts.js';
import { attribute, childElements, childText, descendants, type XmlElement } from './xml-elements.js';

/**
 * SCORM 1.2 or 2004, by `<schemaversion>` as Moodle decides: "1.2" (or none, Moodle's fallback)
 * is 1.2; "2004 …" or "CAM 1.3" is 2004.
 */
export function scormVersion(root: XmlElement): PackageStandard {
  const metadata = childElements(root, 'metadata')[0];
  const version = metadata ? childText(metadata, 'schemaversion') : undefined;
  return version && /2004|CAM 1\.3/i.test(version) ? 'scorm2004' : 'scorm12';
}

/**
 * What an imsmanifest.xml says: identifiers, the launch file (the resource of the default
 * organization's first item), every resource and file href, mastery score and item count.
 */
export function readScormManifest(root: XmlElement): ManifestFacts {
  const resources = descendants(root, 'resource');
  const organizations = childElements(root, 'organizations')[0];
  const wanted = organizations ? attribute(organizations, 'default') : undefined;
  const orgs = organizations ? childElements(organizations, 'organization') : [];
  const organization = orgs.find((o) => attribute(o, 'identifier') === wanted) ?? orgs[0];
  const items = organization ? descendants(organization, 'item') : [];
  const firstLeaf = items.find((item) => attribute(item, 'identifierref') !== undefined);
  const launchResource = firstLeaf
    ? resources.find((r) => attribute(r, 'identifier') === attribute(firstLeaf, 'identifierref'))
    : resources.find((r) => /^sco$/i.test(scormType(r) ?? '') && attribute(r, 'href'));
  const launch = launchResource ? resourceHref(launchResource) : undefined;
  const mastery = items.map((item) => childText(item, 'masteryscore') ?? measureToPass(item)).find((m) => m !== undefined);
  const identifier = attribute(root, 'identifier');
  const title = organization ? childText(organization, 'title') : undefined;
  return {
    standard: scormVersion(root),
    ...(identifier !== undefined ? { identifier } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(launch !== undefined ? { launch } : {}),
    references: resources.flatMap(resourceReferences),
    identifiers: [root, ...orgs, ...items, ...resources].flatMap((element) => {
      const value = attribute(element, 'identifier');
      return value === undefined ? [] : [{ element: element.localName, value }];
    }),
    ...(mastery !== undefined ? { masteryScore: mastery } : {}),
    items: items.length,
  };
}

/**
 * SCORM 2004's pass mark: the primary objective's `minNormalizedMeasure` (0–1), when the objective
 * is satisfied by that measure (SN 5.1.3; without `satisfiedByMeasure` the LMS ignores it).
 */
function measureToPass(item: XmlElement): string | undefined {
  const primary = descendants(item, 'primaryObjective')[0];
  return primary && attribute(primary, 'satisfiedByMeasure') === 'true' ? childText(primary, 'minNormalizedMeasure') : undefined;
}

function scormType(resource: XmlElement): string | undefined {
  return attribute(resource, 'adlcp:scormtype') ?? attribute(resource, 'adlcp:scormType');
}

/** xml:base on `<resources>` and `<resource>` prefixes every href below them (IMS CP 1.1.4). */
function base(resource: XmlElement): string {
  const parent = resource.parentNode as XmlElement | null;
  return `${(parent && attribute(parent, 'xml:base')) ?? ''}${attribute(resource, 'xml:base') ?? ''}`;
}

function resourceHref(resource: XmlElement): string | undefined {
  const href = attribute(resource, 'href');
  return href === undefined ? undefined : `${base(resource)}${href}`;
}

function resourceReferences(resource: XmlElement): ManifestReference[] {
  const id = attribute(resource, 'identifier') ?? '';
  const from = `resource "${id}"`;
  const href = resourceHref(resource);
  const files = childElements(resource, 'file').flatMap((file) => {
    const fileHref = attribute(file, 'href');
    return fileHref === undefined ? [] : [{ href: `${base(resource)}${fileHref}`, from: `file of ${from}` }];
  });
  return [...(href !== undefined ? [{ href, from }] : []), ...files];
}
