import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { ManifestReference } from '../packager.js';

/**
 * Every href a manifest holds must name a file in the zip, with the same case (standards §0.4).
 * The packager builds both from the same site, so a miss means a fault in coursewright; checking
 * here stops a package the LMS would import and then fail to launch. Returns true on error.
 */
export function checkManifestReferences(
  references: readonly ManifestReference[],
  paths: ReadonlySet<string>,
  sink: DiagnosticSink,
): boolean {
  let failed = false;
  for (const reference of references) {
    if (paths.has(reference.href)) continue;
    sink.report('manifest-href-missing', { values: { manifest: reference.manifest, href: reference.href } });
    failed = true;
  }
  return failed;
}
