export { packageCourse, type PackageOptions } from './package-course.js';
export {
  createDirectoryOutput,
  createMemoryOutput,
  type MemoryOutput,
  type Output,
  type WrittenPackage,
} from './output.js';
export type { ManifestReference, PackageContents, Packager } from './packager.js';
export { packagers } from './packagers.js';
export { packageFileName } from './package-file-name.js';
export { writeZip } from './zip/write-zip.js';
export { buildScorm12Manifest, scorm12ManifestPath, type Scorm12Manifest } from './scorm12/scorm12-manifest.js';
export { defaultMaxPackageBytes } from './lint/check-package-size.js';
