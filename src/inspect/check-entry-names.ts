import type { DiagnosticSink } from '../diagnostics/context.js';
import { checkPackagePaths } from '../package/lint/check-package-paths.js';
import type { ZipEntryInfo } from './open-zip.js';

/** Files operating systems add on their own (standards §0.9), by what leaves them behind. */
function junkSystem(path: string): string | undefined {
  const segments = path.split('/');
  const name = segments.at(-1) ?? '';
  if (segments[0] === '__MACOSX' || name.startsWith('._') || name === '.DS_Store') return 'macOS';
  if (/^(thumbs\.db|desktop\.ini)$/i.test(name)) return 'Windows';
  return undefined;
}

/**
 * The zip-level rules (standards §0.2, §0.5, §0.6, §0.9): names the build itself enforces (same
 * codes as `build`), no clutter, no wrapper folder, only stored or deflated entries. Clutter is
 * reported once and not checked further, so a __MACOSX folder does not drown the report.
 */
export function checkEntryNames(entries: readonly ZipEntryInfo[], sink: DiagnosticSink): void {
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const kept: ZipEntryInfo[] = [];
  for (const entry of files) {
    const system = junkSystem(entry.name);
    if (system) sink.report('inspect-junk-file', { at: { file: entry.name }, values: { path: entry.name, system } });
    else kept.push(entry);
  }
  // `source` makes each diagnostic point at the entry itself.
  checkPackagePaths(kept.map((e) => ({ path: e.name, source: e.name })), sink);
  for (const entry of kept) {
    const how = entry.encrypted ? 'encrypted' : entry.method !== 0 && entry.method !== 8 ? `compressed with method ${entry.method}` : undefined;
    if (how) sink.report('inspect-compression-unsupported', { at: { file: entry.name }, values: { path: entry.name, how } });
  }
  const tops = new Set(kept.map((e) => e.name.split('/')[0]));
  const [only] = tops;
  if (tops.size === 1 && only !== undefined && kept.every((e) => e.name.includes('/'))) {
    sink.report('inspect-wrapper-folder', { values: { folder: `${only}/` } });
  }
}
