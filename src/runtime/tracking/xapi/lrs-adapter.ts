import type { PageData } from '../../../model/runtime-data.js';
import { utf8ByteLength } from '../../state/utf8-byte-length.js';
import type { AdapterStart, LaunchedAttempt, OutboxItem, SendOptions, TrackedChange, TrackingAdapter } from '../tracking-adapter.js';
import type { DeferredCode } from '../../shell/deferred-code.js';
import type { AnswerStatements } from './answer-statements.js';
import type { InteractionText } from './describe-interaction.js';
import { courseDraft, courseObject, lessonDraft, resultOf } from './course-drafts.js';
import { languageTag, type DraftContext } from './draft-context.js';
import { formatXapiDuration } from './format-xapi-duration.js';
import { isTransient, type LrsLog } from './lrs-client.js';
import { launchedAttempt, type LrsSession } from './lrs-session.js';
import type { DigestSource } from './content-etag.js';
import { LrsStateDocument } from './lrs-state-document.js';
import { maxBodyBytes, postStatements } from './post-statements.js';
import { ResultLedger } from './result-ledger.js';
import { readSavedDocument, savedDocumentId } from './saved-document.js';
import type { StateMerge } from './state-merge.js';
import { uuidV4, type RandomSource } from './uuid-v4.js';
import type { StatementDraft } from './xapi-statement.js';
import { stateBudgets } from '../../../model/state-budgets.js';

/** Options of the xAPI and cmi5 adapters; the defaults suit a browser. */
export interface LrsAdapterOptions {
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Where LRS problems go (never credentials). Default `console.warn`. */
  log?: LrsLog;
  /**
   * The code that writes answers as statements (a feature script, src/runtime/features/xapi-answers.ts),
   * loaded when an answer first needs it. An answer given before it is loaded waits in the outbox,
   * and is written (with the id and time it was given) and sent once it is.
   */
  answers: DeferredCode<AnswerStatements>;
  /**
   * The code that folds the learner state another tab or device wrote into this page's (a feature
   * script, src/runtime/features/lrs-state-merge.ts), loaded when the LRS first shows such a write.
   * Without it, that state is not written over: the write waits (see `writeState`).
   */
  merge?: DeferredCode<StateMerge>;
}

/**
 * The learner state fits in one keepalive request beside the last statements when the page goes
 * (the 64 KB quota is shared, standards 3.15), and is still 8× SCORM 1.2's.
 */
const lrsStateBudget = stateBudgets.xapi;

/**
 * An answer kept to be written as a statement later (while the code that writes it loads, or until
 * the attempt's next session when it was given on the device, `carriedItems`): its change, the id and
 * time (ms) of its statement, fixed when it was given so that writing it later (or again) makes the
 * same statement, and what it asked, when it could be described then (its block was in the page).
 */
type PendingAnswer = Extract<TrackedChange, { kind: 'interaction' }> & { id: string; at: number; text?: InteractionText | undefined };
/** An outbox item's payload: a statement draft, an answer to write as one, or the learner state and bookmark. */
type Payload = { draft: StatementDraft } | { answer: PendingAnswer } | { state: string; location: string };
type Saved = { state: string; location: string };

/**
 * The tracking adapter of the standards that talk to an LRS (xAPI, cmi5): the standard's launch
 * opens an `LrsSession`; this maps changes to statements and the state document and sends them.
 * `initialized` always goes first: sent in `open`, and before anything else while it is not
 * accepted (cmi5 9.3.0.0-4, whatever order the outbox holds). Nothing goes after `terminated`.
 */
export class LrsAdapter implements TrackingAdapter {
  readonly recording = true;
  readonly stateBudget = lrsStateBudget;
  private readonly now: () => number;
  private readonly log: LrsLog;
  private readonly answers: DeferredCode<AnswerStatements>;
  private readonly merge: DeferredCode<StateMerge> | undefined;
  private session: LrsSession | undefined;
  private document: LrsStateDocument | undefined;
  private context: DraftContext | undefined;
  private results: ResultLedger | undefined;
  /** The learner state as last stored, written again when new results need recording. */
  private saved: Saved | undefined;
  /** The learner state another tab or device wrote to this attempt, last seen at a conflict (see `writeState`). */
  private foreign: Saved | undefined;
  private opening: StatementDraft | undefined;
  private ending: StatementDraft | undefined;
  private ended = false;
  private closing: Promise<boolean> | undefined;

