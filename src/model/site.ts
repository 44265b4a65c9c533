/** One file of the rendered course, before packaging. */
export interface SiteFile {
  /** Path inside the package (posix, relative, safe ASCII). */
  path: string;
  /** Content made by the renderer. Exactly one of `content` and `source` is set. */
  content?: string | Uint8Array;
  /** Course-relative path of an author file, streamed from the course source when packaged. */
  source?: string;
  /** Store without compression (media that is compressed already). */
  store?: boolean;
}

/** The rendered course: every file a target packages, in memory or as references to sources. */
export interface Site {
  /** Entry page, relative to the package root. */
  launch: string;
  files: SiteFile[];
}

/** The kinds of package the compiler can make. Only `scorm12` is built so far. */
export const targetNames = ['scorm12'] as const;
export type TargetName = (typeof targetNames)[number];

/** One package produced by a build. */
export interface Artifact {
  target: TargetName;
  courseId: string;
  /** File name of the package, e.g. `speaking-up-scorm12-2027.1.zip`. */
  fileName: string;
  /** Where the package was written, when written to a folder. */
  path?: string;
  /** The package bytes, when packaged into memory. */
  bytes?: Uint8Array;
  size: number;
}
