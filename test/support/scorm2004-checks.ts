import { expect } from 'vitest';
import type { LmsCall, LmsSession } from './scorm12-lms.js';

const timeinterval = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const unitReal = /^(0(\.\d{1,7})?|1(\.0{1,7})?)$/;
const shortId = "[\\w\\-()+.:=@;$!*'%/#]{1,250}";

/**
 * SCORM 2004 4th Edition data-model formats (standards §2c, §2d), as strict LMSs check them: what
 * every value the course sets must look like. Keys are element names with `n` for an index.
 */
export const scorm2004Formats: Record<string, RegExp> = {
  'cmi.completion_status': /^(completed|incomplete|not attempted|unknown)$/,
  'cmi.success_status': /^(passed|failed|unknown)$/,
  'cmi.exit': /^(time-out|suspend|logout|normal|)$/,
  // timeinterval(second,10,2): ISO 8601 duration, at most two decimals on seconds.
  'cmi.session_time': timeinterval,
  'cmi.score.scaled': unitReal, // -1..1 in the spec; the course never sends a negative score
  'cmi.score.raw': /^\d{1,10}(\.\d{1,7})?$/,
  'cmi.score.min': /^\d{1,10}(\.\d{1,7})?$/,
  'cmi.score.max': /^\d{1,10}(\.\d{1,7})?$/,
  'cmi.progress_measure': unitReal,
  'cmi.location': /^[^]{0,1000}$/,
  'cmi.interactions.n.id': /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/,
  'cmi.interactions.n.type': /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
  // time(second,10,0): the zone may only follow the fraction of a second.
  'cmi.interactions.n.timestamp': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/,
  'cmi.interactions.n.result': /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/,
  'cmi.interactions.n.latency': timeinterval,
  'cmi.interactions.n.description': /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?(?!\{)[^]{0,250}$/,
};

/** Response formats by interaction type (§2.16); choice and sequencing name short ids joined by `[,]`. */
export const scorm2004ResponseFormats: Record<string, RegExp> = {
  'true-false': /^(true|false)$/,
  choice: new RegExp(`^${shortId}(\\[,\\]${shortId}){0,35}$`),
  sequencing: new RegExp(`^${shortId}(\\[,\\]${shortId}){0,35}$`),
  'fill-in': /^(?!\{)[^]{0,250}$/,
  'long-fill-in': /^[^]{0,4000}$/,
  other: /^[^]{0,4000}$/,
};

/** Values the course set for `element` (with `n` standing for any index). */
export function set2004Values(calls: LmsCall[], element: string): string[] {
  const pattern = new RegExp(`^${element.replace(/\./g, '\\.').replace(/\\\.n\\\./g, '\\.\\d+\\.')}$`);
  return calls.filter((call) => call.fn === 'SetValue' && pattern.test(call.args[0] ?? '')).map((call) => call.args[1] ?? '');
}

/**
 * What every SCORM 2004 session must look like from the LMS side: one Initialize("") first and one
 * Terminate("") last, no call leaving an error, session_time with every commit and right before
 * Terminate, every value in its 2004 format, interactions set id first and type before responses.
 */
export async function expectClean2004Session(lms: LmsSession<unknown>): Promise<LmsCall[]> {
  const calls = await lms.calls();
  expect(await lms.errors()).toEqual([]);
  expect(calls.filter((c) => c.fn === 'Initialize')).toEqual([{ fn: 'Initialize', args: [''], result: 'true', error: '0' }]);
  expect(calls.filter((c) => c.fn === 'Terminate')).toEqual([{ fn: 'Terminate', args: [''], result: 'true', error: '0' }]);
  expect(calls[0]?.fn).toBe('Initialize');
  expect(calls.at(-1)?.fn).toBe('Terminate');
  expect(calls.at(-2)).toMatchObject({ fn: 'SetValue', args: ['cmi.session_time', expect.any(String)] });
  for (const [index, call] of calls.entries()) {
    if (call.fn === 'Commit') expect(calls[index - 1]?.args[0], 'session_time before each Commit').toBe('cmi.session_time');
  }
  for (const [element, format] of Object.entries(scorm2004Formats)) {
    for (const value of set2004Values(calls, element)) expect(value, element).toMatch(format);
  }
  for (const value of set2004Values(calls, 'cmi.suspend_data')) expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(64000);
  const firstField = new Map<string, string>();
  const types = new Map<string, string>();
  for (const call of calls.filter((c) => c.fn === 'SetValue' && c.args[0]?.startsWith('cmi.interactions.'))) {
    const [, index = '', field = ''] = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(call.args[0] ?? '') ?? [];
    if (!firstField.has(index)) firstField.set(index, field);
    if (field === 'type') types.set(index, call.args[1] ?? '');
    if (field === 'learner_response' || field.startsWith('correct_responses.')) {
      const type = types.get(index) ?? '';
      expect(type, `type before ${call.args[0]}`).not.toBe('');
      expect(call.args[1], call.args[0]).toMatch(scorm2004ResponseFormats[type] ?? /^[^]*$/);
    }
  }
  for (const [index, field] of firstField) expect(field, `first value set at interaction ${index}`).toBe('id');
  return calls;
}
