/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it, vi } from 'vitest';
import { mergeLaterOutline } from '../../src/model/block-outline.js';
import type { PageData, RuntimeData } from '../../src/model/runtime-data.js';
import { CourseSession } from '../../src/runtime/progress/course-session.js';
import { emptyLearnerState } from '../../src/runtime/state/learner-state.js';
import { decodeState } from '../../src/runtime/state/state-codec.js';
import { memoryStore } from '../../src/runtime/storage/key-value-store.js';
import { DeviceAdapter } from '../../src/runtime/tracking/device-adapter.js';
import { Scorm12Adapter } from '../../src/runtime/tracking/scorm12-adapter.js';
import { Tracker } from '../../src/runtime/tracking/tracker.js';
import { firstLaunch, scorm12LmsSide } from './tracking/scorm12-lms-side.js';

const course: Pick<RuntimeData, 'course' | 'lessons' | 'completion' | 'masteryScore' | 'blocks' | 'state'> = {
  course: { id: 'respect', iri: 'urn:coursewright:respect', title: 'Respect', version: '1', language: 'en', structureHash: 'abc123def456' },
  lessons: [{ id: 'welcome', title: 'Welcome' }, { id: 'quiz', title: 'Quiz' }],
  state: { lessons: ['w00', 'q00'], blocks: { q1: 'q01', q2: 'q02' } },
  completion: ['all-lessons', 'checks'],
  masteryScore: 80,
  blocks: [
    { kind: 'check', id: 'q1', lesson: 1, type: 'single', prompt: 'Q1', options: [], attempts: 1, graded: true },
    { kind: 'check', id: 'q2', lesson: 1, type: 'single', prompt: 'Q2', options: [], attempts: 1, graded: true },
  ],
};

/** A session's tracker over a real SCORM 1.2 runtime (scorm-again). */
async function scormSession(initial: Record<string, unknown> = firstLaunch) {
  const lms = scorm12LmsSide(initial);
  const tracker = new Tracker(new Scorm12Adapter(lms.api, { log: () => {} }), memoryStore(), { courseId: 'respect', log: () => {} });
  await tracker.start();
  const sets = () => lms.calls.filter((c) => c.fn === 'LMSSetValue' && c.result === 'true').map((c) => c.args.join('='));
  return { tracker, sets, cmi: () => lms.cmi() as ReturnType<typeof lms.cmi> & { core: { score: Record<string, string> } } };
}

/** The page data of a long course (`lessonCount`): its first lesson and its graded check; two lessons in all, graded by checks. */
const longCoursePage = (): PageData => ({
  ...course, completion: ['checks'], lessonCount: 2, strings: {}, schema: 1,
  lessons: [{ id: 'welcome', title: 'Welcome' }],
  state: { lessons: ['w00'], blocks: { q1: 'q01' } },
  blocks: [{ kind: 'check', id: 'q1', lesson: 0, graded: true }],
});

