/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import type { RuntimeData } from '../../src/model/runtime-data.js';
import { CourseSession } from '../../src/runtime/progress/course-session.js';
import { emptyLearnerState } from '../../src/runtime/state/learner-state.js';
import { decodeState } from '../../src/runtime/state/state-codec.js';
import { memoryStore } from '../../src/runtime/storage/key-value-store.js';
import { NullTracker } from '../../src/runtime/tracking/null-tracker.js';
import type { Scorm12Api } from '../../src/runtime/tracking/scorm12-api.js';
import { Scorm12Tracker } from '../../src/runtime/tracking/scorm12-tracker.js';

const course: Pick<RuntimeData, 'course' | 'lessons' | 'completion' | 'masteryScore' | 'blocks'> = {
  course: { id: 'respect', title: 'Respect', version: '1', language: 'en', structureHash: 'abc123def456' },
  lessons: [{ id: 'welcome', title: 'Welcome' }, { id: 'quiz', title: 'Quiz' }],
  completion: ['all-lessons', 'checks'],
  masteryScore: 80,
  blocks: [
    { kind: 'check', id: 'q1', lesson: 1, type: 'single', prompt: 'Q1', options: [], attempts: 1, graded: true },
    { kind: 'check', id: 'q2', lesson: 1, type: 'single', prompt: 'Q2', options: [], attempts: 1, graded: true },
  ],
};

function scormSession(initial: Record<string, unknown> = { core: { student_id: 'l1', student_name: 'L', entry: 'ab-initio', lesson_status: 'not attempted' } }) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(initial);
  const sets: string[] = [];
  const lms = {
    LMSInitialize: (p: string) => api.LMSInitialize(p),
    LMSFinish: (p: string) => api.LMSFinish(p),
    LMSGetValue: (e: string) => api.LMSGetValue(e),
    LMSSetValue: (e: string, v: string) => (sets.push(`${e}=${v}`), api.LMSSetValue(e, v)),
    LMSCommit: (p: string) => api.LMSCommit(p),
    LMSGetLastError: () => api.LMSGetLastError(),
    LMSGetErrorString: (c: string) => api.LMSGetErrorString(c),
    LMSGetDiagnostic: (c: string) => api.LMSGetDiagnostic(c),
  } as unknown as Scorm12Api;
  const tracker = new Scorm12Tracker(lms);
  tracker.start();
  const cmi = () => (api.renderCMIToJSONObject() as { cmi: { core: Record<string, unknown> & { score: Record<string, string> }; suspend_data: string } }).cmi;
  return { tracker, sets, cmi };
}

describe('CourseSession', () => {
  it('saves every change at once and reports the score before pass or fail', () => {
    const { tracker, sets, cmi } = scormSession();
    const session = new CourseSession(course, tracker, emptyLearnerState());
    session.visit(0);
    session.visit(1);
    session.saveBlock('q1', { d: 1, s: 1 });
    expect(cmi().core).toMatchObject({ lesson_status: 'incomplete', lesson_location: 'quiz' });
    const before = sets.length;
    session.saveBlock('q2', { d: 1, s: 1 });
    expect(sets.slice(before).filter((s) => /score\.raw|lesson_status/.test(s))).toEqual(['cmi.core.score.raw=100', 'cmi.core.lesson_status=passed']);
    expect(cmi().core).toMatchObject({ lesson_status: 'passed', exit: '' });
    const saved = decodeState(cmi().suspend_data, course.course.structureHash, 2);
    expect(saved).toEqual({ status: 'restored', state: { lesson: 1, visited: [0, 1], blocks: { q1: { d: 1, s: 1 }, q2: { d: 1, s: 1 } } } });
  });

  it('sends no score before the course is complete, so the LMS mastery override cannot fail a learner who only started', () => {
    // What an LMS gives a course whose manifest has adlcp:masteryscore; scorm-again, like Moodle,
    // then turns any score.raw below it into "failed" at LMSFinish.
    const { tracker, sets, cmi } = scormSession({
      core: { student_id: 'l1', student_name: 'L', entry: 'ab-initio', lesson_status: 'not attempted', credit: 'credit', lesson_mode: 'normal' },
      student_data: { mastery_score: '80' },
    });
    const session = new CourseSession(course, tracker, emptyLearnerState());
    session.visit(0);
    session.visit(1);
    session.saveBlock('q1', { d: 1, s: 1 });
    session.finish();
    expect(sets.filter((s) => s.startsWith('cmi.core.score'))).toEqual([]);
    expect(cmi().core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend', score: { raw: '' } });
  });

  it('fails a complete course below the mastery score and tells listeners', () => {
    const { tracker, cmi } = scormSession();
    const session = new CourseSession(course, tracker, emptyLearnerState());
    const listener = vi.fn();
    session.onChange(listener);
    session.visit(1);
    session.visit(0);
    session.saveBlock('q1', { d: 1, s: 1 });
    session.saveBlock('q2', { d: 1, s: 0 });
    expect(cmi().core).toMatchObject({ lesson_status: 'failed', exit: 'suspend', score: { raw: '50' } });
    expect(listener).toHaveBeenLastCalledWith({ complete: true, score: 50, status: 'failed' }, { complete: false, score: 50, status: 'incomplete' });
  });

  it('keeps untracked progress on the device, so a preview resumes', () => {
    const store = memoryStore();
    const first = new NullTracker(store);
    expect(first.start()).toEqual({ resumed: false });
    new CourseSession(course, first, emptyLearnerState()).visit(1);
    const again = new NullTracker(store).start();
    expect(again).toMatchObject({ resumed: true, location: 'quiz' });
    expect(decodeState(again.state, course.course.structureHash, 2).state).toMatchObject({ lesson: 1, visited: [1] });
  });
});
