import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { packageRoot } from '../render/package-root.js';

/** One problem libxml2 found, with the manifest line when it knows it. */
export interface XsdError {
  message: string;
  line?: number;
}

/** The outcome of validating one manifest against its official schema. */
export interface XsdResult {
  valid: boolean;
  errors: XsdError[];
}

/** Which control file to validate: each has its own schema. */
export type ManifestKind = 'scorm12' | 'scorm2004' | 'cmi5' | 'tincan';

const xsdDir = (): string => join(packageRoot(), 'vendor', 'xsd');
const read = (path: string): string => readFileSync(join(xsdDir(), path), 'utf8');

const cpNamespace = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const adlcpNamespace = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/**
 * A schema that only imports the namespaces a SCORM 1.2 manifest uses. Validating against
 * imscp_rootv1p1p2.xsd alone fails with "strict wildcard" errors, because the adlcp declarations
 * would never be loaded (standards §7.1).
 */
const driverXsd = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:coursewright:scorm12-driver">
  <xs:import namespace="${cpNamespace}" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="${adlcpNamespace}" schemaLocation="adlcp_rootv1p2.xsd"/>
</xs:schema>
`;

/**
 * tincan.xml has no official XSD to vendor; this one only asks for a well-formed document whose
 * root is `tincan` in the Tin Can namespace (standards §3.18), and lets the rest through.
 */
const tincanXsd = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://projecttincan.com/tincan.xsd">
  <xs:element name="tincan"><xs:complexType><xs:sequence>
    <xs:any minOccurs="0" maxOccurs="unbounded" processContents="skip"/>
  </xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
</xs:schema>
`;

const scorm2004Namespaces: [namespace: string, file: string][] = [
  // First, so that imscp_v1p1.xsd's import of http://www.w3.org/2001/xml.xsd finds the namespace
  // loaded already and libxml2 skips the download (validation runs offline).
  ['http://www.w3.org/XML/1998/namespace', 'xml.xsd'],
  ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
  ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
];

/** The SCORM 2004 driver schema: one import per namespace a 4th Edition manifest uses (§7.1). */
const scorm2004DriverXsd = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:coursewright:scorm2004-driver">
${scorm2004Namespaces.map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>
`;

let preload2004: { fileName: string; contents: string }[] | undefined;

/**
 * Validate a SCORM 2004 4th Edition imsmanifest.xml against ADL's control documents as shipped
 * (vendor/xsd/scorm2004-4th), with libxml2. The driver schema imports every namespace; ADL's
 * imscp_v1p1.xsd imports the W3C xml.xsd by its web address, which is mapped to the local copy by
 * importing that namespace first. The XSDs still lax-accept SCORM 1.2 spellings (§2.3): the
 * package lint covers those.
 */
function validateScorm2004Manifest(xml: string): Promise<XsdResult> {
  const dir = join(xsdDir(), 'scorm2004-4th');
  preload2004 ??= readdirSync(dir)
    .filter((name) => name.endsWith('.xsd') || name.endsWith('.dtd'))
    .sort()
    .map((name) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') }));
  return validate('imsmanifest.xml', xml, { fileName: 'scorm2004-driver.xsd', contents: scorm2004DriverXsd }, preload2004);
}

let preload: { fileName: string; contents: string }[] | undefined;

/**
 * Validate a SCORM 1.2 imsmanifest.xml against the official control documents in vendor/xsd, with
 * libxml2 (xmllint-wasm). Two traps (standards §7.1): IMS's ims_xml.xsd breaks libxml2, so the W3C
 * xml.xsd is loaded under its name; imsmd is left out (not deterministic for libxml2), which is
 * fine because coursewright writes no inline LOM metadata.
 */
function validateScorm12Manifest(xml: string): Promise<XsdResult> {
  // Read once: the schemas do not change while the process runs.
  preload ??= [
    { fileName: 'imscp_rootv1p1p2.xsd', contents: read('scorm12/imscp_rootv1p1p2.xsd') },
    { fileName: 'adlcp_rootv1p2.xsd', contents: read('scorm12/adlcp_rootv1p2.xsd') },
    { fileName: 'ims_xml.xsd', contents: read('validation/xml.xsd') },
  ];
  return validate('imsmanifest.xml', xml, { fileName: 'scorm12-driver.xsd', contents: driverXsd }, preload);
}

/**
 * Validate a cmi5.xml against the official cmi5 CourseStructure.xsd in vendor/xsd, with libxml2
 * (xmllint-wasm), as the CATAPULT player does (standards §4.1). The schema imports nothing.
 */
function validateCmi5Xml(xml: string): Promise<XsdResult> {
  return validate('cmi5.xml', xml, { fileName: 'CourseStructure.xsd', contents: read('cmi5/CourseStructure.xsd') });
}

/** Check that a tincan.xml is well-formed XML with a `tincan` root in the Tin Can namespace. */
function validateTincanXml(xml: string): Promise<XsdResult> {
  return validate('tincan.xml', xml, { fileName: 'tincan.xsd', contents: tincanXsd });
}

/**
 * Validate a control file (imsmanifest.xml for SCORM 1.2 or 2004, cmi5.xml, tincan.xml) against its
 * schema with libxml2 (xmllint-wasm), offline: the schemas are read from vendor/xsd. Malformed
 * XML is reported the same way, as libxml2 parser errors with their lines.
 */
export function validateManifestXml(kind: ManifestKind, xml: string): Promise<XsdResult> {
  if (kind === 'scorm12') return validateScorm12Manifest(xml);
  if (kind === 'scorm2004') return validateScorm2004Manifest(xml);
  return kind === 'cmi5' ? validateCmi5Xml(xml) : validateTincanXml(xml);
}

async function validate(
  fileName: string,
  xml: string,
  schema: { fileName: string; contents: string },
  schemaPreload?: { fileName: string; contents: string }[],
): Promise<XsdResult> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], ...(schemaPreload ? { preload: schemaPreload } : {}) });
  const errors = result.errors.map((error) => ({
    message: error.message,
    ...(error.loc?.lineNumber ? { line: error.loc.lineNumber } : {}),
  }));
  return { valid: result.valid, errors };
}
