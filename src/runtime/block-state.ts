/** DOM-free, so the build (Node) can use the blocks' state encoders to size saved state. */

/**
 * Saved state of one block. `d` (done) and `s` (score 0..1, graded blocks only) are read by the
 * shell for completion and scoring; the rest is the block's own, kept small: it travels in
 * SCORM 1.2's 4,096-character suspend_data.
 */
export interface BlockState {
  /** 1 when the block is finished (scenario ended, check answered or out of attempts, …). */
  d?: 1;
  /** Score 0..1 for graded blocks. */
  s?: number;
  [key: string]: unknown;
}
