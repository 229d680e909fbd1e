/**
 * Freezes plain objects and arrays recursively and returns the same value. Class instances (Decimal,
 * order-book views, errors) are left alone: they guard their own state, and freezing them would break them.
 * Already-frozen values are not walked again, so re-publishing an event costs one check, and a producer that
 * builds its events frozen (the connectors' hot paths do) costs only that check per frozen part.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    // Indexed loop: no iterator object per array on the publish path.
    for (let i = 0; i < value.length; i++) deepFreeze(value[i] as unknown);
    return Object.freeze(value);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) deepFreeze((value as Record<string, unknown>)[keys[i] as string]);
  return Object.freeze(value);
}
