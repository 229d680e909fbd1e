import { ArbError } from "../errors/ArbError";
import type { CancelTimer, Clock, UnixMs } from "./Clock";
import { assertValidDelay } from "./assertValidDelay";

interface PendingTimer {
  due: number;
  seq: number;
  readonly callback: () => void;
  readonly intervalMs: number | undefined;
  cancelled: boolean;
}

/**
 * A manually driven {@link Clock} for tests and backtests. Time moves only through
 * {@link TestClock.advanceTo} / {@link TestClock.advanceBy}, which fire due timers in order of due time
 * (ties: the order they were scheduled), with `now()` equal to each timer's due time while it runs.
 * Timers scheduled by a firing timer fire in the same advance when they fall due within it.
 *
 * @example
 * ```ts
 * const clock = new TestClock(0);
 * clock.setTimeout(() => console.log("fired at", clock.now()), 500);
 * clock.advanceTo(1_000); // logs "fired at 500"
 * ```
 */
export class TestClock implements Clock {
  #now: UnixMs;
  #seq = 0;
  // A sorted array keeps ordering obvious; tests and backtests hold few timers at once.
  #timers: PendingTimer[] = [];

  /** @param start The initial time in Unix ms. @default 0 */
  constructor(start: UnixMs = 0) {
    if (!Number.isFinite(start)) {
      throw new ArbError("ARGUMENT_INVALID", "TestClock start time must be finite", {
        name: "start",
        value: start,
        reason: "not finite",
      });
    }
    this.#now = start;
  }

  /** The current simulated time, in Unix ms. */
  now(): UnixMs {
    return this.#now;
  }

  /** {@inheritDoc Clock.setTimeout} */
  setTimeout(callback: () => void, delayMs: number): CancelTimer {
    assertValidDelay(delayMs, false);
    return this.#add(callback, delayMs, undefined);
  }

  /** {@inheritDoc Clock.setInterval} */
  setInterval(callback: () => void, intervalMs: number): CancelTimer {
    assertValidDelay(intervalMs, true);
    return this.#add(callback, intervalMs, intervalMs);
  }

  /** How many timers are scheduled and not yet fired or cancelled. */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** The due time of the next timer, or `undefined` when none is pending. */
  nextTimerAt(): UnixMs | undefined {
    return this.#timers[0]?.due;
  }

  /**
   * Moves time forward to `time`, firing every timer due at or before it.
   * @throws ArbError `CLOCK_BACKWARDS` when `time` is before `now()` (nothing fires, time is unchanged).
   */
  advanceTo(time: UnixMs): void {
    if (!(time >= this.#now)) {
      throw new ArbError("CLOCK_BACKWARDS", `Cannot move the clock back from ${this.#now} to ${time}`, {
        now: this.#now,
        requested: time,
      });
    }
    for (;;) {
      const next = this.#timers[0];
      if (next === undefined || next.due > time) break;
      this.#timers.shift();
      this.#now = next.due;
      if (next.intervalMs !== undefined) {
        next.due += next.intervalMs;
        // A re-armed interval queues behind timers already scheduled for the same instant.
        next.seq = this.#seq++;
        this.#insert(next);
      }
      next.callback();
    }
    this.#now = time;
  }

  /** Moves time forward by `deltaMs` (≥ 0). See {@link TestClock.advanceTo}. */
  advanceBy(deltaMs: number): void {
    this.advanceTo(this.#now + deltaMs);
  }

  #add(callback: () => void, delayMs: number, intervalMs: number | undefined): CancelTimer {
    const timer: PendingTimer = { due: this.#now + delayMs, seq: this.#seq++, callback, intervalMs, cancelled: false };
    this.#insert(timer);
    return () => {
      if (timer.cancelled) return;
      timer.cancelled = true;
      const i = this.#timers.indexOf(timer);
      if (i >= 0) this.#timers.splice(i, 1);
    };
  }

  #insert(timer: PendingTimer): void {
    let lo = 0;
    let hi = this.#timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.#timers[mid] as PendingTimer;
      if (other.due < timer.due || (other.due === timer.due && other.seq <= timer.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.#timers.splice(lo, 0, timer);
  }
}
