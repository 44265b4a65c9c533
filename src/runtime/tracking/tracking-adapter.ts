import type { InteractionRecord } from '../block-api.js';
import type { TrackerStatus } from './tracker-status.js';

export type { TrackerStatus };

/** How the LMS launched the course: `review`/`browse` record nothing. */
export type LaunchMode = 'normal' | 'review' | 'browse';

/** What the other side (LMS, LRS, or the device for untracked play) said when the session opened. */
export interface AdapterStart {
  /**
   * Who and which attempt, as a key for this device's outbox: what was not confirmed in one
   * session is sent again in the next session of the same learner and attempt, never another's.
   */
  attemptKey: string;
  learnerId?: string;
  learnerName?: string;
  mode: LaunchMode;
  /** The learner is coming back to a suspended attempt. */
  resumed: boolean;
  /** The encoded learner state as the other side kept it, if any. */
  state?: string;
  /** The bookmark (lesson id) as the other side kept it, if any. */
  location?: string;
  /** The status the other side already holds for this attempt, if known. */
  recordedStatus?: TrackerStatus;
  /** Mastery score 0–100 from the launch (cmi5 LaunchData), overriding the course's own. */
  masteryScore?: number;
  /** Where to send the learner after exit (cmi5 returnURL). */
  returnUrl?: string;
}

/** What a launch says of its learner and attempt before the session opens (`TrackingAdapter.launched`). */
export type LaunchedAttempt = Pick<AdapterStart, 'attemptKey' | 'learnerId' | 'learnerName'>;

/**
 * A change the course wants the other side to know about. Adapters turn each into outbox items
 * (`TrackingAdapter.itemsFor`); state and result are "latest wins", interactions and lesson
 * visits each arrive exactly once.
 */
export type TrackedChange =
  | { kind: 'state'; state: string; location: string }
  /** Status, with the score 0–100 once the course is complete (never a partial score). */
  | { kind: 'result'; status: TrackerStatus; score?: number }
  | { kind: 'interaction'; record: InteractionRecord; lesson: { id: string; title: string } }
  | { kind: 'lesson'; lesson: { id: string; title: string } };

/** One unit of work for the other side, kept on the device until the other side accepted it. */
export interface OutboxItem {
  /**
   * Unique key. Putting an item whose key is pending replaces it (latest state, latest result);
   * events have keys of their own (a statement id, an interaction's sequence number). The learner
   * state's item has the key `state`: the core keeps its text on the device until it is accepted.
   */
  key: string;
  /** What the adapter needs to send it again, JSON only (it is stored in device storage). */
  payload: unknown;
  /** The kind of change it came from; set by the core, not by adapters. */
  change?: TrackedChange['kind'];
  /** The learner state a `state` change's item carries (set by the core), to tell whether it is the one kept on the device. */
  state?: string;
}

/** How a send or close is made. */
export interface SendOptions {
  /** The page is going away (pagehide): only requests that survive unload (fetch keepalive). */
  leaving: boolean;
}

/**
 * One tracking standard, seen from the tracking core (`Tracker`). One implementation per standard
 * (SCORM 1.2, xAPI, cmi5, device-only); the core owns the outbox, retries and the save status, so
 * an adapter only maps and sends. Adapters never throw and never reject: a failure is `false` or a
 * key left out of the accepted set.
 */
export interface TrackingAdapter {
  /** True when a learning system records progress; false for device-only play. */
  readonly recording: boolean;
  /** Largest learner state the standard stores, in UTF-8 bytes. */
  readonly stateBudget: number;
  /** Opens the session; undefined when the other side refused (the course then plays untracked). */
  open(): Promise<AdapterStart | undefined>;
  /**
   * True once `open` resolved undefined because this session had already ended in this tab (cmi5:
   * `terminated` was sent, and the page was reloaded): nothing more may be sent for it.
   */
  readonly sessionEnded?: boolean;
  /**
   * Who and which attempt the launch names, known without asking the other side (xAPI, cmi5: the
   * launch link's actor and registration), once `open` failed because the other side did not
   * answer or failed (not when it refused the launch): the course then plays on this device and
   * keeps the learner's progress for the next session of that attempt here (`connectTracker`), and
   * what `carriedItems` makes of their changes. Optional: none (SCORM learns the learner from the LMS).
   */
  readonly launched?: LaunchedAttempt;
  /**
   * Items to send right after a successful `open` (SCORM: `incomplete` on a first launch; xAPI and
   * cmi5: `initialized`), before any change. Optional: none when absent.
   */
  openingItems?(): OutboxItem[];
  /**
   * The outbox items for one change, or none when the standard has nothing to say about it (or in
   * review mode). Called once per change: ids that make a resend idempotent are fixed here.
   */
  itemsFor(change: TrackedChange): OutboxItem[];
  /**
   * The outbox items for a change made while the course plays on the device because this launch's
   * session could not open (`launched`): kept there for the attempt's next session, whose `send`
   * sends them as its own (xAPI, cmi5: answers). Called once per change, as `itemsFor`. Optional: none.
   */
  carriedItems?(change: TrackedChange): OutboxItem[];
  /**
   * Sends `items` in order and resolves with the keys the other side accepted and stored, and
   * those it refused for good (`refused`). Stops at the first refusal it cannot set aside, so order
   * holds. May update an item's payload (e.g. the SCORM interaction index it was given) so that a
   * resend goes to the same place.
   */
  send(items: readonly OutboxItem[], options: SendOptions): Promise<Set<string>>;
  /**
   * Keys among those `send` resolved with that the other side refused for good, each on its own
   * while later ones were stored (xAPI: a statement an LRS will never take): sent no more, and
   * never taken as recorded. Optional: none.
   */
  readonly refused?: ReadonlySet<string>;
  /**
   * True while the other side refuses the session as a whole (xAPI: its credential, 401 or 403):
   * sending again will not help until the course is opened again from the learning system.
   */
  readonly sessionRefused?: boolean;
  /**
   * Sends `pending` (what the outbox still holds, possibly nothing) and then ends the session
   * (LMSFinish, `terminated`); true when the other side accepted the end. When `leaving`, an
   * adapter that cannot wait for replies puts them in as few requests as it can, in order, so the
   * end never overtakes what came before it. The core calls it again after a refusal.
   */
  close(options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean>;
  /**
   * The encoded state `mine` with `theirs` folded in (both of this attempt), or undefined when they
   * cannot be merged: at launch, for a state this device could not send last time while the other
   * side kept another (xAPI, cmi5: a phone may have gone on meanwhile). Optional: `mine` wins.
   */
  mergeStates?(mine: string, theirs: string): Promise<string | undefined>;
}
