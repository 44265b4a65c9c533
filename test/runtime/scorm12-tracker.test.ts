/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { Scorm12API } from 'scorm-again';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InteractionRecord } from '../../src/runtime/block-api.js';
import type { Scorm12Api } from '../../src/runtime/tracking/scorm12-api.js';
import { Scorm12Tracker } from '../../src/runtime/tracking/scorm12-tracker.js';

/** A real SCORM 1.2 runtime (scorm-again) with every call recorded, as an LMS would see them. */
function lms(initial?: Record<string, unknown>) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (initial) api.loadFromJSON(initial);
  const calls: { fn: string; args: string[]; result: string; error: string }[] = [];
  const recorded = {} as Record<string, (...args: string[]) => unknown>;
  for (const fn of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const) {
    recorded[fn] = (...args: string[]) => {
      const result = (api[fn] as (...a: string[]) => unknown)(...args);
      calls.push({ fn, args, result: String(result), error: api.lastErrorCode });
      return result;
    };
  }
  const set = (element: string) => calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === element).map((c) => c.args[1]);
  const cmi = () => (api.renderCMIToJSONObject() as { cmi: { core: Record<string, unknown>; suspend_data: string; interactions: Record<string, Record<string, unknown>> } }).cmi;
  return { api: recorded as unknown as Scorm12Api, calls, set, cmi, count: (fn: string) => calls.filter((c) => c.fn === fn).length };
}

const firstLaunch = { core: { student_id: 'learner-1', student_name: 'Okafor, Amara', entry: 'ab-initio', lesson_status: 'not attempted', credit: 'credit' } };
const answer: InteractionRecord = { id: 'q-signs', type: 'choice', description: 'Which?', response: ['b'], correct: ['b'], result: 'correct', latencyMs: 4000 };

afterEach(() => vi.useRealTimers());

