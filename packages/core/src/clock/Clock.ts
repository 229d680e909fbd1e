/**
 * Unix time in milliseconds. May carry a fraction when a venue reports sub-millisecond time
 * (Coinbase's nanosecond timestamps are kept to the microsecond).
 */
export type UnixMs = number;

/** Cancels a scheduled timer. Calling it twice, or after the timer fired, does nothing. */
export type CancelTimer = () => void;

/**
 * The only source of time for arbkit. Every component reads time and schedules timers through an
 * injected Clock, so a backtest (driven by {@link TestClock}) runs exactly the code a live run does.
 */
export interface Clock {
  /** The current time, in Unix milliseconds. */
  now(): UnixMs;
  /**
   * Runs `callback` once, `delayMs` milliseconds from now.
   * @throws ArbError `CLOCK_DELAY_INVALID` for a negative or non-finite delay.
   */
  setTimeout(callback: () => void, delayMs: number): CancelTimer;
  /**
   * Runs `callback` every `intervalMs` milliseconds until cancelled.
   * @throws ArbError `CLOCK_DELAY_INVALID` for a non-positive or non-finite interval.
   */
  setInterval(callback: () => void, intervalMs: number): CancelTimer;
}
