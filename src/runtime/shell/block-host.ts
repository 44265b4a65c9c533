import type { BlockHost } from '../block-api.js';
import type { CourseSession } from '../progress/course-session.js';
import { prefixedStore, type KeyValueStore } from '../storage/key-value-store.js';
import type { Announce } from './announcer.js';
import type { Translate } from './translate.js';

/** What every block host shares: one per page. */
export interface HostServices {
  session: CourseSession;
  announce: Announce;
  t: Translate;
  /** Device storage already namespaced by course and learner. */
  learnerStore: KeyValueStore;
  /** Live answer to "does the learner prefer reduced motion?". */
  prefersReducedMotion: () => boolean;
}

/** The `BlockHost` for a block: its state, saving, reporting, strings and device storage. */
export function createBlockHost(block: { id: string; lesson: number }, services: HostServices): BlockHost {
  const { session } = services;
  const { id } = block;
  return {
    get state() {
      return session.blockState(id);
    },
    save: (state) => session.saveBlock(id, state),
    report: (interaction) => session.report(interaction, block.lesson),
    announce: services.announce,
    t: services.t,
    local: prefixedStore(services.learnerStore, `${id}:`),
    get reducedMotion() {
      return services.prefersReducedMotion();
    },
  };
}