describe('Scorm12Tracker', () => {
  it('starts a first attempt: Initialize(""), incomplete, exit=suspend, learner from the LMS', () => {
    const lmsSide = lms(firstLaunch);
    const start = new Scorm12Tracker(lmsSide.api).start();
    expect(start).toEqual({ resumed: false, learnerName: 'Okafor, Amara', learnerId: 'learner-1' });
    expect(lmsSide.calls[0]).toMatchObject({ fn: 'LMSInitialize', args: [''], result: 'true' });
    expect(lmsSide.cmi().core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
    expect(lmsSide.count('LMSCommit')).toBe(1);
  });

  it('resumes with the saved state and bookmark', () => {
    const lmsSide = lms({ core: { ...firstLaunch.core, entry: 'resume', lesson_status: 'incomplete', lesson_location: 'recognising' }, suspend_data: '1~abc~1~D~{}' });
    const start = new Scorm12Tracker(lmsSide.api).start();
    expect(start).toMatchObject({ resumed: true, state: '1~abc~1~D~{}', location: 'recognising' });
    expect(lmsSide.set('cmi.core.lesson_status')).toEqual([]);
  });

  it('records nothing when the LMS launches the course to review a past attempt', () => {
    const lmsSide = lms({ core: { ...firstLaunch.core, lesson_mode: 'review', lesson_status: 'failed', score: { raw: '40' } }, suspend_data: '1~abc~1~D~{}' });
    const tracker = new Scorm12Tracker(lmsSide.api);
    expect(tracker.start()).toMatchObject({ state: '1~abc~1~D~{}' });
    tracker.saveState('1~abc~2~D~{}', 'checks');
    tracker.setScore(100);
    tracker.setStatus('passed');
    tracker.recordInteraction(answer);
    tracker.finish();
    expect(lmsSide.calls.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args[0])).toEqual(['cmi.core.session_time']);
    expect(lmsSide.cmi().core).toMatchObject({ lesson_status: 'failed' });
    expect(lmsSide.count('LMSFinish')).toBe(1);
  });

  it('treats the string "false" from LMSInitialize as failure', () => {
    const api = { ...lms().api, LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception' };
    const log = vi.fn();
    expect(new Scorm12Tracker(api, { log }).start()).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('error 101: General exception'));
  });

  it('sends score (with min and max) before status, then completes with exit ""', () => {
    const lmsSide = lms(firstLaunch);
    const tracker = new Scorm12Tracker(lmsSide.api);
    tracker.start();
    tracker.setScore(66.666);
    tracker.setStatus('passed');
    const sets = lmsSide.calls.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args.join('='));
    expect(sets.slice(-5)).toEqual(['cmi.core.score.min=0', 'cmi.core.score.max=100', 'cmi.core.score.raw=66.67', 'cmi.core.lesson_status=passed', 'cmi.core.exit=']);
    tracker.setStatus('incomplete'); // reviewing a finished course must not reopen it
    expect(lmsSide.cmi().core.lesson_status).toBe('passed');
  });

  it('never fails or lowers the score of a passed attempt (a course update restarted the learner)', () => {
    const lmsSide = lms({
      core: { ...firstLaunch.core, entry: 'resume', lesson_mode: 'normal', lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' } },
      student_data: { mastery_score: '80' },
    });
    const tracker = new Scorm12Tracker(lmsSide.api);
    tracker.start();
    tracker.setScore(50);
    tracker.setStatus('failed');
    tracker.setStatus('completed');
    tracker.finish(); // scorm-again, like Moodle, recomputes passed/failed from score.raw here
    expect(lmsSide.set('cmi.core.score.raw')).toEqual([]);
    expect(lmsSide.set('cmi.core.lesson_status')).toEqual([]);
    expect(lmsSide.cmi().core).toMatchObject({ lesson_status: 'passed', score: { raw: '90' } });
  });

  it('appends interactions after those the LMS already holds', () => {
    const lmsSide = lms({ ...firstLaunch, interactions: { 0: { id: 'earlier', type: 'choice', result: 'correct' } } });
    const tracker = new Scorm12Tracker(lmsSide.api);
    tracker.start();
    tracker.recordInteraction(answer);
    tracker.recordInteraction({ ...answer, id: 'q two', result: 'incorrect', response: ['a'] });
    const rows = lmsSide.cmi().interactions;
    expect(Object.keys(rows)).toEqual(['0', '1', '2']);
    expect(rows[1]).toMatchObject({ id: 'q-signs', type: 'choice', student_response: 'b', result: 'correct', latency: '00:00:04' });
    expect(rows[2]).toMatchObject({ id: 'q_two', result: 'wrong' });
    expect(lmsSide.calls.filter((c) => c.error !== '0')).toEqual([]);
  });

  it('never writes a state over 4,096 bytes, not even cut', () => {
    const lmsSide = lms(firstLaunch);
    const log = vi.fn();
    const tracker = new Scorm12Tracker(lmsSide.api, { log });
    tracker.start();
    tracker.saveState('1~x~0~B~{}', 'welcome');
    tracker.saveState('1~x~0~B~' + JSON.stringify({ a: 'é'.repeat(2050) }), 'recognising'); // under 4,096 characters, over 4,096 bytes
    expect(lmsSide.set('cmi.suspend_data')).toEqual(['1~x~0~B~{}']);
    expect(lmsSide.cmi()).toMatchObject({ suspend_data: '1~x~0~B~{}', core: { lesson_location: 'recognising' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('over the 4096-byte suspend_data limit'));
  });

  it('throttles ordinary commits but commits status changes at once', () => {
    vi.useFakeTimers();
    let now = 0;
    const lmsSide = lms(firstLaunch);
    const tracker = new Scorm12Tracker(lmsSide.api, { now: () => now, commitIntervalMs: 10_000 });
    tracker.start(); // commits: status became incomplete
    tracker.commit();
    tracker.commit();
    expect(lmsSide.count('LMSCommit')).toBe(1);
    now = 10_000;
    vi.advanceTimersByTime(10_000);
    expect(lmsSide.count('LMSCommit')).toBe(2);
    tracker.setStatus('completed');
    expect(lmsSide.count('LMSCommit')).toBe(3);
  });

  it('finishes exactly once, with a valid session time, and then stays quiet', () => {
    let now = 1_000;
    const lmsSide = lms(firstLaunch);
    const tracker = new Scorm12Tracker(lmsSide.api, { now: () => now });
    tracker.start();
    now += 83_450;
    tracker.finish();
    tracker.finish();
    tracker.saveState('late', 'late');
    expect(lmsSide.count('LMSFinish')).toBe(1);
    expect(lmsSide.set('cmi.core.session_time')).toEqual(['0000:01:23.45']);
    expect(lmsSide.set('cmi.suspend_data')).toEqual([]);
    expect(tracker.finished).toBe(true);
  });

  it('keeps learner text out of the log when the LMS refuses a response', () => {
    const real = lms(firstLaunch).api;
    const api = { ...real, LMSSetValue: (element: string, value: string) => (element.endsWith('.student_response') ? 'false' : real.LMSSetValue(element, value)) };
    const log = vi.fn();
    const tracker = new Scorm12Tracker(api, { log });
    tracker.start();
    tracker.recordInteraction({ id: 'r-one-step', type: 'long-fill-in', description: 'What will you do?', response: ['I will talk to my manager about Sam'], result: 'neutral' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cmi.interactions.0.student_response'));
    expect(log.mock.calls.join('\n')).not.toContain('manager');
  });

  it('keeps going when the LMS API throws', () => {
    const api = { ...lms(firstLaunch).api, LMSSetValue: () => { throw new Error('LMS gone'); } };
    const log = vi.fn();
    const tracker = new Scorm12Tracker(api, { log });
    expect(tracker.start()).toBeDefined();
    expect(() => { tracker.saveState('s', 'l'); tracker.setScore(50); tracker.recordInteraction(answer); tracker.finish(); }).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('LMS gone'));
  });
});
