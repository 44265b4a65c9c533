export { packageCourse, type PackageOptions } from './package-course.js';
export {
  createDirectoryOutput,
  createMemoryOutput,
  type MemoryOutput,
  type Output,
  type WrittenFolder,
  type WrittenPackage,
} from './output.js';
export type { FolderEntry } from './write-folder.js';
export type { ManifestReference, PackageContents, Packager } from './packager.js';
export { packagers } from './packagers.js';
export { packageFileName } from './package-file-name.js';
export { planPackageNames } from './plan-package-names.js';
export { writeZip } from './zip/write-zip.js';
export { buildScorm12Manifest, scorm12ManifestPath, type Scorm12Manifest } from './scorm12/scorm12-manifest.js';
export { defaultMaxPackageBytes } from './lint/check-package-size.js';
export { buildTincanXml, tincanXmlPath, type TincanXml } from './xapi/tincan-xml.js';
export { buildCmi5Xml, cmi5MasteryScore, cmi5XmlPath, type Cmi5Xml } from './cmi5/cmi5-xml.js';
export { runtimeBundleName } from './runtime-bundle.js';
