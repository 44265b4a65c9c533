import { createDiagnosticSink, sortDiagnostics, type DiagnosticSink } from '../diagnostics/context.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkPackageSize, defaultMaxPackageBytes } from '../package/lint/check-package-size.js';
import { checkCaptions } from './check-captions.js';
import { checkMediaEntries } from './check-media-entries.js';
import { checkEntryNames } from './check-entry-names.js';
import { checkLmsQuirks } from './check-lms-quirks.js';
import { checkReferences } from './check-references.js';
import type { ManifestFacts, PackageStandard } from './manifest-facts.js';
import { hrefPath } from './manifest-facts.js';
import { openZip, type OpenZip, type ZipEntryInfo } from './open-zip.js';
import { coursewrightDataOf, readEmbeddedRuntimeData, type CoursewrightData } from './read-coursewright-data.js';
import { describeSavedState, type SavedStateReport } from './describe-saved-state.js';
import { readManifest } from './read-manifest.js';
import { laterOutlinePath } from '../render/lesson-scripts.js';

/** What `inspect` found out about one zip. */
export interface PackageReport {
  /** The zip as the caller named it. */
  zip: string;
  standard?: PackageStandard;
  /** The control file at the root, e.g. `imsmanifest.xml`. */
  manifest?: string;
  /** Whether the manifest matches its official schema; undefined when not checked. */
  valid?: boolean;
  facts?: ManifestFacts;
  files: number;
  /** Bytes once unpacked, and the zip's own size (what the LMS upload sees). */
  unpackedBytes: number;
  zipBytes: number;
  /** The largest files, largest first. */
  largest: { path: string; size: number }[];
  /** Set when the package was made by coursewright: what its runtime will report. */
  coursewright?: CoursewrightData;
  /**
   * A learner's saved progress (`InspectOptions.savedState`) as this package reads it back; absent
   * when none was given, or the package holds no coursewright course data to read it with.
   */
  savedState?: SavedStateReport;
  diagnostics: Diagnostic[];
}

/** Options of `inspectPackage`. */
export interface InspectOptions {
  /** Warn above this zip size (`package-too-large`); default 200 MB. */
  maxPackageBytes?: number;
  /** The zip's size in bytes, when read from a file; default the sum of compressed entries. */
  zipBytes?: number;
  /** A learner's saved progress as the LMS or LRS holds it, to read with this package's course data. */
  savedState?: string;
}

/**
 * Inspect a SCORM, xAPI or cmi5 zip without unpacking it: manifest at the root and valid, launch
 * file and every referenced file present, safe names, sizes, captions players can read, what it
 * will report, and LMS quirks.
 * `source` is a path (read in place) or the zip's bytes; `name` is how diagnostics name it.
 */
export async function inspectPackage(source: string | Uint8Array, name: string, options: InspectOptions = {}): Promise<PackageReport> {
  const sink = createDiagnosticSink();
  let zip: OpenZip;
  try {
    // An entry whose bytes are damaged is named; the rest of the zip is still inspected.
    zip = await openZip(source, (entry, reason) => sink.report('inspect-zip-unreadable', { at: { file: entry }, values: { zip: name, reason: `the entry "${entry}" is damaged (${reason})` } }));
  } catch (error) {
    sink.report('inspect-zip-unreadable', { values: { zip: name, reason: error instanceof Error ? error.message : String(error) } });
    return { zip: name, files: 0, unpackedBytes: 0, zipBytes: options.zipBytes ?? 0, largest: [], diagnostics: [...sink.diagnostics] };
  }
  try {
    const files = zip.entries.filter((e) => !e.name.endsWith('/'));
    const zipBytes = options.zipBytes ?? (typeof source === 'string' ? sumOf(files, 'compressedSize') : source.byteLength);
    checkEntryNames(zip.entries, sink);
    checkPackageSize(name, zipBytes, sink, options.maxPackageBytes ?? defaultMaxPackageBytes);
    const manifest = await inspectManifest(zip, sink, options.savedState);
    await checkCaptions(zip, sink);
    await checkMediaEntries(zip, sink);
    return {
      zip: name,
      ...manifest,
      files: files.length,
      unpackedBytes: sumOf(files, 'size'),
      zipBytes,
      largest: [...files].sort((a, b) => b.size - a.size || a.name.localeCompare(b.name)).slice(0, 5).map((e) => ({ path: e.name, size: e.size })),
      diagnostics: sortDiagnostics(sink.diagnostics),
    };
  } finally {
    zip.close();
  }
}

type ManifestPart = Pick<PackageReport, 'standard' | 'manifest' | 'valid' | 'facts' | 'coursewright' | 'savedState'>;

async function inspectManifest(zip: OpenZip, sink: DiagnosticSink, savedState: string | undefined): Promise<ManifestPart> {
  const names = new Set(zip.entries.map((e) => e.name));
  const manifest = ['imsmanifest.xml', 'cmi5.xml', 'tincan.xml'].find((file) => names.has(file));
  const player = [...names].some((n) => /^assets\/coursewright(-[a-z0-9]+)?\.js$/.test(n));
  if (manifest === undefined) {
    // Our web package has no manifest by design: said what it is, not that it is broken.
    if (player && names.has('index.html')) {
      sink.report('inspect-web-package', {});
      return {};
    }
    const found = zip.entries.find((e) => /(^|\/)(imsmanifest|cmi5|tincan)\.xml$/.test(e.name))?.name;
    sink.report('inspect-manifest-missing', { values: found ? { found } : {} });
    return {};
  }
  const xml = (await zip.readText(manifest)) ?? '';
  const read = await readManifest(manifest, xml, sink);
  const valid = read.valid !== undefined ? { valid: read.valid } : {};
  if (!read.facts) return { manifest, ...valid };
  const part: ManifestPart = { standard: read.facts.standard, manifest, ...valid, facts: read.facts };
  checkReferences(read.facts, manifest, xml, names, sink);
  checkLmsQuirks(read.facts, manifest, xml, sink);
  const launch = read.facts.launch !== undefined ? hrefPath(read.facts.launch) : undefined;
  // Ours when it carries the player script; then its launch page holds the course data.
  if (launch !== undefined && player) {
    const html = await zip.readText(launch);
    const lessons = new Map<string, string>();
    // The lessons after the first are scripts of their own, with their blocks' data (a long
    // course's outline of its later lessons too: `laterOutlinePath`).
    for (const name of [...names].filter((n) => /^assets\/lessons\/\d+\.js$/.test(n) || n === laterOutlinePath)) lessons.set(name, (await zip.readText(name)) ?? '');
    const data = html !== undefined ? readEmbeddedRuntimeData(html, (path) => lessons.get(path)) : undefined;
    if (data) {
      part.coursewright = coursewrightDataOf(data, read.facts.standard);
      if (savedState !== undefined) part.savedState = describeSavedState(data, savedState);
    }
  }
  return part;
}

function sumOf(entries: readonly ZipEntryInfo[], key: 'size' | 'compressedSize'): number {
  return entries.reduce((total, entry) => total + entry[key], 0);
}
