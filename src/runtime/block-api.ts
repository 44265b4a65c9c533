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
  readonly local: { get(key: string): string | null; set(key: string, value: string): boolean; remove(key: string): void };
  /** Like `local`, but in sessionStorage: gone when the browser window closes (session-only reflections). */
  readonly sessionLocal?: BlockHost['local'];
  /** True when the learner prefers reduced motion. */
  readonly reducedMotion: boolean;
}

export type MountBlock<B extends RuntimeBlock = RuntimeBlock> = (element: HTMLElement, block: B, host: BlockHost) => void;
