/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InteractionRecord } from '../../../src/runtime/block-api.js';
import type { KeyValueStore } from '../../../src/runtime/storage/key-value-store.js';
import type { Scorm12Api } from '../../../src/runtime/tracking/scorm12-api.js';
import { Scorm12Adapter } from '../../../src/runtime/tracking/scorm12-adapter.js';
import { Tracker } from '../../../src/runtime/tracking/tracker.js';
import { firstLaunch, scorm12LmsSide } from './scorm12-lms-side.js';
import { browserStorage } from '../../support/browser-storage.js';

const lesson = { id: 'quiz', title: 'Quiz' };
const row = (n: number): InteractionRecord => ({ id: `q${n}`, type: 'true-false', description: `Question ${n}`, response: ['true'], correct: ['true'], result: 'correct' });


function tracked(api: Scorm12Api, device: KeyValueStore) {
  return new Tracker(new Scorm12Adapter(api, { log: () => {} }), device, { courseId: 'respect', log: () => {} });
}

afterEach(() => vi.useRealTimers());

describe('the tracking core when the LMS fails', () => {
  it('never confirms a result the LMS refused, keeps everything on the device, and says "unsaved"', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const device = browserStorage();
    const tracker = tracked(lms.api, device);
    const confirmed = vi.fn();
    tracker.onResultConfirmed(confirmed);
    await tracker.start();
    lms.faults.refuseSets = true;
    tracker.saveState('1~x~1~B~{}', 'quiz');
    tracker.recordInteraction(row(1), lesson);
    tracker.setResult('passed', 100);
    expect(await tracker.flush()).toBe(false);
    expect(tracker.saveStatus).toBe('unsaved');
    expect(confirmed).not.toHaveBeenCalled();
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'not attempted' });
    expect(await tracker.finish()).toBe(false);
    expect(lms.count('LMSFinish')).toBe(0);
    expect(device.get('cw:respect:scorm12:learner-1:outbox')).toContain('q1');
  });

  it('sends every interaction exactly once, at the right index, when the LMS comes back after an outage', async () => {
    vi.useFakeTimers();
    const lms = scorm12LmsSide(firstLaunch);
    const tracker = tracked(lms.api, browserStorage());
    const confirmed = vi.fn();
    tracker.onResultConfirmed(confirmed);
    await tracker.start();
    await tracker.flush();
    for (let n = 1; n <= 5; n++) tracker.recordInteraction(row(n), lesson);
    await tracker.flush();
    lms.faults.refuseCommit = true; // the LMS's commit endpoint answers 404: values set, not stored
    for (let n = 6; n <= 20; n++) tracker.recordInteraction(row(n), lesson);
    tracker.setResult('passed', 100);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tracker.saveStatus).toBe('unsaved');
    expect(confirmed).not.toHaveBeenCalled();
    lms.faults.refuseCommit = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tracker.saveStatus).toBe('saved');
    const ids = Object.values(lms.cmi().interactions).map((interaction) => interaction.id);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `q${i + 1}`));
    expect(lms.cmi().core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
    expect(confirmed).toHaveBeenCalledTimes(1);
  });

  it('sends a state saved while the one before was on its way, and says "saved" only once it is stored', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const adapter = new Scorm12Adapter(lms.api, { log: () => {} });
    // The LMS answers the first send late, as an LRS on a slow network does.
    let answer: () => void = () => {};
    const late = new Promise<void>((resolve) => (answer = resolve));
    const send = adapter.send.bind(adapter);
    let sends = 0;
    adapter.send = async (items) => (sends++ === 0 ? late.then(() => send(items)) : send(items));
    const tracker = new Tracker(adapter, browserStorage(), { courseId: 'respect', log: () => {} });
    await tracker.start();
    tracker.saveState('1~x~1~B~{}', 'quiz');
    const first = tracker.flush();
    tracker.saveState('1~x~2~B~{}', 'wrap-up'); // the learner turned the page meanwhile
    answer();
    await first;
    expect(lms.cmi().core.lesson_location).toBe('quiz');
    expect(tracker.saveStatus).toBe('saving');
    expect(await tracker.flush()).toBe(true);
    expect(lms.cmi().core).toMatchObject({ lesson_location: 'wrap-up' });
    expect(lms.cmi().suspend_data).toBe('1~x~2~B~{}');
    expect(tracker.saveStatus).toBe('saved');
  });

  it('retries a failed LMSFinish and reports success only when it went through', async () => {
    const lms = scorm12LmsSide(firstLaunch);
    const tracker = tracked(lms.api, browserStorage());
    await tracker.start();
    lms.faults.refuseFinish = 1;
    expect(await tracker.finish()).toBe(false);
    expect(tracker.finished).toBe(false);
    expect(await tracker.finish()).toBe(true);
    expect(lms.calls.filter((c) => c.fn === 'LMSFinish').map((c) => c.result)).toEqual(['false', 'true']);
  });

  it('after a tab closed with unsent changes, the next launch on this device restores and resends them', async () => {
    const device = browserStorage();
    const first = scorm12LmsSide(firstLaunch);
    const tracker = tracked(first.api, device);
    await tracker.start();
    await tracker.flush();
    first.faults.refuseSets = true;
    tracker.saveState('1~x~1~B~{"q1":{"d":1}}', 'quiz');
    tracker.recordInteraction(row(1), lesson);
    tracker.leave(); // pagehide: the LMS refuses, the tab goes
    expect(first.count('LMSFinish')).toBe(1);

    // The LMS kept only what it accepted: incomplete, no state, no interactions.
    const kept = first.cmi();
    const second = scorm12LmsSide({ core: { ...firstLaunch.core, entry: 'resume', lesson_status: kept.core.lesson_status }, suspend_data: kept.suspend_data });
    const again = tracked(second.api, device);
    expect(await again.start()).toMatchObject({ resumed: true, state: '1~x~1~B~{"q1":{"d":1}}', location: 'quiz' });
    expect(await again.flush()).toBe(true);
    expect(second.cmi()).toMatchObject({ suspend_data: '1~x~1~B~{"q1":{"d":1}}', core: { lesson_location: 'quiz' } });
    expect(Object.values(second.cmi().interactions).map((i) => i.id)).toEqual(['q1']);
    expect(device.get('cw:respect:scorm12:learner-1:outbox')).toBeNull();
    expect(device.get('cw:respect:scorm12:learner-1:unsent-state')).toBeNull();
  });

  it('keeps one learner\'s unsent changes away from another learner on a shared device', async () => {
    const device = browserStorage();
    const first = scorm12LmsSide(firstLaunch);
    const tracker = tracked(first.api, device);
    await tracker.start();
    first.faults.refuseSets = true;
    tracker.saveState('1~x~1~B~{}', 'quiz');
    tracker.leave();
    const other = scorm12LmsSide({ core: { ...firstLaunch.core, student_id: 'learner-2', student_name: 'Ng, Lee' } });
    expect(await tracked(other.api, device).start()).toEqual({ resumed: false, mode: 'normal', learnerId: 'learner-2', learnerName: 'Ng, Lee' });
  });
});
