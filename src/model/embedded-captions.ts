/**
 * The contract between the web packager (Node) and the web runtime for captions that must play
 * from `file://`: the cues of every caption file, embedded in the page as
 * `<script type="application/json" id="cw-captions">`. Import-free types only, so both programs
 * compile against it.
 */

/** Id of the script element that holds the embedded captions. */
export const embeddedCaptionsId = 'cw-captions';

/** One cue of a WebVTT file: times in seconds, the payload as written (tags kept). */
export interface EmbeddedCue {
  start: number;
  end: number;
  text: string;
  /** Cue settings as written after the timing, e.g. `line:0 align:start`. */
  settings?: string;
}

/** Cues by the package path of their .vtt file, which is the `src` of the page's `<track>`. */
export type EmbeddedCaptions = Record<string, EmbeddedCue[]>;
