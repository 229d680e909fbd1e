import type { Clock } from "@arbkit/core";

/** A value recomputed at most once per `ttlMs`; concurrent readers share one computation. */
export interface CachedValue<T> {
  get(): Promise<T>;
  /** Drops the cached value: the next `get()` recomputes (e.g. after a control action changed the state). */
  invalidate(): void;
}

/**
 * Caches an (async) computation for `ttlMs` of the given clock. Used by the ops server so 50 clients
 * polling `/metrics` or `/status` cost one rendering per interval, not one per request.
 */
export function createCachedValue<T>(clock: Clock, ttlMs: number, compute: () => T | Promise<T>): CachedValue<T> {
  let value: Promise<T> | undefined;
  let at = Number.NEGATIVE_INFINITY;
  return {
    get() {
      const now = clock.now();
      if (value === undefined || now - at >= ttlMs) {
        at = now;
        value = Promise.resolve().then(compute);
        // A failed computation is not cached.
        value.catch(() => {
          value = undefined;
        });
      }
      return value;
    },
    invalidate() {
      value = undefined;
    },
  };
}
