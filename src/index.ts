/** coursewright's library API: compile courses without the CLI. */
export { compileCourse, type CompileOptions, type CompileResult } from './compile.js';
export { createDiskSource, createMemorySource, type CourseSource } from './load/course-source.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostic, summarizeDiagnostics } from './diagnostics/format-diagnostics.js';
export { diagnosticCodes, type DiagnosticCode } from './diagnostics/codes.js';
export type { Course, Lesson } from './model/course.js';
export { targetNames, type Artifact, type TargetName } from './model/site.js';
export { activityId, activityTypes } from './model/activity-ids.js';
