/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it } from 'vitest';
import { encodeStateWithin } from '../../src/runtime/state/encode-state-within.js';
import { decodeLessonBitset, encodeLessonBitset } from '../../src/runtime/state/lesson-bitset.js';
import type { LearnerState } from '../../src/runtime/state/learner-state.js';
import { decodeState, encodeState, notInCourse, type StateCourse } from '../../src/runtime/state/state-codec.js';
import { utf8ByteLength } from '../../src/runtime/state/utf8-byte-length.js';

/** A course of eight lessons and three blocks, as the renderer describes it to the runtime. */
const course: StateCourse = {
  course: { structureHash: '3f9a0c1d77e2b4aa' },
  lessons: new Array(8).fill(0),
  state: {
    lessons: ['l00', 'l01', 'l02', 'l03', 'l04', 'l05', 'l06', 'l07'],
    blocks: { 'q-signs': 'q01', 'break-room': 's01', 'ack-policy': 'a01' },
  },
};
const layout = course.state;

function sample(): LearnerState {
  return {
    lesson: 2,
    visited: [0, 1, 2, 7],
    blocks: {
      'q-signs': { d: 1, s: 1, a: ['b'], n: 1 },
      'break-room': { p: ['intro', 'laugh'], v: { trust: 40 } },
      'ack-policy': { d: 1 },
    },
  };
}

/** The same course, published again with some of its layout changed. */
function republished(change: { lessons?: string[]; blocks?: Record<string, string> }): StateCourse {
  return { ...course, lessons: new Array((change.lessons ?? layout.lessons).length).fill(0), state: { lessons: change.lessons ?? layout.lessons, blocks: change.blocks ?? layout.blocks } };
}

describe('learner state codec', () => {
  it('reads back exactly what it wrote', () => {
    const text = encodeState(sample(), layout);
    expect(decodeState(text, course)).toEqual({ state: sample(), status: 'restored', changed: [] });
  });

  it('writes a compact, deterministic text: format, bookmark, visited lessons, block tags, blocks', () => {
    const text = encodeState(sample(), layout);
    expect(text).toBe(encodeState(sample(), layout));
    expect(text.startsWith('2~l02~l00l01l02l07~a01s01q01~{"ack-policy":')).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify(sample()).length + 40);
  });

  it('starts fresh on a first visit', () => {
    expect(decodeState('', course)).toEqual({ state: { lesson: 0, visited: [], blocks: {} }, status: 'empty', changed: [] });
    expect(decodeState(undefined, course).status).toBe('empty');
  });

  it.each([
    ['random text', 'hello world'],
    ['a cut state', encodeState(sample(), layout).slice(0, 30)],
    ['another format version', encodeState(sample(), layout).replace(/^2/, '9')],
    ['broken JSON', '2~l02~l00~q01~{"q-signs":'],
    ['a JSON array for blocks', '2~l02~l00~~[1,2]'],
    ['a bad bookmark', '2~L-2~l00~~{}'],
    ['visited tags of the wrong length', '2~l02~l00l0~~{}'],
    ['block tags that do not match the blocks', '2~l02~l00~q01s01~{"q-signs":{"d":1}}'],
    ['a plain JSON state', JSON.stringify(sample())],
    ['a format-1 state with a bad bitset', '1~3f9a0c1d~2~#!~{}'],
  ])('restarts safely from %s', (_name, text) => {
    const decoded = decodeState(text, course);
    expect(decoded.status).toBe('unreadable');
    expect(decoded.state).toEqual({ lesson: 0, visited: [], blocks: {} });
  });

  it('drops malformed block entries and fields the shell relies on', () => {
    const tagged: StateCourse = republished({ blocks: { a: 'aaa', e: 'eee' } });
    const text = '2~l00~~aaaeee~{"a":{"d":2,"s":7,"x":1},"e":{"d":1,"s":0.5}}';
    expect(decodeState(text, tagged).state.blocks).toEqual({ a: { x: 1 }, e: { d: 1, s: 0.5 } });
  });

  it('keeps a "~" inside block state', () => {
    const state: LearnerState = { lesson: 0, visited: [0], blocks: { 'q-signs': { t: 'x~y~z' } } };
    expect(decodeState(encodeState(state, layout), course).state).toEqual(state);
  });
});

