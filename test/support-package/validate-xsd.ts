import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const vendor = new URL('../../vendor/xsd/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, vendor), 'utf8');

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

let preload: { fileName: string; contents: string }[] | undefined;

/**
 * Validate a SCORM 1.2 imsmanifest.xml against the official control documents in vendor/xsd, with
 * libxml2 (xmllint-wasm). Two traps (standards §7.1): IMS's ims_xml.xsd breaks libxml2, so the W3C
 * xml.xsd is loaded under its name; imsmd is left out (not deterministic for libxml2), which is
 * fine because coursewright writes no inline LOM metadata.
 */
export async function validateScorm12Manifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  preload ??= [
    { fileName: 'imscp_rootv1p1p2.xsd', contents: read('scorm12/imscp_rootv1p1p2.xsd') },
    { fileName: 'adlcp_rootv1p2.xsd', contents: read('scorm12/adlcp_rootv1p2.xsd') },
    { fileName: 'ims_xml.xsd', contents: read('validation/xml.xsd') },
  ];
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'scorm12-driver.xsd', contents: driverXsd }],
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}

/**
 * Validate a cmi5.xml against the official cmi5 CourseStructure.xsd in vendor/xsd, with libxml2
 * (xmllint-wasm), as the CATAPULT player does (standards §4.1). The schema imports nothing.
 */
export async function validateCmi5Xml(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'cmi5.xml', contents: xml }],
    schema: [{ fileName: 'CourseStructure.xsd', contents: read('cmi5/CourseStructure.xsd') }],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}
