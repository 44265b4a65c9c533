import type { BlockHost } from '../block-api.js';
import type { RuntimeBlock, RuntimeData } from '../../model/runtime-data.js';
import type { CourseSession } from '../progress/course-session.js';
import { memoryStore, prefixedStore, type KeyValueStore } from '../storage/key-value-store.js';
import type { Announce } from './announcer.js';
import { sendsRecord } from './decision-policy.js';
import type { Translate } from './translate.js';

/** What every block host shares: one per page. */
export interface HostServices {
  session: CourseSession;
  announce: Announce;
  t: Translate;
  /** Device storage already namespaced by course and learner. */
  learnerStore: KeyValueStore;
  /** The same in sessionStorage (kept until the browser window closes). */
  sessionStore?: KeyValueStore;
  /** Live answer to "does the learner prefer reduced motion?". */
  prefersReducedMotion: () => boolean;
  /** course.yml `reporting.decisions` (absent: `all`), applied to every block's reports here. */
  decisions?: RuntimeData['decisions'];
}

/** The `BlockHost` for a block: its state, saving, reporting, strings and device storage. */
export function createBlockHost(block: Pick<RuntimeBlock, 'id' | 'lesson' | 'kind'>, services: HostServices): BlockHost {
  const { session } = services;
  const { id } = block;
  return {
    get state() {
      return session.blockState(id);
    },
    save: (state) => session.saveBlock(id, state),
    report: (interaction) => {
      if (sendsRecord(services.decisions, block.kind, interaction)) session.report(interaction, block.lesson);
    },
    announce: services.announce,
    t: services.t,
    local: prefixedStore(services.learnerStore, `${id}:`),
    // Never falls back to device storage: session-only text must not outlive the window.
    sessionLocal: prefixedStore(services.sessionStore ?? memoryStore(), `${id}:`),
    get reducedMotion() {
      return services.prefersReducedMotion();
    },
  };
}
