/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it, vi } from 'vitest';
import type { InteractionRecord } from '../../../src/runtime/block-api.js';
import { memoryStore, type KeyValueStore } from '../../../src/runtime/storage/key-value-store.js';
import type { Scorm2004Api } from '../../../src/runtime/tracking/scorm2004-api.js';
import { Scorm2004Adapter, type Scorm2004AdapterOptions } from '../../../src/runtime/tracking/scorm2004-adapter.js';
import { Tracker } from '../../../src/runtime/tracking/tracker.js';
import { firstLaunch2004, scorm2004LmsSide } from './scorm2004-lms-side.js';

const answer: InteractionRecord = { id: 'q-signs', type: 'choice', description: 'Which of these is an early warning sign?', response: ['jokes'], correct: ['jokes'], result: 'correct', latencyMs: 4000, choices: [{ id: 'help', text: 'Asking for help' }, { id: 'jokes', text: 'Jokes' }] };
const lesson = { id: 'recognising', title: 'Recognising harassment' };

/** The tracking core over the SCORM 2004 adapter. */
function tracked(api: Scorm2004Api, device: KeyValueStore = memoryStore(), options: Scorm2004AdapterOptions = {}) {
  return new Tracker(new Scorm2004Adapter(api, { ...options, log: options.log ?? (() => {}) }), device, { courseId: 'respect', log: () => {} });
}

/** Every call that left an error code, but for the calls that read the previous call's error. */
const errors = (lms: ReturnType<typeof scorm2004LmsSide>) => lms.calls.filter((c) => c.error !== '0' && !c.fn.startsWith('GetLast') && !c.fn.startsWith('GetError'));

