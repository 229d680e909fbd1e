import type { CancelTimer, Clock } from "./Clock";
import { assertValidDelay } from "./assertValidDelay";

/** Options for {@link createLiveClock}. */
export interface LiveClockOptions {
  /**
   * Whether pending timers keep the Node.js process alive.
   * @default false (sockets and servers keep a bot alive; timers alone should not block exit)
   */
  readonly keepAlive?: boolean;
}

/**
 * The wall clock. This is the one place in arbkit that reads `Date.now()` or calls the host's timers.
 *
 * @example
 * ```ts
 * const clock = createLiveClock();
 * const cancel = clock.setTimeout(() => console.log(clock.now()), 1000);
 * ```
 */
export function createLiveClock(options: LiveClockOptions = {}): Clock {
  const keepAlive = options.keepAlive ?? false;
  const detach = (handle: ReturnType<typeof setTimeout>): void => {
    if (!keepAlive && typeof handle === "object" && typeof handle.unref === "function") handle.unref();
  };
  return Object.freeze({
    now: (): number => Date.now(),
    setTimeout(callback: () => void, delayMs: number): CancelTimer {
      assertValidDelay(delayMs, false);
      const handle = setTimeout(callback, delayMs);
      detach(handle);
      return () => clearTimeout(handle);
    },
    setInterval(callback: () => void, intervalMs: number): CancelTimer {
      assertValidDelay(intervalMs, true);
      const handle = setInterval(callback, intervalMs);
      detach(handle);
      return () => clearInterval(handle);
    },
  });
}
