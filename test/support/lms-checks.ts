import { expect } from 'vitest';
import type { LmsCall, LmsSession } from './scorm12-lms.js';

/** Moodle's SCORM 1.2 checks (standards §1c, §1d): what a strict LMS accepts. */
export const moodle = {
  timespan: /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/,
  status: /^(passed|completed|failed|incomplete|browsed)$/,
  decimal: /^-?([0-9]{0,3})(\.[0-9]*)?$/,
  identifier: /^[\u0021-\u007E]{0,255}$/,
  time: /^([0-2][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/,
};

export const setValues = (calls: LmsCall[], element: string): string[] =>
  calls.filter((call) => call.fn === 'LMSSetValue' && call.args[0] === element).map((call) => call.args[1] ?? '');
export const setValuesMatching = (calls: LmsCall[], element: RegExp): string[] =>
  calls.filter((call) => call.fn === 'LMSSetValue' && element.test(call.args[0] ?? '')).map((call) => call.args[1] ?? '');

/** What every session must look like from the LMS side, whatever the learner did. */
export async function expectCleanSession(lms: LmsSession): Promise<LmsCall[]> {
  const calls = await lms.calls();
  expect(await lms.errors()).toEqual([]);
  expect(calls.filter((c) => c.fn === 'LMSInitialize')).toEqual([{ fn: 'LMSInitialize', args: [''], result: 'true', error: '0' }]);
  expect(calls.filter((c) => c.fn === 'LMSFinish')).toEqual([{ fn: 'LMSFinish', args: [''], result: 'true', error: '0' }]);
  expect(calls[0]?.fn).toBe('LMSInitialize');
  expect(calls.at(-1)?.fn).toBe('LMSFinish');
  // Set with every commit (an LMS that drops the final postback still has it) and before LMSFinish.
  expect(setValues(calls, 'cmi.core.session_time').length).toBeGreaterThanOrEqual(1);
  expect(calls.at(-2)).toMatchObject({ fn: 'LMSSetValue', args: ['cmi.core.session_time', expect.any(String)] });
  for (const value of setValues(calls, 'cmi.core.session_time')) expect(value).toMatch(moodle.timespan);
  for (const value of setValues(calls, 'cmi.core.lesson_status')) expect(value).toMatch(moodle.status);
  for (const value of setValues(calls, 'cmi.core.score.raw')) expect(value).toMatch(moodle.decimal);
  for (const value of setValuesMatching(calls, /^cmi\.interactions\.\d+\.id$/)) expect(value).toMatch(moodle.identifier);
  for (const value of setValuesMatching(calls, /^cmi\.interactions\.\d+\.time$/)) expect(value).toMatch(moodle.time);
  for (const value of setValues(calls, 'cmi.suspend_data')) expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(4096);
  return calls;
}

