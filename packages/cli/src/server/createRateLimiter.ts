import type { Clock } from "@arbkit/core";

/** A sliding-window rate limiter per key. */
export interface RateLimiter {
  /** Records an attempt by `key`; returns whether it is within the limit. */
  tryAcquire(key: string): boolean;
}

/**
 * Creates a {@link RateLimiter} allowing `limit` attempts per `windowMs` per key, timed by the injected clock.
 * Attempts over the limit are not recorded, so a flood does not extend its own ban.
 */
export function createRateLimiter(clock: Clock, limit: number, windowMs: number): RateLimiter {
  const attempts = new Map<string, number[]>();
  return {
    tryAcquire(key) {
      const now = clock.now();
      const recent = (attempts.get(key) ?? []).filter((t) => now - t < windowMs);
      const ok = recent.length < limit;
      if (ok) recent.push(now);
      attempts.set(key, recent);
      return ok;
    },
  };
}