describe('SCORM 2004 through the tracking core', () => {
  it('starts a first attempt: Initialize(""), incomplete and unknown, exit=suspend, no API errors', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api);
    expect(await tracker.start()).toEqual({ resumed: false, mode: 'normal', learnerName: 'Okafor, Amara', learnerId: 'learner-1' });
    expect(lms.calls[0]).toMatchObject({ fn: 'Initialize', args: [''], result: 'true' });
    expect(await tracker.flush()).toBe(true);
    expect(lms.cmi()).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', exit: 'suspend' });
    expect(lms.set('cmi.session_time')).toHaveLength(1);
    expect(lms.count('Commit')).toBe(1);
    expect(errors(lms)).toEqual([]);
    expect(tracker.saveStatus).toBe('saved');
  });

  it('resumes with the saved state and bookmark, and keeps exit=suspend for the next launch', async () => {
    const lms = scorm2004LmsSide({ ...firstLaunch2004, entry: 'resume', completion_status: 'incomplete', location: 'recognising', suspend_data: '1~abc~1~D~{}' });
    const tracker = tracked(lms.api);
    expect(await tracker.start()).toMatchObject({ resumed: true, state: '1~abc~1~D~{}', location: 'recognising' });
    await tracker.flush();
    expect(lms.set('cmi.completion_status')).toEqual([]);
    expect(lms.set('cmi.exit')).toEqual(['suspend']);
    expect(errors(lms)).toEqual([]);
  });

  it('records nothing in review mode, not even the session time', async () => {
    const lms = scorm2004LmsSide({ ...firstLaunch2004, mode: 'review', entry: '', completion_status: 'completed', success_status: 'failed', score: { raw: '40' }, suspend_data: '1~abc~1~D~{}' });
    const tracker = tracked(lms.api);
    expect(await tracker.start()).toMatchObject({ state: '1~abc~1~D~{}', mode: 'review' });
    tracker.saveState('1~abc~2~D~{}', 'checks');
    tracker.setResult('passed', 100);
    tracker.recordInteraction(answer, lesson);
    expect(await tracker.finish()).toBe(true);
    expect(tracker.saveStatus).toBe('review');
    expect(lms.count('SetValue')).toBe(0);
    expect(lms.count('Commit')).toBe(0);
    expect(lms.count('Terminate')).toBe(1);
  });

  it('sets score (scaled, raw, min, max) and both statuses in one commit, and never reopens a finished attempt', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api);
    const confirmed = vi.fn();
    tracker.onResultConfirmed(confirmed);
    await tracker.start();
    tracker.setResult('passed', 66.666);
    await tracker.flush();
    const sets = lms.calls.filter((c) => c.fn === 'SetValue' && !c.args[0]?.endsWith('session_time')).map((c) => c.args.join('='));
    expect(sets.slice(-7)).toEqual(['cmi.score.min=0', 'cmi.score.max=100', 'cmi.score.raw=66.67', 'cmi.score.scaled=0.6667', 'cmi.completion_status=completed', 'cmi.success_status=passed', 'cmi.exit=normal']);
    expect(confirmed).toHaveBeenCalledWith({ status: 'passed', score: 66.666 });
    tracker.setResult('incomplete');
    tracker.setResult('failed', 10);
    await tracker.flush();
    expect(lms.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { raw: '66.67', scaled: '0.6667' } });
  });

  it('reports completed with an unknown success for a course without a mastery score', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api);
    await tracker.start();
    tracker.setResult('completed', 100);
    await tracker.finish();
    expect(lms.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'unknown', exit: 'normal', score: { scaled: '1', raw: '100' } });
  });

  it('keeps a failed attempt suspended, and lets a retry pass it', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api);
    await tracker.start();
    tracker.setResult('failed', 40);
    await tracker.flush();
    expect(lms.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'failed', exit: 'suspend' });
    tracker.setResult('passed', 90);
    await tracker.flush();
    expect(lms.cmi()).toMatchObject({ success_status: 'passed', exit: 'normal', score: { scaled: '0.9' } });
  });

  it('never fails or lowers the score of a passed attempt, and judges by the LMS\'s passing score', async () => {
    const lms = scorm2004LmsSide({ ...firstLaunch2004, entry: 'resume', completion_status: 'completed', success_status: 'passed', scaled_passing_score: '0.8', score: { raw: '90', min: '0', max: '100', scaled: '0.9' } });
    const tracker = tracked(lms.api, memoryStore(), { readPassingScore: true });
    expect(await tracker.start()).toMatchObject({ masteryScore: 80 });
    tracker.setResult('failed', 50);
    tracker.setResult('completed');
    expect(await tracker.finish()).toBe(true);
    expect(lms.set('cmi.score.raw')).toEqual([]);
    expect(lms.set('cmi.success_status')).toEqual([]);
    expect(lms.cmi()).toMatchObject({ success_status: 'passed', score: { raw: '90' } });
  });

  it('writes interactions in 2004 format, id first, after those the LMS already holds', async () => {
    const lms = scorm2004LmsSide({ ...firstLaunch2004, interactions: { 0: { id: 'earlier', type: 'choice', result: 'correct' } } });
    const tracker = tracked(lms.api, memoryStore(), { now: () => Date.UTC(2026, 11, 4, 10, 0, 0, 250), language: 'en', interactionId: (r) => `urn:coursewright:respect/interactions/${r.id}` });
    await tracker.start();
    tracker.recordInteraction(answer, lesson);
    tracker.recordInteraction({ ...answer, id: 'q-two', type: 'choice', result: 'incorrect', response: ['help', 'jokes'], correct: ['help', 'jokes'], correctAlternatives: true }, lesson);
    tracker.recordInteraction({ id: 'tf', type: 'true-false', description: '{Is it} fine?', response: ['false'], correct: ['false'], result: 'correct' }, lesson);
    tracker.recordInteraction({ id: 'r', type: 'long-fill-in', description: 'What will you do?', response: ['Talk to my manager'], result: 'neutral' }, lesson);
    tracker.recordInteraction({ id: 'order', type: 'sequencing', description: 'Put the steps in order', response: ['listen', 'name-it', 'report'], correct: ['name-it', 'listen', 'report'], result: 'incorrect', choices: [{ id: 'name-it', text: 'Name it' }, { id: 'listen', text: 'Listen' }, { id: 'report', text: 'Report' }] }, lesson);
    tracker.recordInteraction({ id: 'word', type: 'fill-in', description: 'One word', response: ['respect [,] dignity'], result: 'neutral' }, lesson);
    await tracker.flush();
    const rows = lms.cmi().interactions;
    expect(Object.keys(rows)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(rows[5]).toMatchObject({ type: 'sequencing', learner_response: 'listen[,]name-it[,]report', correct_responses: { 0: { pattern: 'name-it[,]listen[,]report' } } });
    expect(rows[6]).toMatchObject({ type: 'fill-in', learner_response: 'respect dignity' });
    expect(rows[1]).toMatchObject({
      id: 'urn:coursewright:respect/interactions/q-signs', type: 'choice', timestamp: '2026-12-04T10:00:00.2Z', learner_response: 'jokes', result: 'correct',
      latency: 'PT4S', description: '{lang=en}Which of these is an early warning sign?', correct_responses: { 0: { pattern: 'jokes' } },
    });
    expect(rows[2]).toMatchObject({ learner_response: 'help[,]jokes', result: 'incorrect', correct_responses: { 0: { pattern: 'help' }, 1: { pattern: 'jokes' } } });
    expect(rows[3]).toMatchObject({ type: 'true-false', learner_response: 'false', description: '{lang=en}Is it} fine?' });
    expect(rows[4]).toMatchObject({ type: 'long-fill-in', learner_response: 'Talk to my manager', result: 'neutral' });
    const firstSet = lms.calls.find((c) => c.fn === 'SetValue' && c.args[0]?.startsWith('cmi.interactions.1.'));
    expect(firstSet?.args[0]).toBe('cmi.interactions.1.id');
    expect(errors(lms)).toEqual([]);
  });

  it('sends progress_measure with the state, and never a state over 64,000 bytes', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const log = vi.fn();
    const tracker = tracked(lms.api, memoryStore(), { log, progress: (state) => (state.endsWith('{}') ? 1 / 3 : 0.5) });
    await tracker.start();
    tracker.saveState('1~x~0~B~{}', 'welcome');
    await tracker.flush();
    expect(lms.cmi()).toMatchObject({ location: 'welcome', suspend_data: '1~x~0~B~{}', progress_measure: '0.3333333' });
    tracker.saveState('1~x~0~B~' + JSON.stringify({ a: 'é'.repeat(32_100) }), 'recognising'); // under 64,000 characters, over 64,000 bytes
    await tracker.flush();
    expect(lms.set('cmi.suspend_data')).toEqual(['1~x~0~B~{}']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('over the 64000-byte suspend_data limit'));
  });

  it('finishes once with an ISO 8601 session time of at most two decimals', async () => {
    let now = 1_000;
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api, memoryStore(), { now: () => now });
    await tracker.start();
    now += 3_723_456;
    expect(await tracker.finish()).toBe(true);
    expect(await tracker.finish()).toBe(true);
    expect(lms.count('Terminate')).toBe(1);
    expect(lms.set('cmi.session_time').at(-1)).toBe('PT1H2M3.46S');
    expect(errors(lms)).toEqual([]);
  });
});

