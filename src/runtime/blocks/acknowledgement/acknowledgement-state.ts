import type { BlockState } from '../../block-state.js';

/** What an acknowledgement saves: `{ d: 1, t: "2027-03-01T10:22:33Z" }` once given. */
export interface AcknowledgementProgress {
  /** When the learner confirmed, as a UTC ISO 8601 string without milliseconds. */
  at?: string;
}

/** The attestation time in its compact saved form (no milliseconds). */
export function attestationTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Saved form of an acknowledgement; empty until given. */
export function encodeAcknowledgementState(progress: AcknowledgementProgress): BlockState {
  return progress.at ? { d: 1, t: progress.at } : {};
}

/** Read saved state; a malformed time counts as not acknowledged, so the learner confirms again. */
export function decodeAcknowledgementState(state: BlockState | undefined): AcknowledgementProgress {
  const at = state?.t;
  if (state?.d !== 1 || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return {};
  return { at };
}
