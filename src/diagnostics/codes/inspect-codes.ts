import { defineCodes } from '../code-info.js';

/** `coursewright inspect`: problems found in a finished zip, ours or another tool's. */
export const inspectCodes = defineCodes({
  'inspect-zip-unreadable': {
    severity: 'error',
    title: 'File is not a readable zip',
    message: (v) => `Could not read "${v.zip}" as a zip: ${v.reason}.`,
    hint: () => 'Export or download the package again; an LMS cannot import a damaged or partial zip.',
  },
  'inspect-web-package': {
    severity: 'info',
    title: 'A web package, which no LMS imports',
    message: () => 'This is a coursewright web package: a website with no manifest for an LMS and no tracking, so there is nothing here for an LMS to check.',
    hint: () => 'Put it on a web server or intranet as it is. For an LMS, upload the SCORM, xAPI or cmi5 package of the same course, and inspect that.',
  },
  'inspect-manifest-missing': {
    severity: 'error',
    title: 'No manifest at the root of the zip',
    message: (v) =>
      v.found
        ? `Expected imsmanifest.xml, tincan.xml or cmi5.xml at the root of the zip, found "${v.found}" inside a folder.`
        : 'Expected imsmanifest.xml (SCORM), tincan.xml (xAPI) or cmi5.xml (cmi5) at the root of the zip, found none.',
    hint: (v) =>
      v.found
        ? 'Zip the contents of the course folder, not the folder itself: the manifest must be the first level of the zip.'
        : 'This is not an e-learning package an LMS can import. Export it again as SCORM, xAPI or cmi5.',
  },
  'inspect-wrapper-folder': {
    severity: 'error',
    title: 'Everything is inside one top-level folder',
    message: (v) => `Every file of the zip is inside the folder "${v.folder}"; LMSs look for the manifest at the top level.`,
    hint: () =>
      'Zip the contents of the folder, not the folder (macOS "Compress" wraps the folder). Select the files inside it and compress those.',
  },
  'inspect-junk-file': {
    severity: 'warning',
    title: 'Operating-system clutter in the zip',
    message: (v) => `The zip holds "${v.path}", a file ${v.system} leaves behind; it is not part of the course.`,
    hint: () => 'Remove it (zip with `zip -r pkg.zip . -x "__MACOSX/*" "*.DS_Store" "*Thumbs.db"`); some LMSs list or reject it.',
  },
  'inspect-compression-unsupported': {
    severity: 'error',
    title: 'Zip entry many LMSs cannot unpack',
    message: (v) => `The entry "${v.path}" is ${v.how}; LMS unpackers expect only stored or deflated, unencrypted files.`,
    hint: () => 'Zip the package again with a standard tool and no password (Deflate, not Deflate64, LZMA or AES).',
  },
  'inspect-vtt-not-read': {
    severity: 'warning',
    title: 'WebVTT file too large to check',
    message: (v) => `"${v.path}" is ${v.size}, more than the ${v.limit} inspect reads from a WebVTT file; its captions were not checked.`,
    hint: () =>
      'Captions for an hour of talk are well under 1 MB: a file this large is likely not captions, or several files joined. Check it in a player before the upload.',
  },
  'inspect-manifest-invalid': {
    severity: 'error',
    title: 'Manifest does not match its official schema',
    message: (v) => `The ${v.manifest} does not match the official schema: ${v.detail}`,
    hint: () =>
      'Fix the tool or template that wrote the manifest, or export again; LMSs that validate the manifest refuse the upload, others fail later.',
  },
  'inspect-manifest-doctype': {
    severity: 'error',
    title: 'Manifest with a DOCTYPE',
    message: (v) => `The ${v.manifest} declares a DOCTYPE, which no control file has; its entities were not expanded and the file was not read further.`,
    hint: () =>
      'Remove the <!DOCTYPE …> declaration, or export the package again. LMSs that guard against XML attacks refuse a manifest with one, and its entities can make a parser run out of memory.',
  },
  'inspect-launch-missing': {
    severity: 'error',
    title: 'No launch file',
    message: (v) =>
      v.launch
        ? `The launch file "${v.launch}" named by ${v.manifest} is not in the zip.`
        : `The ${v.manifest} names no launch file, so the LMS has nothing to open.`,
    hint: (v) => (v.similar ? `The zip has "${v.similar}": names are case-sensitive on LMS servers.` : 'Add the launch page, or correct the manifest to name it.'),
  },
  'inspect-file-missing': {
    severity: 'error',
    title: 'Manifest names a file that is not in the zip',
    message: (v) => `The ${v.from} in ${v.manifest} names "${v.href}", which is not in the zip.`,
    hint: (v) =>
      v.similar
        ? `The zip has "${v.similar}": names are case-sensitive on LMS servers, so make them match exactly.`
        : 'Add the file to the package or remove the reference; learners would see a broken page or missing media.',
  },
  'inspect-href-leading-slash': {
    severity: 'error',
    title: 'Manifest href starts with "/"',
    message: (v) => `The ${v.from} in ${v.manifest} is "${v.href}", which starts with "/"; hrefs must be relative to the package root.`,
    hint: () => 'Remove the leading "/": the LMS serves the package from its own folder, and the ADL test suite rejects such hrefs.',
  },
  'inspect-identifier-not-ncname': {
    severity: 'error',
    title: 'Manifest identifier is not a valid XML name',
    message: (v) => `The ${v.element} identifier "${v.value}" is not a valid XML name (it must start with a letter or "_" and hold no spaces or ":").`,
    hint: () => 'Prefix it with a letter, e.g. "R-" before a UUID, and replace spaces and ":" with "-".',
  },
  'inspect-identifier-prefix': {
    severity: 'warning',
    title: 'Manifest identifier SuccessFactors cannot tell apart',
    message: (v) =>
      v.other
        ? `The manifest identifiers of "${v.zip}" and "${v.other}" share their first 15 characters ("${v.prefix}") and the zips a resource identifier; SAP SuccessFactors builds its content ids from those 15 characters and the resource identifier, so one would overwrite the other.`
        : `The manifest identifier "${v.value}" starts with the generic "${v.prefix}"; SAP SuccessFactors builds its content ids from the first 15 characters, so courses with this prefix collide.`,
    hint: () => 'Start the identifier with something unique to the course, e.g. its short name, before any company or tool prefix.',
  },
});
