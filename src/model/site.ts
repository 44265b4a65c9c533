/** One file of the rendered course, before packaging. */
export interface SiteFile {
  /** Path inside the package (posix, relative, safe ASCII). */
  path: string;
  /** Content made by the renderer. Exactly one of `content`, `make` and `source` is set. */
  content?: string | Uint8Array;
  /**
   * Content the renderer makes when the file is written (a lesson's script, each time it is
   * asked): a build holds one lesson's rendered text at a time, not the whole course's.
   */
  make?: () => string;
  /** Course-relative path of an author file, streamed from the course source when packaged. */
  source?: string;
  /** Store without compression (media that is compressed already). */
  store?: boolean;
}

/** The content of a rendered file (`content`, or what `make` makes); undefined for a course file (`source`). */
export function siteFileContent(file: SiteFile): string | Uint8Array | undefined {
  return file.make ? file.make() : file.content;
}

/**
 * The rendered course: every file a target packages, in memory or as references to sources. The
 * same site serves every target; only the browser runtime differs, so it is not among `files`, and
 * the web target's entry page (`standaloneLaunch`).
 */
export interface Site {
  /** Entry page, relative to the package root: in `files`, as the targets a learning system launches serve it. */
  launch: string;
  /**
   * The entry page's content as the web target serves it, made when asked: its player reads a few
   * strings of its own, and none of the others' about tracking (`runtimeStringKeys`).
   */
  standaloneLaunch?: () => string;
  /**
   * Package path the page loads the browser runtime from (`assets/coursewright.js`). The package
   * stage puts the target's own runtime bundle there.
   */
  script: string;
  /**
   * Browser code the first screen needs beside the runtime: the code of the first lesson's block
   * kinds. The package stage appends it to the runtime bundle at `script`, so the first screen needs
   * one script; the other kinds' code is in `files` (`assets/blocks/<kind>.js`), loaded when needed.
   */
  scriptTail?: string;
  files: SiteFile[];
}

/**
 * The kinds of package the compiler can make: the one list every other place derives from (the
 * course.yml schema, the CLI's `--target` help and errors, the packagers and the runtime bundles).
 */
export const targetNames = ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web'] as const;
/** One of `targetNames`. */
export type TargetName = (typeof targetNames)[number];

/** Whether a name is one of `targetNames`. */
export function isTargetName(name: string): name is TargetName {
  return (targetNames as readonly string[]).includes(name);
}

/** One package produced by a build. */
export interface Artifact {
  /** The kind of package. */
  target: TargetName;
  /** Id of the course packaged: `<course>-<edition>` for an edition. */
  courseId: string;
  /** The edition packaged, when course.yml defines editions. */
  edition?: string;
  /** The language of the package's content (BCP 47). */
  language: string;
  /** File name of the package, e.g. `speaking-up-scorm12-2027.1.zip`. */
  fileName: string;
  /** Where the package was written, when written to a folder. */
  path?: string;
  /** The package bytes, when packaged into memory. */
  bytes?: Uint8Array;
  size: number;
  /** The same files unpacked in a folder beside the zip (web target), named like it without `.zip`. */
  folder?: { name: string; path?: string; files?: ReadonlyMap<string, Uint8Array>; size: number };
  /** The report key beside the package (`.key.csv`, `.key.html`): what each interaction id and response means. */
  keyFiles?: KeyFile[];
}

/** One file of a package's report key. */
export interface KeyFile {
  /** e.g. `speaking-up-scorm12-2027.1.key.csv`. */
  fileName: string;
  /** Where it was written, when written to a folder. */
  path?: string;
  /** Its bytes, when packaged into memory. */
  bytes?: Uint8Array;
  size: number;
}
