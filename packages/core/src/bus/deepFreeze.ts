/**
 * Freezes plain objects and arrays recursively and returns the same value. Class instances (Decimal,
 * order-book views, errors) are left alone: they guard their own state, and freezing them would break them.
 * Already-frozen values are not walked again, so re-publishing an event costs one check.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else if (proto === Object.prototype || proto === null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  } else {
    return value;
  }
  return Object.freeze(value);
}
