/**
 * Freezes `value` and everything it holds. A cached lesson is shared by every compile that reuses
 * it: a stage that changed it in place would change the next build, so it must fail at once instead.
 */
export function deepFreeze<T>(value: T): T {
  // Bytes cannot be frozen (and are not changed by any stage).
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  return value;
}
