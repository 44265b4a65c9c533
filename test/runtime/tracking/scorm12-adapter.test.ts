/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InteractionRecord } from '../../../src/runtime/block-api.js';
import { memoryStore, type KeyValueStore } from '../../../src/runtime/storage/key-value-store.js';
import type { Scorm12Api } from '../../../src/runtime/tracking/scorm12-api.js';
import { Scorm12Adapter } from '../../../src/runtime/tracking/scorm12-adapter.js';
import { Tracker } from '../../../src/runtime/tracking/tracker.js';
import { firstLaunch, scorm12LmsSide } from './scorm12-lms-side.js';

const answer: InteractionRecord = { id: 'q-signs', type: 'choice', description: 'Which?', response: ['jokes'], correct: ['jokes'], result: 'correct', latencyMs: 4000, choices: [{ id: 'help', text: 'Asking for help' }, { id: 'jokes', text: 'Jokes' }] };
const lesson = { id: 'recognising', title: 'Recognising harassment' };

/** The tracking core over the SCORM 1.2 adapter, with timers the test drives. */
function tracked(api: Scorm12Api, device: KeyValueStore = memoryStore(), options: { now?: () => number; log?: (m: string) => void } = {}) {
  return new Tracker(new Scorm12Adapter(api, { ...options, log: options.log ?? (() => {}) }), device, { courseId: 'respect', log: () => {} });
}

afterEach(() => vi.useRealTimers());

