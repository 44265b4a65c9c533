import { describe, expect, it } from 'vitest';
import { resultVerbs } from '../../../src/runtime/tracking/xapi/course-drafts.js';

const xapi = { scoreOnCompleted: true };

describe('resultVerbs', () => {
  it('says nothing while the course is incomplete, completed once it is', () => {
    expect(resultVerbs('incomplete', undefined, {}, xapi)).toEqual([]);
    expect(resultVerbs('completed', undefined, {}, xapi)).toEqual(['completed']);
    expect(resultVerbs('completed', undefined, { completed: true }, xapi)).toEqual([]);
  });

  it('sends passed or failed after completed, each once per registration', () => {
    expect(resultVerbs('passed', 90, {}, xapi)).toEqual(['completed', 'passed']);
    expect(resultVerbs('passed', 90, { completed: true, passed: true }, xapi)).toEqual([]);
    expect(resultVerbs('failed', 40, { completed: true }, xapi)).toEqual(['failed']);
    expect(resultVerbs('failed', 40, { completed: true, failed: true }, xapi)).toEqual([]);
  });

  it('never lowers a passed attempt', () => {
    expect(resultVerbs('failed', 10, { completed: true, passed: true }, xapi)).toEqual([]);
  });

  it('passes after a failure in another session, but not in the one that failed when the standard says so', () => {
    expect(resultVerbs('passed', 95, { completed: true, failed: true }, xapi)).toEqual(['passed']);
    expect(resultVerbs('passed', 95, { completed: true, failed: true, failedThisSession: true }, xapi)).toEqual([]);
  });

  it('decides passed or failed by the launch mastery score, on the score as sent', () => {
    const cmi5 = { scoreOnCompleted: false, masteryScore: 0.8 };
    expect(resultVerbs('passed', 70, {}, cmi5)).toEqual(['completed', 'failed']);
    expect(resultVerbs('failed', 80, {}, cmi5)).toEqual(['completed', 'passed']);
    expect(resultVerbs('failed', 79.999, {}, cmi5)).toEqual(['completed', 'passed']);
    expect(resultVerbs('completed', 10, {}, cmi5)).toEqual(['completed']);
  });
});
