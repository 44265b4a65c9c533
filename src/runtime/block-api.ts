/**
 * What a block's browser code may use. The shell (navigation, tracking, saving) implements
 * `BlockHost`; each block kind exports one `mount*` function of type `MountBlock`.
 */
import type { RuntimeBlock } from '../model/runtime-data.js';
import type { BlockState } from './block-state.js';
import type { InteractionRecord } from './interaction-record.js';

export type { BlockState };
export type { InteractionChoice, InteractionRecord } from './interaction-record.js';

export interface BlockHost {
  /** The saved state of this block, or undefined on a fresh start. */
  readonly state: BlockState | undefined;
  /** Store the new state of this block (saved to the LMS soon after). */
  save(state: BlockState): void;
  /** Send a decision or answer to the LMS/LRS. */
  report(interaction: InteractionRecord): void;
  /** Speak a short message through the page's polite live region. */
  announce(message: string): void;
  /** Player string by key, with `{name}` placeholders filled in. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Device-only storage (never sent to the LMS), for private reflections. `set` is false when the value lasts only for this visit. */
  readonly local: { get(key: string): string | null; set(key: string, value: string): boolean; remove(key: string): void; readonly memoryOnly?: true };
  /** Like `local`, but in sessionStorage: gone when the browser window closes (session-only reflections). */
  readonly sessionLocal?: BlockHost['local'];
  /** True when the learner prefers reduced motion. */
  readonly reducedMotion: boolean;
}

export type MountBlock<B extends RuntimeBlock = RuntimeBlock> = (element: HTMLElement, block: B, host: BlockHost) => void;

/**
 * Dispatched on the document when a learner the course knows no name for (a web package, or a
 * package opened outside a learning system) has left it with Exit: what a block keeps for the
 * window's session only (session-only reflections) goes then, rather than be shown to whoever uses
 * the window next. A named learner's stays until the window closes: another learner, signed in to
 * the learning system, is not shown it.
 */
export const forgetSessionEvent = 'cw:forget-session';