describe('SCORM 1.2 through the tracking core', () => {
  it('starts a first attempt: Initialize(""), incomplete, exit=suspend, learner from the LMS', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const tracker = tracked(lms.api);
    expect(await tracker.start()).toEqual({ resumed: false, mode: 'normal', learnerName: 'Okafor, Amara', learnerId: 'learner-1' });
    expect(lms.calls[0]).toMatchObject({ fn: 'LMSInitialize', args: [''], result: 'true' });
    expect(await tracker.flush()).toBe(true);
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
    expect(lms.count('LMSCommit')).toBe(1);
    expect(tracker.saveStatus).toBe('saved');
  });

  it('resumes with the saved state and bookmark, and keeps exit=suspend for the next launch', async () => {
    const lms = scorm12LmsSide({ core: { ...firstLaunch.core, entry: 'resume', lesson_status: 'incomplete', lesson_location: 'recognising' }, suspend_data: '1~abc~1~D~{}' });
    const tracker = tracked(lms.api);
    expect(await tracker.start()).toMatchObject({ resumed: true, state: '1~abc~1~D~{}', location: 'recognising' });
    await tracker.flush();
    expect(lms.set('cmi.core.lesson_status')).toEqual([]);
    expect(lms.set('cmi.core.exit')).toEqual(['suspend']);
  });

  it('records nothing when the LMS launches the course to review a past attempt, and says so', async () => {
    const lms = scorm12LmsSide({ core: { ...firstLaunch.core, lesson_mode: 'review', lesson_status: 'failed', score: { raw: '40' } }, suspend_data: '1~abc~1~D~{}' });
    const tracker = tracked(lms.api);
    expect(await tracker.start()).toMatchObject({ state: '1~abc~1~D~{}', mode: 'review' });
    tracker.saveState('1~abc~2~D~{}', 'checks');
    tracker.setResult('passed', 100);
    tracker.recordInteraction(answer, lesson);
    expect(await tracker.finish()).toBe(true);
    expect(tracker.saveStatus).toBe('review');
    expect(lms.calls.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args[0])).toEqual(['cmi.core.session_time']);
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'failed' });
    expect(lms.count('LMSFinish')).toBe(1);
  });

  it('treats the string "false" from LMSInitialize as a refusal', async () => {
    const lms = scorm12LmsSide();
    const log = vi.fn();
    const api = { ...lms.api, LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception' };
    expect(await tracked(api, memoryStore(), { log }).start()).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('error 101: General exception'));
  });

  it('sends score (with min and max) before status in one commit, confirms it, and never reopens a finished attempt', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const tracker = tracked(lms.api);
    const confirmed = vi.fn();
    tracker.onResultConfirmed(confirmed);
    await tracker.start();
    tracker.setResult('passed', 66.666);
    await tracker.flush();
    const sets = lms.calls.filter((c) => c.fn === 'LMSSetValue' && !c.args[0]?.endsWith('session_time')).map((c) => c.args.join('='));
    expect(sets.slice(-5)).toEqual(['cmi.core.score.min=0', 'cmi.core.score.max=100', 'cmi.core.score.raw=66.67', 'cmi.core.lesson_status=passed', 'cmi.core.exit=']);
    expect(confirmed).toHaveBeenCalledWith({ status: 'passed', score: 66.666 });
    tracker.setResult('incomplete'); // reviewing a finished course must not reopen it
    await tracker.flush();
    expect(lms.cmi().core.lesson_status).toBe('passed');
  });

  it('never fails or lowers the score of a passed attempt (a course update restarted the learner)', async () => {
    const lms = scorm12LmsSide({
      core: { ...firstLaunch.core, entry: 'resume', lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' } },
      student_data: { mastery_score: '80' },
    });
    const tracker = tracked(lms.api);
    await tracker.start();
    tracker.setResult('failed', 50);
    tracker.setResult('completed');
    expect(await tracker.finish()).toBe(true); // scorm-again, like Moodle, recomputes passed/failed from score.raw here
    expect(lms.set('cmi.core.score.raw')).toEqual([]);
    expect(lms.set('cmi.core.lesson_status')).toEqual([]);
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'passed', score: { raw: '90' } });
  });

  it('appends interactions after those the LMS already holds, letters derived from the choice ids', async () => {
    const lms = scorm12LmsSide({ ...firstLaunch, interactions: { 0: { id: 'earlier', type: 'choice', result: 'correct' } } });
    const tracker = tracked(lms.api);
    await tracker.start();
    tracker.recordInteraction(answer, lesson);
    tracker.recordInteraction({ ...answer, id: 'q two', result: 'incorrect', response: ['help'] }, lesson);
    await tracker.flush();
    const rows = lms.cmi().interactions;
    expect(Object.keys(rows)).toEqual(['0', '1', '2']);
    expect(rows[1]).toMatchObject({ id: 'q-signs', type: 'choice', student_response: 'b', result: 'correct', latency: '00:00:04' });
    expect(rows[2]).toMatchObject({ id: 'q_two', student_response: 'a', result: 'wrong' });
    expect(lms.calls.filter((c) => c.error !== '0')).toEqual([]);
  });

  it('gives each decision at one step its own row under the step\'s id, and a resend after a refused commit none', async () => {
    const decision: InteractionRecord = { id: 'break-room.intro', type: 'choice', description: 'Sam makes a comment.', response: ['laugh'], correct: ['name-it'], result: 'incorrect', choices: [{ id: 'laugh', text: 'Laugh along.' }, { id: 'name-it', text: 'Say it is not okay.' }] };
    // The first decision was recorded in an earlier session: the LMS holds it.
    const lms = scorm12LmsSide({ ...firstLaunch, interactions: { 0: { id: 'break-room.intro', type: 'choice', student_response: 'a', result: 'wrong' } } });
    const tracker = tracked(lms.api);
    await tracker.start();
    await tracker.flush();
    lms.faults.refuseCommit = true;
    tracker.recordInteraction({ ...decision, response: ['name-it'], result: 'correct' }, lesson);
    expect(await tracker.flush()).toBe(false);
    lms.faults.refuseCommit = false;
    expect(await tracker.flush()).toBe(true);
    const rows = lms.cmi().interactions;
    expect(Object.values(rows).map((row) => [row.id, row.student_response, row.result])).toEqual([['break-room.intro', 'a', 'wrong'], ['break-room.intro', 'b', 'correct']]);
    expect(lms.calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.interactions.1.id')).toHaveLength(2);
  });

  it('never writes a state over 4,096 bytes, not even cut', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const log = vi.fn();
    const tracker = tracked(lms.api, memoryStore(), { log });
    await tracker.start();
    tracker.saveState('1~x~0~B~{}', 'welcome');
    await tracker.flush();
    tracker.saveState('1~x~0~B~' + JSON.stringify({ a: 'é'.repeat(2050) }), 'recognising'); // under 4,096 characters, over 4,096 bytes
    await tracker.flush();
    expect(lms.set('cmi.suspend_data')).toEqual(['1~x~0~B~{}']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('over the 4096-byte suspend_data limit'));
  });

  it('sends the changes of one answer together, soon after it, not on a timer', async () => {
    vi.useFakeTimers();
    const lms = scorm12LmsSide(firstLaunch);
    const tracker = tracked(lms.api);
    await tracker.start();
    await tracker.flush();
    tracker.saveState('1~x~1~B~{}', 'recognising');
    tracker.recordInteraction(answer, lesson);
    tracker.setResult('incomplete');
    expect(lms.count('LMSCommit')).toBe(1);
    expect(tracker.saveStatus).toBe('saving');
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.count('LMSCommit')).toBe(2);
    expect(tracker.saveStatus).toBe('saved');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lms.count('LMSCommit')).toBe(2);
  });

  it('finishes once, with a valid session time, and then stays quiet', async () => {
    let now = 1_000;
    const lms = scorm12LmsSide(firstLaunch);
    const tracker = tracked(lms.api, memoryStore(), { now: () => now });
    await tracker.start();
    now += 83_450;
    expect(await tracker.finish()).toBe(true);
    expect(await tracker.finish()).toBe(true);
    tracker.saveState('late', 'late');
    expect(lms.count('LMSFinish')).toBe(1);
    expect(lms.set('cmi.core.session_time').at(-1)).toBe('0000:01:23.45');
    expect(lms.set('cmi.suspend_data')).toEqual([]);
    expect(tracker.finished).toBe(true);
  });

  it('keeps learner text out of the log when the LMS refuses a response', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    lms.faults.refuseElements = /student_response$/;
    const log = vi.fn();
    const tracker = tracked(lms.api, memoryStore(), { log });
    await tracker.start();
    tracker.recordInteraction({ id: 'r-one-step', type: 'long-fill-in', description: 'What will you do?', response: ['I will talk to my manager about Sam'], result: 'neutral' }, lesson);
    await tracker.flush();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cmi.interactions.0.student_response'));
    expect(log.mock.calls.join('\n')).not.toContain('manager');
  });

  it('keeps going when the LMS API throws, and says nothing is saved', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const api = { ...lms.api, LMSSetValue: () => { throw new Error('LMS gone'); } };
    const log = vi.fn();
    const tracker = tracked(api, memoryStore(), { log });
    expect(await tracker.start()).toBeDefined();
    tracker.saveState('s', 'l');
    tracker.setResult('passed', 50);
    tracker.recordInteraction(answer, lesson);
    expect(await tracker.flush()).toBe(false);
    expect(tracker.saveStatus).toBe('unsaved');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('LMS gone'));
  });
});
