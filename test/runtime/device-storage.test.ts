/// <reference lib="dom" />
// The runtime's types mention DOM types; device storage only needs a window with localStorage.
import { describe, expect, it } from 'vitest';
import { createDeviceStorage } from '../../src/runtime/storage/device-storage.js';

/** A localStorage that takes `room` more writes, then fails as a full one does. */
function windowWithStorage(room: number): Window {
  const values = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (room-- <= 0) throw new DOMException('full', 'QuotaExceededError');
      values.set(key, value);
    },
    removeItem: (key: string) => void values.delete(key),
  };
  return { localStorage } as unknown as Window;
}

describe('createDeviceStorage', () => {
  it('says whether a value was kept, and reads back the newest one when storage is full', () => {
    const store = createDeviceStorage(windowWithStorage(3)); // the probe takes one write
    expect(store.set('text', 'first')).toBe(true);
    expect(store.set('text', 'second')).toBe(true);
    expect(store.set('text', 'third')).toBe(false);
    expect(store.get('text')).toBe('third');
  });

  it('keeps values for this visit only when storage is refused', () => {
    const store = createDeviceStorage(windowWithStorage(0));
    expect(store.set('text', 'only now')).toBe(false);
    expect(store.get('text')).toBe('only now');
  });
});
