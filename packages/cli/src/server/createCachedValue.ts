import type { Clock } from "@arbkit/core";

/** A value recomputed at most once per `ttlMs`; concurrent readers share one computation. */
export interface CachedValue<T> {
  get(): Promise<T>;
  /**
   * The cached value when it is computed and still fresh, else `undefined` (then call {@link CachedValue.get}).
   * Lets a hot path answer synchronously, without a promise turn per read.
   */
  peek(): T | undefined;
  /** Drops the cached value: the next `get()` recomputes (e.g. after a control action changed the state). */
  invalidate(): void;
}

/**
 * Caches an (async) computation for `ttlMs` of the given clock. Used by the ops server so 50 clients
 * polling `/metrics` or `/status` cost one rendering per interval, not one per request.
 */
export function createCachedValue<T>(clock: Clock, ttlMs: number, compute: () => T | Promise<T>): CachedValue<T> {
  let value: Promise<T> | undefined;
  // The settled result of `value` (the current computation only).
  let settled: { readonly value: T } | undefined;
  let at = Number.NEGATIVE_INFINITY;
  return {
    get() {
      const now = clock.now();
      if (value === undefined || now - at >= ttlMs) {
        at = now;
        settled = undefined;
        const current = Promise.resolve().then(compute);
        value = current;
        current.then(
          (result) => {
            if (value === current) settled = { value: result };
          },
          // A failed computation is not cached.
          () => {
            if (value === current) value = undefined;
          },
        );
      }
      return value;
    },
    peek() {
      return settled !== undefined && value !== undefined && clock.now() - at < ttlMs ? settled.value : undefined;
    },
    invalidate() {
      value = undefined;
      settled = undefined;
    },
  };
}
