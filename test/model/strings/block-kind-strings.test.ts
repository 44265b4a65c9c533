import { describe, expect, it } from 'vitest';
import { blockKindStrings, englishStrings, runtimeStringKeys } from '../../../src/model/strings/player-strings.js';

describe('the player strings of one block kind', () => {
  it('are those its code reads, with the course\u2019s own wording, and none of the shell\u2019s', () => {
    const strings = { ...englishStrings, 'scenario.continue': 'Onwards', 'page.title': 'Course' };
    const scenario = blockKindStrings(strings, 'scenario');
    expect(Object.keys(scenario)).toEqual([...runtimeStringKeys.scenario]);
    expect(scenario['scenario.continue']).toBe('Onwards');
    // Written into the HTML by the template, so not read at run time: not carried.
    expect(scenario['scenario.fallback']).toBeUndefined();
    expect(blockKindStrings(strings, 'check')['scenario.continue']).toBeUndefined();
    // A kind that reads none (interviews), and the parts that are not block kinds.
    for (const part of ['interview', 'markdown', 'shell', 'completionRecord']) expect({ part, strings: blockKindStrings(strings, part) }).toEqual({ part, strings: {} });
  });
});
