import type { TrackerStatus } from '../tracking-adapter.js';
import { resultVerbs, type RecordedResults, type ResultRules } from './course-drafts.js';
import type { SessionLog } from './lrs-session.js';
import { mergeResults } from './saved-document.js';
import type { DefinedVerb } from './xapi-statement.js';

type ResultVerb = 'completed' | 'passed' | 'failed';

/**
 * Which result statements a registration holds and which this session asked for, so that none is
 * made or sent twice: `recorded` comes from the state document and grows as the LRS stores them
 * (and is written back with the state); `planned` also holds those still on their way.
 */
export class ResultLedger {
  private recordedResults: RecordedResults;
  private planned: RecordedResults;
  private failedPlanned = false;
  /** The recorded results changed since the state document was last written. */
  unsaved = false;

  constructor(recorded: RecordedResults, private readonly log: SessionLog, private readonly rules: ResultRules & { oneOutcomePerSession: boolean }) {
    this.recordedResults = recorded;
    this.planned = { ...recorded };
  }

  get recorded(): RecordedResults {
    return this.recordedResults;
  }

  /** The result statements a status change calls for; from now on they count as asked for. */
  plan(status: TrackerStatus, score: number | undefined): ResultVerb[] {
    const failedThisSession = this.rules.oneOutcomePerSession && (this.failedPlanned || this.log.has('failed'));
    const verbs = resultVerbs(status, score, { ...this.planned, failedThisSession }, this.rules);
    for (const verb of verbs) this.planned[verb] = true;
    if (verbs.includes('failed')) this.failedPlanned = true;
    return verbs;
  }

  /** True for a result statement the registration or this session already holds (an item left over). */
  holds(verb: DefinedVerb | undefined): boolean {
    return isResult(verb) && (this.recordedResults[verb] === true || this.log.has(verb));
  }

  /** Notes a defined statement the LRS stored. */
  stored(verb: DefinedVerb): void {
    this.log.add(verb);
    if (!isResult(verb) || this.recordedResults[verb]) return;
    this.recordedResults = { ...this.recordedResults, [verb]: true };
    this.unsaved = true;
  }

  /** Adds what another tab or device recorded (a state document re-read after a conflict). */
  merge(other: RecordedResults): void {
    this.recordedResults = mergeResults(this.recordedResults, other);
    this.planned = mergeResults(this.planned, other);
  }
}

function isResult(verb: DefinedVerb | undefined): verb is ResultVerb {
  return verb === 'completed' || verb === 'passed' || verb === 'failed';
}
