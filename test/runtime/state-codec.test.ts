/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it } from 'vitest';
import { encodeStateWithin } from '../../src/runtime/state/encode-state-within.js';
import { decodeLessonBitset, encodeLessonBitset } from '../../src/runtime/state/lesson-bitset.js';
import type { LearnerState } from '../../src/runtime/state/learner-state.js';
import { decodeState, encodeState } from '../../src/runtime/state/state-codec.js';
import { utf8ByteLength } from '../../src/runtime/state/utf8-byte-length.js';

const hash = '3f9a0c1d77e2b4aa';

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

describe('learner state codec', () => {
  it('reads back exactly what it wrote', () => {
    const text = encodeState(sample(), hash);
    expect(decodeState(text, hash, 8)).toEqual({ state: sample(), status: 'restored' });
  });

  it('writes a compact, deterministic text', () => {
    const text = encodeState(sample(), hash);
    expect(text).toBe(encodeState(sample(), hash));
    expect(text.startsWith('1~3f9a0c1d~2~')).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify({ ...sample(), hash }).length);
  });

  it('starts fresh on a first visit', () => {
    expect(decodeState('', hash, 3)).toEqual({ state: { lesson: 0, visited: [], blocks: {} }, status: 'empty' });
    expect(decodeState(undefined, hash, 3).status).toBe('empty');
  });

  it.each([
    ['random text', 'hello world'],
    ['a cut state', encodeState(sample(), hash).slice(0, 30)],
    ['another format version', encodeState(sample(), hash).replace(/^1/, '9')],
    ['broken JSON', '1~3f9a0c1d~2~H~{"q":'],
    ['a JSON array for blocks', '1~3f9a0c1d~2~H~[1,2]'],
    ['a bad lesson number', '1~3f9a0c1d~-2~H~{}'],
    ['a bad bitset', '1~3f9a0c1d~2~#!~{}'],
    ['a plain JSON state', JSON.stringify(sample())],
  ])('restarts safely from %s', (_name, text) => {
    const decoded = decodeState(text, hash, 8);
    expect(decoded.status).toBe('unreadable');
    expect(decoded.state).toEqual({ lesson: 0, visited: [], blocks: {} });
  });

  it('restarts when the course structure changed', () => {
    const decoded = decodeState(encodeState(sample(), hash), 'ffffffff00', 8);
    expect(decoded).toEqual({ state: { lesson: 0, visited: [], blocks: {} }, status: 'other-structure' });
  });

  it('keeps lessons within the course', () => {
    const decoded = decodeState(encodeState({ lesson: 9, visited: [1, 9, 12], blocks: {} }, hash), hash, 5);
    expect(decoded.state.lesson).toBe(0);
    expect(decoded.state.visited).toEqual([1]);
  });

  it('drops malformed block entries and fields the shell relies on', () => {
    const text = `1~${hash.slice(0, 8)}~0~B~{"a":{"d":2,"s":7,"x":1},"b":"oops","c":[1],"e":{"d":1,"s":0.5}}`;
    expect(decodeState(text, hash, 3).state.blocks).toEqual({ a: { x: 1 }, e: { d: 1, s: 0.5 } });
  });

  it('keeps a "~" inside block state', () => {
    const state: LearnerState = { lesson: 0, visited: [0], blocks: { a: { t: 'x~y~z' } } };
    expect(decodeState(encodeState(state, hash), hash, 1).state).toEqual(state);
  });

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
  const big = (n: number): string => 'é'.repeat(n); // 2 bytes each: characters ≠ bytes

  it('keeps everything when it fits', () => {
    const fitted = encodeStateWithin(sample(), hash, 4096);
    expect(fitted).toEqual({ text: encodeState(sample(), hash), dropped: [], reduced: [] });
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
    const fitted = encodeStateWithin(state, hash, 2000);
    expect(fitted.dropped).toEqual(['large']);
    expect(fitted.reduced).toEqual([]);
    expect(utf8ByteLength(fitted.text ?? '')).toBeLessThanOrEqual(2000);
    const restored = decodeState(fitted.text, hash, 2);
    expect(restored.status).toBe('restored');
    expect(Object.keys(restored.state.blocks).sort()).toEqual(['done', 'small']);
    expect(restored.state.visited).toEqual([0, 1]);
  });

  it('cuts finished blocks down to done flag and score before giving up', () => {
    const state: LearnerState = { lesson: 0, visited: [0], blocks: { a: { d: 1, s: 0.25, log: big(3000) }, b: { p: big(100) } } };
    const fitted = encodeStateWithin(state, hash, 4096);
    expect(fitted.dropped).toEqual(['b']);
    expect(fitted.reduced).toEqual(['a']);
    expect(decodeState(fitted.text, hash, 1).state.blocks).toEqual({ a: { d: 1, s: 0.25 } });
  });

  it('never returns a cut text when nothing fits', () => {
    const fitted = encodeStateWithin(sample(), hash, 10);
    expect(fitted.text).toBeUndefined();
  });
});