  constructor(
    private readonly data: PageData,
    private readonly random: RandomSource & DigestSource,
    /**
     * Opens the LRS session: undefined when it cannot, `unreachable` when that is because the LRS
     * (or the LMS) did not answer or failed, `ended` when this tab already ended it.
     */
    private readonly openSession: () => Promise<LrsSession | 'ended' | 'unreachable' | undefined>,
    options: LrsAdapterOptions,
    /** Who and which attempt the launch names, when it names them. */
    private readonly launch?: LaunchedAttempt,
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.warn(message));
    this.answers = options.answers;
    this.merge = options.merge;
  }

  /** True when `open` found that this session already ended in this tab (a reload after its end). */
  sessionEnded = false;

  /** True when `open` failed because the LRS (or the LMS) did not answer or failed, not because it refused. */
  private unreachable = false;

  /**
   * The attempt the launch names, once `open` failed for want of an answer (see
   * `TrackingAdapter.launched`); not when the LRS or LMS refused the launch (an old launch link
   * reopened on a shared computer is not its learner's to play).
   */
  get launched(): LaunchedAttempt | undefined {
    return this.unreachable ? this.launch : undefined;
  }

  /** Keys of statements the LRS refused for good (see `Posted.refused`): sent, never again. */
  readonly refused = new Set<string>();

  /** True while the LRS refuses this session's credential (401, 403 with nothing stored after it). */
  sessionRefused = false;

  /** cmi5: the learner's preferred languages from their profile, once open (a shell may offer one). */
  get languagePreference(): string | undefined {
    return this.session?.languagePreference;
  }

  async open(): Promise<AdapterStart | undefined> {
    const start = await this.openNow();
    // The course plays on the device instead (`launched`): the code that writes answers is loaded
    // now, so that each answer is described as it is given (`carriedItems`), the first one too.
    if (this.unreachable) void this.answers.load();
    return start;
  }

  private async openNow(): Promise<AdapterStart | undefined> {
    const opened = await this.openSession();
    this.unreachable = opened === 'unreachable';
    // A session that already sent `terminated` (a reload after the exit) may send nothing more.
    this.sessionEnded = opened === 'ended' || (typeof opened === 'object' && opened.log.has('terminated'));
    if (typeof opened !== 'object' || this.sessionEnded) return undefined;
    const session = opened;
    const document = new LrsStateDocument(session.client, { activityId: session.activityId, agent: session.actor, registration: session.registration, stateId: savedDocumentId }, this.random);
    const stored = await document.read(true);
    if (stored === undefined) {
      // Unreadable: writing would overwrite the learner's progress.
      this.unreachable = isTransient(session.client.lastStatus);
      return undefined;
    }
    const doc = readSavedDocument(stored);
    this.session = session;
    this.document = document;
    this.results = new ResultLedger(doc.results, session.log, session.rules);
    if (doc.state !== undefined) this.saved = { state: doc.state, location: doc.location ?? '' };
    const context: DraftContext = { courseActivity: session.activityId, iri: this.data.course.iri, language: languageTag(this.data.course.language), strings: this.data.strings, newId: () => uuidV4(this.random), now: this.now };
    this.context = context;
    session.log.startedAt(this.now());
    if (!session.log.has('initialized')) {
      this.opening = session.log.opening(() => courseDraft(context, 'initialized', courseObject(context, this.data.course.title)));
      await this.sendOpening(false);
    }
    const { results } = doc;
    const recordedStatus = results.passed ? 'passed' : results.failed ? 'failed' : results.completed ? 'completed' : undefined;
    return {
      ...launchedAttempt(session.actor, session.attemptKey),
      mode: session.mode,
      resumed: doc.state !== undefined,
      ...(doc.state ? { state: doc.state } : {}),
      ...(doc.location ? { location: doc.location } : {}),
      ...(recordedStatus ? { recordedStatus } : {}),
      ...session.start,
    };
  }

  /** `initialized`, while it is not accepted; `send` puts it first wherever the outbox holds it. */
  openingItems(): OutboxItem[] {
    return this.opening ? [{ key: openingKey, payload: { draft: this.opening } }] : [];
  }

  itemsFor(change: TrackedChange): OutboxItem[] {
    const { session, context, results } = this;
    if (!session || !context || !results || this.ended || session.mode !== 'normal') return [];
    switch (change.kind) {
      case 'state': {
        const bytes = utf8ByteLength(change.state);
        if (bytes <= this.stateBudget) return [{ key: 'state', payload: { state: change.state, location: change.location } }];
        this.log(`xAPI: learner state is ${bytes} bytes, over the ${this.stateBudget}-byte budget; kept the previous state.`);
        return [];
      }
      case 'lesson':
        return [draftItem(lessonDraft(context, change.lesson))];
      case 'interaction':
        return this.carriedItems(change);
      case 'result': {
        const elapsed = this.now() - session.log.startedAt(this.now());
        return results.plan(change.status, change.score).map((verb) => {
          const result = resultOf(verb, change.status, change.score, elapsed, session.rules);
          return { key: `result:${verb}`, payload: { draft: courseDraft(context, verb, courseObject(context, this.data.course.title), result) } };
        });
      }
    }
  }

  /**
   * An answer's item (also one given while the session could not open, kept for the attempt's next
   * session): its statement, when the code that writes it is loaded and the session open; else the
   * answer, its statement's id and time fixed now, and described now, while its block is in the
   * page (the session that writes it may not have loaded that block's lesson yet).
   */
  carriedItems(change: TrackedChange): OutboxItem[] {
    if (change.kind !== 'interaction') return [];
    const code = this.answers.loaded();
    const answer: PendingAnswer = { ...change, id: uuidV4(this.random), at: this.now(), text: code?.describeInteraction(this.data, change.record) };
    const draft = this.answerDraft(answer, code);
    if (!code) void this.answers.load();
    return [{ key: answer.id, payload: draft ? { draft } : { answer } }];
  }

  async send(items: readonly OutboxItem[], options: SendOptions): Promise<Set<string>> {
    const accepted = new Set<string>();
    if (!this.session || this.ended) return accepted;
    if (this.opening && !(await this.sendOpening(options.leaving))) return accepted;
    if (items.some((item) => 'answer' in (item.payload as Payload))) this.writeAnswers(items, await this.answers.load());
    let run: OutboxItem[] = [];
    const flush = async (): Promise<boolean> => {
      const stored = await this.postDrafts(run, options.leaving);
      run.slice(0, stored).forEach((item) => accepted.add(item.key));
      const all = stored === run.length;
      run = [];
      return all;
    };
    for (const item of items) {
      const payload = item.payload as Payload;
      if (item.key === openingKey) accepted.add(item.key); // this session's is accepted; an older one is void
      else if ('draft' in payload) run.push(item);
      else if ('answer' in payload) return (await flush(), accepted); // its code could not be loaded: it waits, and what follows it
      else if (!(await flush()) || !(await this.writeState(payload, options.leaving))) return accepted;
      else accepted.add(item.key);
    }
    await flush();
    if (this.results?.unsaved) await this.writeState(this.saved, options.leaving);
    return accepted;
  }

  close(options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean> {
    if (!this.session) return Promise.resolve(false);
    if (this.ended) return Promise.resolve(true);
    // A close already under way (finish, then pagehide) is the same close: one `terminated`.
    this.closing ??= this.closeNow(options, pending).finally(() => (this.closing = undefined));
    return this.closing;
  }

  private async closeNow(options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean> {
    const session = this.session;
    const context = this.context;
    if (!session || !context) return false;
    const elapsed = this.now() - session.log.startedAt(this.now());
    this.ending ??= courseDraft(context, 'terminated', courseObject(context, this.data.course.title), { duration: formatXapiDuration(elapsed) });
    const ending: OutboxItem = { key: 'terminated', payload: { draft: this.ending } };
    if (!options.leaving) {
      const accepted = await this.send(pending, options);
      if (accepted.size < pending.length || this.opening) return false;
      if ((await this.postDrafts([ending], false)) < 1) return false;
    } else {
      // Marked before it is sent: the page may be gone before any answer, and a reload of it must
      // not go on sending after this `terminated` (cmi5 9.3.0.0-5).
      session.log.add('terminated');
      // Before anything is awaited, so the outbox keeps the statements as sent.
      this.writeAnswers(pending, this.answers.loaded());
      // The page is going: no waiting between requests. Statements in one array (the end last),
      // the learner state beside it in the keepalive budget that is left.
      const drafts = [...(this.opening ? [{ key: openingKey, payload: { draft: this.opening } }] : []), ...pending.filter((item) => 'draft' in (item.payload as Payload) && item.key !== openingKey), ending];
      const state = [...pending].reverse().find((item) => 'state' in (item.payload as Payload))?.payload as Saved | undefined;
      const budget = maxBodyBytes - (state ? utf8ByteLength(state.state) + 1000 : 0);
      const [stored, written] = await Promise.all([this.postDrafts(drafts, true, budget), state ? this.writeState(state, true) : Promise.resolve(true)]);
      if (stored < drafts.length || !written) return false;
    }
    this.ended = true;
    session.log.add('terminated');
    return true;
  }

  /** The statement of an answer, when the code that writes it is loaded (`code`, default: if it is). */
  private answerDraft(answer: PendingAnswer, code = this.answers.loaded()): StatementDraft | undefined {
    const context = this.context;
    if (!code || !context) return undefined;
    const given = { ...context, newId: () => answer.id, now: () => answer.at };
    return code.interactionDraft(given, answer, answer.text ?? code.describeInteraction(this.data, answer.record));
  }

  /** Writes the waiting answers among `items` as statements, in place (the outbox keeps them so), when `code` is there. */
  private writeAnswers(items: readonly OutboxItem[], code: AnswerStatements | undefined): void {
    for (const item of items) {
      const payload = item.payload as Payload;
      const draft = 'answer' in payload ? this.answerDraft(payload.answer, code) : undefined;
      if (draft) item.payload = { draft };
    }
  }

  private async sendOpening(leaving: boolean): Promise<boolean> {
    if (!this.opening) return true;
    return (await this.postDrafts([{ key: openingKey, payload: { draft: this.opening } }], leaving)) === 1;
  }

  /**
   * Posts statement items in order; answers how many from the start the LRS holds. A result the
   * registration already holds is not sent again (an item left from an earlier session).
   */
  private async postDrafts(items: readonly OutboxItem[], leaving: boolean, budget = maxBodyBytes): Promise<number> {
    const session = this.session;
    if (!session || items.length === 0) return 0;
    const drafts = items.map((item) => (item.payload as { draft: StatementDraft }).draft);
    const sent = drafts.filter((draft) => !this.results?.holds(draft.defined));
    const posted = await postStatements(session.client, sent.map((draft) => session.stamp(draft)), leaving, budget);
    const { stored } = posted;
    const setAside = new Set(posted.refused.map((index) => sent[index]!));
    for (const draft of setAside) {
      const item = items[drafts.indexOf(draft)];
      if (item) this.refused.add(item.key);
      this.log(`xAPI: the LRS refused statement ${draft.id} (${draft.verb.id.split('/').pop() ?? ''}) for good; set aside, so it holds back nothing after it.`);
    }
    if (sent.length > 0) this.sessionRefused = stored < sent.length && (posted.status === 401 || posted.status === 403);
    const cut = stored < sent.length ? drafts.indexOf(sent[stored] as StatementDraft) : drafts.length;
    for (const draft of drafts.slice(0, cut)) {
      // A result the LRS refused is not the registration's: the next session may send it again.
      if (draft.defined && !setAside.has(draft)) this.results?.stored(draft.defined);
      if (draft.id === this.opening?.id) this.opening = undefined;
    }
    return cut;
  }

  /**
   * Writes the state document: this state (or none yet) with every result recorded so far. When
   * another tab or device wrote the document since (a conflict), its results and its learner state
   * are folded in, and that state is folded into every later write too (`foreign`): the learner's
   * progress there is kept, not replaced by this page's. While the code that folds it in cannot be
   * loaded, nothing is written (the state waits in the outbox, as when the LRS is unreachable).
   */
  private async writeState(saved: Saved | undefined, leaving: boolean): Promise<boolean> {
    const { document, results } = this;
    if (!document || !results) return false;
    let sent = results.recorded;
    const written = await document.write(async (current) => {
      if (current) {
        const other = readSavedDocument(current);
        results.merge(other.results);
        if (other.state !== undefined && other.state !== saved?.state) this.foreign = { state: other.state, location: other.location ?? '' };
      }
      sent = results.recorded;
      const state = await this.withForeign(saved);
      return state === 'wait' ? undefined : { ...state, results: sent };
    }, leaving);
    if (written) this.saved = saved;
    // A result stored while the document was on its way still needs writing.
    if (written && sent === results.recorded) results.unsaved = false;
    return written;
  }

  async mergeStates(mine: string, theirs: string): Promise<string | undefined> {
    return (await this.mergeCode())?.mergeSavedStates(mine, theirs, this.data, this.stateBudget);
  }

  /** The code that merges learner states, loaded the first time (see `LrsAdapterOptions.merge`); undefined while it cannot be. */
  private async mergeCode(): Promise<StateMerge | undefined> {
    return this.merge?.loaded() ?? (await this.merge?.load());
  }

  /**
   * `saved` with the learner state another tab or device wrote (`foreign`) folded in; theirs as it
   * is while this page has saved none; 'wait' while the code that folds it in cannot be loaded.
   */
  private async withForeign(saved: Saved | undefined): Promise<Saved | undefined | 'wait'> {
    const { foreign } = this;
    if (!saved || !foreign || foreign.state === saved.state) return saved ?? foreign;
    const code = await this.mergeCode();
    if (!code) return 'wait';
    // A state this course cannot read is not merged: this page's is written as it is.
    return { ...saved, state: code.mergeSavedStates(saved.state, foreign.state, this.data, this.stateBudget) ?? saved.state };
  }
}

const openingKey = 'initialized';

function draftItem(draft: StatementDraft): OutboxItem {
  return { key: draft.id, payload: { draft } };
}