describe('CourseSession', () => {
  it('saves every change and reports the score before pass or fail', async () => {
    const { tracker, sets, cmi } = await scormSession();
    const session = new CourseSession(course, tracker, emptyLearnerState());
    session.visit(0);
    session.visit(1);
    session.saveBlock('q1', { d: 1, s: 1 });
    await tracker.flush();
    expect(cmi().core).toMatchObject({ lesson_status: 'incomplete', lesson_location: 'quiz' });
    const before = sets().length;
    session.saveBlock('q2', { d: 1, s: 1 });
    await tracker.flush();
    expect(sets().slice(before).filter((s) => /score\.raw|lesson_status/.test(s))).toEqual(['cmi.core.score.raw=100', 'cmi.core.lesson_status=passed']);
    expect(cmi().core).toMatchObject({ lesson_status: 'passed', exit: '' });
    const saved = decodeState(cmi().suspend_data, course);
    expect(saved).toEqual({ status: 'restored', changed: [], state: { lesson: 1, visited: [0, 1], blocks: { q1: { d: 1, s: 1 }, q2: { d: 1, s: 1 } } } });
  });

  it('sends no score before the course is complete, so the LMS mastery override cannot fail a learner who only started', async () => {
    // What an LMS gives a course whose manifest has adlcp:masteryscore; scorm-again, like Moodle,
    // then turns any score.raw below it into "failed" at LMSFinish.
    const { tracker, sets, cmi } = await scormSession({ ...firstLaunch, student_data: { mastery_score: '80' } });
    const session = new CourseSession(course, tracker, emptyLearnerState());
    session.visit(0);
    session.visit(1);
    session.saveBlock('q1', { d: 1, s: 1 });
    expect(await tracker.finish()).toBe(true);
    expect(sets().filter((s) => s.startsWith('cmi.core.score'))).toEqual([]);
    expect(cmi().core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend', score: { raw: '' } });
  });

  it('fails a complete course below the mastery score and tells listeners', async () => {
    const { tracker, cmi } = await scormSession();
    const session = new CourseSession(course, tracker, emptyLearnerState());
    const listener = vi.fn();
    session.onChange(listener);
    session.visit(1);
    session.visit(0);
    session.saveBlock('q1', { d: 1, s: 1 });
    session.saveBlock('q2', { d: 1, s: 0 });
    await tracker.flush();
    expect(cmi().core).toMatchObject({ lesson_status: 'failed', exit: 'suspend', score: { raw: '50' } });
    expect(listener).toHaveBeenLastCalledWith({ complete: true, score: 50, status: 'failed' }, { complete: false, score: 50, status: 'incomplete' });
  });

  it('judges a long course only once its later lessons\u2019 outline came: what is not known yet may be required', async () => {
    const { tracker, sets, cmi } = await scormSession();
    const long = longCoursePage();
    const session = new CourseSession(long, tracker, emptyLearnerState());
    session.visit(0);
    session.saveBlock('q1', { d: 1, s: 1 });
    await tracker.flush();
    // Every graded check known is answered, but the second lesson may hold more.
    expect(session.outcome).toEqual({ complete: false, score: undefined, status: 'incomplete' });
    expect(sets().filter((set) => /score\.raw|lesson_status/.test(set))).toEqual(['cmi.core.lesson_status=incomplete']);
    // The second lesson has a graded check too: still incomplete, now for a known reason.
    expect(mergeLaterOutline(long, { first: 1, lessons: [{ id: 'quiz', title: 'Quiz' }], outline: [[['check', 'q2', 'q02', { graded: true }]]] })).toBe(true);
    session.outlineGrew();
    expect(session.outcome).toEqual({ complete: false, score: 50, status: 'incomplete' });
    session.saveBlock('q2', { d: 1, s: 1 });
    await tracker.flush();
    expect(cmi().core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
    expect(decodeState(cmi().suspend_data, long).state.blocks).toEqual({ q1: { d: 1, s: 1 }, q2: { d: 1, s: 1 } });
  });

  it('completes a long course whose later lessons require nothing more as soon as their outline came', async () => {
    const { tracker, cmi } = await scormSession();
    const long = longCoursePage();
    const session = new CourseSession(long, tracker, emptyLearnerState());
    const listener = vi.fn();
    session.onChange(listener);
    session.saveBlock('q1', { d: 1, s: 1 });
    expect(mergeLaterOutline(long, { first: 1, lessons: [{ id: 'quiz', title: 'Quiz' }], outline: [[]] })).toBe(true);
    session.outlineGrew();
    await tracker.flush();
    expect(listener).toHaveBeenLastCalledWith({ complete: true, score: 100, status: 'passed' }, { complete: false, score: undefined, status: 'incomplete' });
    expect(cmi().core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
  });

  it('keeps untracked progress on the device, so a preview resumes', async () => {
    const store = memoryStore();
    const device = memoryStore();
    const first = new Tracker(new DeviceAdapter(store), device, { courseId: 'respect' });
    expect(await first.start()).toEqual({ resumed: false, mode: 'normal' });
    expect(first.saveStatus).toBe('device');
    new CourseSession(course, first, emptyLearnerState()).visit(1);
    await first.flush();
    const again = await new Tracker(new DeviceAdapter(store), memoryStore(), { courseId: 'respect' }).start();
    expect(again).toMatchObject({ resumed: true, location: 'quiz' });
    expect(decodeState(again?.state, course).state).toMatchObject({ lesson: 1, visited: [1] });
  });
});
