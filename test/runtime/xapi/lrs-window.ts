import { webcrypto } from 'node:crypto';
import type { Cmi5Window } from '../../../src/runtime/tracking/cmi5/create-cmi5-adapter.js';
import type { SessionStorageLike } from '../../../src/runtime/tracking/cmi5/cmi5-session-store.js';
import type { DeferredCode } from '../../../src/runtime/shell/deferred-code.js';
import type { AnswerStatements } from '../../../src/runtime/tracking/xapi/answer-statements.js';
import { describeInteraction } from '../../../src/runtime/tracking/xapi/describe-interaction.js';
import { interactionDraft } from '../../../src/runtime/tracking/xapi/interaction-draft.js';
import { mergeSavedStates, type StateMerge } from '../../../src/runtime/tracking/xapi/state-merge.js';

/** A `sessionStorage` that a second adapter can share, as a reload of the page does. */
export function memorySessionStorage(): SessionStorageLike & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

/** The window an LRS adapter sees, in Node: the launch query, Node's fetch and crypto, no DOM. */
export function lrsWindow(search: string, sessionStorage: SessionStorageLike = memorySessionStorage()): Cmi5Window {
  return { location: { search }, fetch: (url, init) => fetch(url, init), crypto: webcrypto, sessionStorage };
}

/** `?name=value&…`, each value URL-encoded, as an LMS builds a launch link. */
export function launchQuery(params: Record<string, string>): string {
  return '?' + Object.entries(params).map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/** A log that keeps what the adapter said, for assertions that it never says a secret. */
export function messages(): { log: (message: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (message) => void lines.push(message) };
}

/** The code that writes answers as statements, loaded already (in a page it is a feature script the adapter loads). */
export const answersLoaded: DeferredCode<AnswerStatements> = {
  loaded: () => ({ describeInteraction, interactionDraft }),
  load: () => Promise.resolve({ describeInteraction, interactionDraft }),
};

/** The code that folds another device's learner state into this page's, loaded already (in a page it is a feature script). */
export const mergeLoaded: DeferredCode<StateMerge> = {
  loaded: () => ({ mergeSavedStates }),
  load: () => Promise.resolve({ mergeSavedStates }),
};
