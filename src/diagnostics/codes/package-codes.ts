import { defineCodes } from '../code-info.js';

/** Packaging and output. */
export const packageCodes = defineCodes({
  'output-write-failed': {
    severity: 'error',
    title: 'Package could not be written',
    message: (v) => `Could not write "${v.path}": ${v.reason}.`,
    hint: () => 'Check that the output folder is writable and the disk has space; nothing half-written was left behind.',
  },
  'package-source-unreadable': {
    severity: 'error',
    title: 'Course file could not be read while packaging',
    message: (v) => `Could not read "${v.path}" while packaging: ${v.reason}.`,
    hint: () =>
      'Check that the file is still in the course folder and readable (it may have been moved or renamed during the build); no package was written.',
  },
  'package-forbidden-file': {
    severity: 'error',
    title: 'Server-side or executable file in the package',
    message: (v) =>
      `The file "${v.path}" is a server-side script or program (${v.kind}); LMSs such as Docebo and CrossKnowledge reject packages that contain one.`,
    hint: () =>
      'Remove it from the course folder. A package may only hold web content: pages, styles, scripts that run in the browser, and media.',
  },
  'package-unsafe-path': {
    severity: 'error',
    title: 'File path LMS servers mishandle',
    message: (v) =>
      `Unexpected path "${v.path}" in the package: ${v.reason}; expected only A–Z, a–z, 0–9, ".", "_" and "-", in folders separated by "/".`,
    hint: () =>
      'Rename the file or folder. LMS servers run on Linux and break on spaces, accents and symbols in file names.',
  },
  'package-duplicate-path': {
    severity: 'error',
    title: 'Two files with the same path',
    message: (v) =>
      v.path === v.other
        ? `Two files would be stored as "${v.path}" in the package.`
        : `The package would hold both "${v.other}" and "${v.path}", which differ only in upper and lower case.`,
    hint: () =>
      'Rename one of them. Windows and macOS treat such names as the same file, so learners or LMS staff would lose one.',
  },
  'package-file-over-zip-limit': {
    severity: 'error',
    title: 'File larger than a zip can hold',
    message: (v) =>
      `"${v.path}" is ${v.size}; a file in a zip without Zip64 can be at most ${v.limit}, so "${v.file}" was not written. coursewright does not write Zip64: many LMSs cannot unpack it.`,
    hint: () =>
      'Make the video smaller (for example H.264 at a lower bit rate or resolution, or split it into parts), or host it on a video service and link to it.',
  },
  'package-over-zip-limit': {
    severity: 'error',
    title: 'Package larger than a zip can hold',
    message: (v) => `The package "${v.file}" was not written: ${v.reason}. coursewright does not write Zip64, which many LMSs cannot unpack.`,
    hint: () => 'Make the media smaller, or split the course into several courses; LMSs refuse uploads far smaller than this anyway.',
  },
  'package-too-large': {
    severity: 'warning',
    title: 'Package larger than some LMSs accept',
    message: (v) =>
      `The package "${v.file}" is ${v.size} MB, more than ${v.limit} MB; some LMSs refuse uploads that large (CrossKnowledge accepts 200 MB, Cornerstone recommends at most 250 MB).`,
    hint: () =>
      'Make the videos smaller (for example H.264 at a lower bit rate or resolution), or split the course into several courses.',
  },
  'manifest-href-missing': {
    severity: 'error',
    title: 'Manifest points at a file that is not in the package',
    message: (v) => `The manifest "${v.manifest}" points at "${v.href}", which is not in the package.`,
    hint: () =>
      'This is a fault in coursewright rather than in the course; please report it, with the course that triggers it.',
  },
  'tincan-launch-count': {
    severity: 'error',
    title: 'tincan.xml without exactly one launchable activity',
    message: (v) =>
      `The manifest "${v.manifest}" has ${v.count} launchable activities (with a launch or resource element); expected exactly one.`,
    hint: () =>
      'This is a fault in coursewright rather than in the course; please report it, with the course that triggers it. No xAPI package was written.',
  },
  'cmi5-url-reserved-parameter': {
    severity: 'error',
    title: 'cmi5 AU URL with a parameter the LMS adds',
    message: (v) =>
      `The AU URL "${v.url}" in "${v.manifest}" has the query parameter "${v.parameter}", which the LMS adds itself when it launches the AU.`,
    hint: () =>
      'Leave endpoint, fetch, actor, registration and activityId out of the AU URL; the LMS supplies them. This is a fault in coursewright rather than in the course; please report it.',
  },
  'scorm2004-scormtype-case': {
    severity: 'error',
    title: 'SCORM 2004 scormType spelt another way',
    message: (v) =>
      `The manifest "${v.manifest}" names the resource attribute "adlcp:${v.found}"; expected "adlcp:scormType", with a capital T.`,
    hint: () =>
      'SCORM 2004 LMSs that read the manifest strictly ignore any other spelling and do not track the course. This is a fault in coursewright rather than in the course; please report it.',
  },
  'scorm2004-masteryscore': {
    severity: 'error',
    title: 'SCORM 1.2 mastery score in a SCORM 2004 manifest',
    message: (v) =>
      `The manifest "${v.manifest}" has an "adlcp:masteryscore" element, which SCORM 2004 does not have; expected an imsss:primaryObjective with imsss:minNormalizedMeasure.`,
    hint: () =>
      'LMSs ignore it, so the passing score would be lost. This is a fault in coursewright rather than in the course; please report it.',
  },
  'scorm2004-schemaversion': {
    severity: 'error',
    title: 'SCORM 2004 manifest without the exact schema version',
    message: (v) => `The manifest "${v.manifest}" has the schema version ${v.found}; expected exactly "2004 4th Edition".`,
    hint: () =>
      'Moodle reads any other spelling as SCORM 1.2 and then tracks nothing. This is a fault in coursewright rather than in the course; please report it.',
  },
  'scorm2004-namespace-prefix': {
    severity: 'error',
    title: 'SCORM 2004 manifest with an unexpected namespace prefix',
    message: (v) => `The manifest "${v.manifest}" writes "${v.name}"; expected the prefix "${v.prefix}:" for that namespace.`,
    hint: () =>
      'Moodle reads manifests without namespaces and only knows the prefixes adlcp, adlseq, adlnav and imsss. This is a fault in coursewright rather than in the course; please report it.',
  },
});
