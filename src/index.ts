/** coursewright's library API: compile courses without the CLI. */
export { compileCourse, type CompileOptions, type CompileResult } from './compile.js';
export { createBuildCache, type BuildCache } from './cache/build-cache.js';
export { createDiskSource, createMemorySource, type CourseSource } from './load/course-source.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostic, summarizeDiagnostics } from './diagnostics/format-diagnostics.js';
export { diagnosticCodes, type DiagnosticCode } from './diagnostics/codes.js';
export type { Course, Edition, Lesson } from './model/course.js';
export { targetNames, type Artifact, type KeyFile, type TargetName } from './model/site.js';
export { buildReportKey, type ReportKeyRow } from './package/report-key/build-report-key.js';
export { activityId, activityTypes } from './model/activity-ids.js';
export { inspectPackage, type InspectOptions, type PackageReport } from './inspect/inspect-package.js';
export type { SavedBlock, SavedStateReport } from './inspect/describe-saved-state.js';
export { reviewCourse, type CourseReview } from './review/review-course.js';
export { reviewToHtml } from './review/review-to-html.js';
export { reviewToMarkdown } from './review/review-to-markdown.js';
export { translationStatus, type TranslationState } from './translate/translation-status.js';
export { exportTranslation, type ExportedFile } from './translate/export-translation.js';
export { checkTranslationImport, type TranslationImport } from './translate/import-translation.js';
