import type { KeyValueStore } from '../storage/key-value-store.js';
import type { OutboxItem } from './tracking-adapter.js';

/**
 * What the other side has not confirmed yet, in the order it was made, kept in device storage so
 * that neither a failed request nor a closed tab loses it: the next send, or the next session of
 * the same learner and attempt on this device, sends it again. An item put with the key of a
 * pending one replaces it and moves to the end (the newest state or result is what counts, and it
 * must follow the events that led to it).
 */
export class Outbox {
  private items: OutboxItem[];

  /** `store` is already namespaced by course, learner and attempt. */
  constructor(private readonly store: KeyValueStore) {
    this.items = readItems(store.get('outbox'));
    // What the attempt's play on the device kept for its next session (`keepCarried`) joins this
    // one's, and stays kept there until accepted (`remove`): another tracked tab of the attempt may
    // write over this outbox before then.
    this.put(readItems(store.get('carried')).filter((item) => !this.has(item.key)));
  }

  /** Items not yet accepted, oldest first. */
  get pending(): readonly OutboxItem[] {
    return this.items;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  has(key: string): boolean {
    return this.items.some((item) => item.key === key);
  }

  /** Adds items (replacing pending ones with the same key) and keeps them on the device. */
  put(items: readonly OutboxItem[]): void {
    if (items.length === 0) return;
    const keys = new Set(items.map((item) => item.key));
    this.items = [...this.items.filter((item) => !keys.has(item.key)), ...items];
    this.persist();
  }

  /**
   * Drops what the other side accepted of the `sent` items. An item put with the same key while
   * they were on their way (a newer state) was not sent: it stays, to go next. Payloads changed by
   * the adapter (an index) are kept. Those kept for this session by the attempt's play on the device
   * (`keepCarried`) go from there too.
   */
  remove(accepted: ReadonlySet<string>, sent: readonly OutboxItem[]): void {
    const gone = new Set(sent.filter((item) => accepted.has(item.key)));
    this.items = this.items.filter((item) => !gone.has(item));
    this.persist();
    const carried = readItems(this.store.get('carried'));
    const keys = new Set([...gone].map((item) => item.key));
    if (carried.length) writeCarried(this.store, carried.filter((item) => !keys.has(item.key)));
  }

  /** Writes the pending items again, e.g. after an adapter updated a payload in place. */
  persist(): void {
    if (this.items.length === 0) this.store.remove('outbox');
    else this.store.set('outbox', JSON.stringify(this.items));
  }
}

/**
 * Keeps `items`, made while an attempt's session could not open, in the attempt's storage (`store`,
 * as the outbox's) for its next session, whose outbox takes them in as it is made and lets them go
 * once accepted. Apart from the outbox, which a tracked tab of the attempt writes over with its own.
 */
export function keepCarried(store: KeyValueStore, items: readonly OutboxItem[]): void {
  writeCarried(store, [...readItems(store.get('carried')), ...items]);
}

function writeCarried(store: KeyValueStore, items: readonly OutboxItem[]): void {
  if (items.length) store.set('carried', JSON.stringify(items));
  else store.remove('carried');
}

function readItems(text: string | null): OutboxItem[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isItem) : [];
  } catch {
    return [];
  }
}

function isItem(value: unknown): value is OutboxItem {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}
