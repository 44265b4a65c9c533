import { defineCodes } from '../code-info.js';
import { formatBytes, maxMarkdownBytes, maxSvgBytes, maxYamlBytes } from '../../load/text-file-limits.js';

/** Files of the course folder: sizes, permissions, links, names. */
export const sourceCodes = defineCodes({
  'file-too-large': {
    severity: 'error',
    title: 'Course file too large to read',
    message: (v) => `"${v.path}" is ${v.size}, more than the ${v.limit} coursewright reads from ${fileKind(String(v.path))}; it was not read.`,
    hint: (v) => tooLargeHint(String(v.path), String(v.limit)),
  },
  'file-not-utf8': {
    severity: 'error',
    title: 'Course file not saved as UTF-8',
    message: (v) => `The file "${v.path}" cannot be read: ${v.reason}. Read anyway, letters such as "é" or "ñ" here and after would turn into "\uFFFD" for learners.`,
    hint: () => 'Save the file as UTF-8 (in most editors: Save with Encoding, or Save As with the encoding "UTF-8"; a spreadsheet: "CSV UTF-8"), then build again.',
  },
  'file-unreadable': {
    severity: 'error',
    title: 'Course file could not be read',
    message: (v) => `Could not read "${v.path}": ${v.reason}.`,
    hint: () => 'Check that the file is a regular file in the course folder and that you may read it (its permissions); then build again.',
  },
  // Tested with in-memory courses, not a fixture folder: two files whose names differ only in
  // case cannot be checked out on macOS or Windows.
  'asset-case-clash': {
    severity: 'error',
    title: 'Files whose names differ only in case',
    message: (v) => `"${v.path}" and "${v.other}" differ only in upper and lower case; on Windows, macOS and many LMS servers they are one file, so one would overwrite the other.`,
    hint: () => 'Rename one of them (all lower case is safest), or use the same file in both places.',
  },
  'file-hard-linked': {
    severity: 'error',
    title: 'Hard-linked file in the course',
    message: (v) => `"${v.path}" has other hard links, so it may be a file from elsewhere on this computer; it is not used.`,
    hint: () => 'Copy the file into the course folder instead of linking it (a copy has one link).',
  },
});

/** "a lesson (Markdown)", for the file-too-large message. */
function fileKind(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md')) return 'a Markdown file (lesson or transcript)';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'a YAML file (course.yml or scenario)';
  if (lower.endsWith('.svg')) return 'an SVG picture';
  if (lower.endsWith('.vtt')) return 'a WebVTT captions or chapters file';
  return 'a file of this kind';
}

/** How to bring a file under its limit, by kind; the reference page shows the general advice. */
function tooLargeHint(path: string, limit: string): string {
  const lower = path.toLowerCase();
  const check = 'Check first that it is the file you meant (not a log or an export).';
  if (lower.endsWith('.md')) {
    return `Split the lesson into several lessons of at most ${limit} each: move its later sections into new files in lessons/ and list them in course.yml "lessons" after this one (a long transcript: shorten it or split the recording). ${check}`;
  }
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) {
    return `Split the scenario into several scenarios of at most ${limit} each, one :::scenario block per file, or move long texts out of course.yml. ${check}`;
  }
  if (lower.endsWith('.svg')) return `Save the SVG from your drawing program with "optimize" or "minify" (under ${limit}), or export it as PNG. ${check}`;
  if (lower.endsWith('.vtt')) return `Split the recording (and its captions) into shorter parts, each with captions under ${limit}. ${check}`;
  return `Split a long lesson into several lessons (${formatBytes(maxMarkdownBytes)} at most each), or a scenario into several scenarios (${formatBytes(maxYamlBytes)}); save an SVG with "optimize" or as PNG (${formatBytes(maxSvgBytes)}). ${check}`;
}
