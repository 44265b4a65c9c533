import { validateManifestXml } from '../../src/inspect/validate-xsd.js';

// The validation lives in src/inspect/ since `coursewright inspect` runs it too; tests keep
// comparing plain messages.
const messages = async (result: ReturnType<typeof validateManifestXml>): Promise<{ valid: boolean; errors: string[] }> => {
  const { valid, errors } = await result;
  return { valid, errors: errors.map((error) => error.message) };
};

/** Validate a SCORM 1.2 imsmanifest.xml against the official XSDs in vendor/xsd (standards §7.1). */
export const validateScorm12Manifest = (xml: string): Promise<{ valid: boolean; errors: string[] }> => messages(validateManifestXml('scorm12', xml));

/** Validate a cmi5.xml against the official CourseStructure.xsd in vendor/xsd (standards §4.1). */
export const validateCmi5Xml = (xml: string): Promise<{ valid: boolean; errors: string[] }> => messages(validateManifestXml('cmi5', xml));

/**
 * Validate a SCORM 2004 4th Edition imsmanifest.xml against ADL's control documents as shipped
 * (vendor/xsd/scorm2004-4th), with libxml2 (standards §7.1); see src/inspect/validate-xsd.ts.
 */
export const validateScorm2004Manifest = (xml: string): Promise<{ valid: boolean; errors: string[] }> => messages(validateManifestXml('scorm2004', xml));
