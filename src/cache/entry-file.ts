import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { LessonEntry } from './lesson-entry.js';

/**
 * The bytes of one cache file: a magic line, a format number, the SHA-256 of the rest, and the
 * entry as V8 serializes it (structured clone: Map, undefined, Uint8Array and shared references
 * survive it, which JSON would lose). The hash makes a truncated or damaged file one that is not
 * used rather than one that gives a wrong lesson; the identity and key inside make a file of
 * another coursewright, or one copied under another name, one that is not used either.
 */
const magic = Buffer.from('coursewright lesson cache\n');
/** Raise when the layout of this file or of `LessonEntry` changes. */
const formatVersion = 1;
const headerLength = magic.length + 4 + 32;

interface Stored {
  identity: string;
  entry: LessonEntry;
}

/** The file for `entry`; throws when the entry holds what cannot be cloned (a function), which is then not kept. */
export function encodeEntry(entry: LessonEntry, identity: string): Buffer {
  const payload = serialize({ identity, entry } satisfies Stored);
  const header = Buffer.alloc(headerLength);
  magic.copy(header, 0);
  header.writeUInt32BE(formatVersion, magic.length);
  createHash('sha256').update(payload).digest().copy(header, magic.length + 4);
  return Buffer.concat([header, payload]);
}

/** The entry in `bytes` when it is whole, of this format and tool (`identity`) and kept under `key`; else undefined. */
export function decodeEntry(bytes: Uint8Array, identity: string, key: string): LessonEntry | undefined {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < headerLength || !file.subarray(0, magic.length).equals(magic)) return undefined;
  if (file.readUInt32BE(magic.length) !== formatVersion) return undefined;
  const payload = file.subarray(headerLength);
  if (!createHash('sha256').update(payload).digest().equals(file.subarray(magic.length + 4, headerLength))) return undefined;
  let stored: unknown;
  try {
    stored = deserialize(payload);
  } catch {
    return undefined;
  }
  if (!isStored(stored) || stored.identity !== identity || stored.entry.key !== key) return undefined;
  return stored.entry;
}

/** The shape a build cache relies on (the hash vouches for the rest: this program wrote it). */
function isStored(value: unknown): value is Stored {
  if (!isObject(value) || typeof value.identity !== 'string' || !isObject(value.entry)) return false;
  const { key, head, tree, reports, bodies } = value.entry;
  return typeof key === 'string' && isObject(head) && typeof head.file === 'string' && typeof head.id === 'string' &&
    isObject(tree) && tree.type === 'root' && Array.isArray(tree.children) && Array.isArray(reports) &&
    bodies instanceof Map && [...bodies.values()].every((body: unknown) => isObject(body) && isObject(body.lesson) && Array.isArray(body.events));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