describe('learner state across course versions', () => {
  it('keeps answers, bookmark and visited lessons when lessons are added and reordered', () => {
    const text = encodeState(sample(), layout);
    const next = republished({ lessons: ['new', 'l07', 'l00', 'l01', 'l02', 'l03', 'l04', 'l05', 'l06'] });
    expect(decodeState(text, next)).toEqual({ state: { ...sample(), lesson: 4, visited: [1, 2, 3, 4] }, status: 'restored', changed: [] });
  });

  it('says what the state holds of lessons and blocks the course does not have (removed, or another edition\'s)', () => {
    const text = encodeState(sample(), layout);
    const next = republished({ lessons: ['l00', 'l01', 'l02', 'l03', 'l04', 'l05'], blocks: { 'q-signs': 'q01', 'ack-policy': 'a01' } });
    expect(decodeState(text, next)).toMatchObject({ status: 'restored', changed: [], state: { visited: [0, 1, 2] } });
    expect(notInCourse(text, next)).toEqual({ lessons: 1, blocks: ['break-room'] });
    expect(notInCourse(text, course)).toBeUndefined();
    expect(notInCourse('2~damaged', course)).toBeUndefined();
  });

  it('sets aside only the progress of a block that changed, and says which', () => {
    const text = encodeState(sample(), layout);
    const decoded = decodeState(text, republished({ blocks: { ...layout.blocks, 'q-signs': 'q02' } }));
    expect(decoded.status).toBe('updated');
    expect(decoded.changed).toEqual(['q-signs']);
    expect(decoded.state.blocks).toEqual({ 'break-room': sample().blocks['break-room'], 'ack-policy': { d: 1 } });
    expect(decoded.state.lesson).toBe(2);
  });

  it('forgets blocks that were removed without calling it a change', () => {
    const rest = { ...layout.blocks };
    delete rest['ack-policy'];
    const decoded = decodeState(encodeState(sample(), layout), republished({ blocks: rest }));
    expect(decoded.status).toBe('restored');
    expect(Object.keys(decoded.state.blocks).sort()).toEqual(['break-room', 'q-signs']);
  });

  it('goes on with the first lesson not opened when the bookmarked lesson was removed', () => {
    const decoded = decodeState(encodeState(sample(), layout), republished({ lessons: ['l00', 'l01', 'l03', 'l04'] }));
    expect(decoded.state).toMatchObject({ lesson: 2, visited: [0, 1] });
  });

  it('restores a format-1 state written for the same structure', () => {
    const text = `1~3f9a0c1d~2~${encodeLessonBitset([0, 1, 2, 7])}~${JSON.stringify(sample().blocks)}`;
    expect(decodeState(text, course)).toEqual({ state: sample(), status: 'restored', changed: [] });
  });

  it('restarts a format-1 state from another structure: it carries no tags to map it with', () => {
    const text = `1~ffffffff~2~H~${JSON.stringify(sample().blocks)}`;
    expect(decodeState(text, course)).toEqual({ state: { lesson: 0, visited: [], blocks: {} }, status: 'other-structure', changed: [] });
  });

  it('keeps format-1 lessons within the course', () => {
    const text = `1~3f9a0c1d~9~${encodeLessonBitset([1, 9, 12])}~{}`;
    const decoded = decodeState(text, { ...course, lessons: new Array(5).fill(0) });
    expect(decoded.state.lesson).toBe(0);
    expect(decoded.state.visited).toEqual([1]);
  });
});

describe('lesson bitset (format 1)', () => {
  it('packs visited lessons six to a character', () => {
    const visited = [0, 5, 6, 59, 99];
    const bits = encodeLessonBitset(visited);
    expect(bits).toHaveLength(17);
    expect(decodeLessonBitset(bits)).toEqual(visited);
    expect(encodeLessonBitset([])).toBe('');
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes as an LMS storing UTF-8 would', () => {
    for (const text of ['abc', 'Kurs ü', '€', '😀 ok', 'مرحبا', '\ud800x']) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('encodeStateWithin', () => {
  const tagged = republished({ blocks: { done: 'ddd', small: 'sss', large: 'lll', a: 'aaa', b: 'bbb' } });
  const stateOf = (state: LearnerState): LearnerState => state;
  const big = (n: number): string => 'é'.repeat(n); // 2 bytes each: characters ≠ bytes

  it('keeps everything when it fits', () => {
    const fitted = encodeStateWithin(sample(), layout, 4096);
    expect(fitted).toEqual({ text: encodeState(sample(), layout), dropped: [], reduced: [] });
  });

  it('leaves out unfinished blocks first, biggest first, and stays within the byte budget', () => {
    const state: LearnerState = {
      lesson: 1,
      visited: [0, 1],
      blocks: {
        done: { d: 1, s: 0.5, notes: big(500) },
        small: { p: big(100) },
        large: { p: big(1500) },
      },
    };
    const fitted = encodeStateWithin(stateOf(state), tagged.state, 2000);
    expect(fitted.dropped).toEqual(['large']);
    expect(fitted.reduced).toEqual([]);
    expect(utf8ByteLength(fitted.text ?? '')).toBeLessThanOrEqual(2000);
    const restored = decodeState(fitted.text, tagged);
    expect(restored.status).toBe('restored');
    expect(Object.keys(restored.state.blocks).sort()).toEqual(['done', 'small']);
    expect(restored.state.visited).toEqual([0, 1]);
  });

  it('cuts finished blocks down to done flag and score before giving up', () => {
    const state: LearnerState = { lesson: 0, visited: [0], blocks: { a: { d: 1, s: 0.25, log: big(3000) }, b: { p: big(100) } } };
    const fitted = encodeStateWithin(state, tagged.state, 4096);
    expect(fitted.dropped).toEqual(['b']);
    expect(fitted.reduced).toEqual(['a']);
    expect(decodeState(fitted.text, tagged).state.blocks).toEqual({ a: { d: 1, s: 0.25 } });
  });

  it('never returns a cut text when nothing fits', () => {
    const fitted = encodeStateWithin(sample(), layout, 10);
    expect(fitted.text).toBeUndefined();
  });
});