describe('SCORM 2004 when the LMS fails', () => {
  it('never confirms what a refused Commit held, and re-sets interactions at the same index', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api);
    const confirmed = vi.fn();
    tracker.onResultConfirmed(confirmed);
    await tracker.start();
    await tracker.flush();
    lms.faults.refuseCommit = true;
    tracker.recordInteraction(answer, lesson);
    tracker.setResult('completed', 100);
    expect(await tracker.flush()).toBe(false);
    expect(tracker.saveStatus).toBe('unsaved');
    expect(confirmed).not.toHaveBeenCalled();
    expect(await tracker.finish()).toBe(false);
    expect(lms.count('Terminate')).toBe(0);
    lms.faults.refuseCommit = false;
    expect(await tracker.flush()).toBe(true);
    expect(confirmed).toHaveBeenCalledTimes(1);
    expect(Object.keys(lms.cmi().interactions)).toEqual(['0']);
    // Set again at index 0 by each of the three sends (flush, finish, flush), never appended at 1.
    expect(lms.set('cmi.interactions.0.id')).toHaveLength(3);
    expect(lms.set('cmi.interactions.1.id')).toEqual([]);
  });

  it('gives each decision at one step its own row under the step\'s id, and a resend after a refused commit none', async () => {
    const decision: InteractionRecord = { id: 'break-room.intro', type: 'choice', description: 'Sam makes a comment.', response: ['laugh'], correct: ['name-it'], result: 'incorrect', choices: [{ id: 'laugh', text: 'Laugh along.' }, { id: 'name-it', text: 'Say it is not okay.' }] };
    // The first decision was recorded in an earlier session: the LMS holds it.
    const lms = scorm2004LmsSide({ ...firstLaunch2004, interactions: { 0: { id: 'break-room.intro', type: 'choice', learner_response: 'laugh', result: 'incorrect' } } });
    const tracker = tracked(lms.api);
    await tracker.start();
    await tracker.flush();
    lms.faults.refuseCommit = true;
    tracker.recordInteraction({ ...decision, response: ['name-it'], result: 'correct' }, lesson);
    expect(await tracker.flush()).toBe(false);
    lms.faults.refuseCommit = false;
    expect(await tracker.flush()).toBe(true);
    const rows = lms.cmi().interactions;
    expect(Object.values(rows).map((row) => [row.id, row.learner_response, row.result])).toEqual([['break-room.intro', 'laugh', 'incorrect'], ['break-room.intro', 'name-it', 'correct']]);
    expect(lms.set('cmi.interactions.1.id')).toHaveLength(2);
  });

  it('tries Terminate again after the LMS refused it once, and reports success only then', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const tracker = tracked(lms.api);
    await tracker.start();
    lms.faults.refuseFinish = 1;
    expect(await tracker.finish()).toBe(false);
    expect(tracker.finished).toBe(false);
    expect(await tracker.finish()).toBe(true);
    expect(lms.calls.filter((c) => c.fn === 'Terminate').map((c) => c.result)).toEqual(['false', 'true']);
  });

  it('treats "false" from Initialize as a refusal and logs the LMS\'s reason', async () => {
    const lms = scorm2004LmsSide();
    const log = vi.fn();
    const api = { ...lms.api, Initialize: () => 'false', GetLastError: () => '102', GetErrorString: () => 'General Initialization Failure' };
    expect(await tracked(api, memoryStore(), { log }).start()).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('error 102: General Initialization Failure'));
  });

  it('keeps going when the API throws inside Commit (Moodle 4.5), and says nothing is saved', async () => {
    const lms = scorm2004LmsSide(firstLaunch2004);
    const api = { ...lms.api, Commit: () => { throw new Error('moodle player'); } };
    const log = vi.fn();
    const tracker = tracked(api, memoryStore(), { log });
    expect(await tracker.start()).toBeDefined();
    tracker.setResult('completed', 50);
    expect(await tracker.flush()).toBe(false);
    expect(tracker.saveStatus).toBe('unsaved');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('moodle player'));
  });
});
