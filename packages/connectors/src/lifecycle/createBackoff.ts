import { ArbError } from "@arbkit/core";

/** Options for {@link createBackoff}. */
export interface BackoffOptions {
  /** Delay before the first retry, in ms. @default 250 */
  readonly initialDelayMs?: number;
  /** Upper bound of the delay, in ms. @default 30_000 */
  readonly maxDelayMs?: number;
  /** Growth factor per attempt. @default 2 */
  readonly multiplier?: number;
  /**
   * Fraction of the delay that is randomized, in [0, 1]: the delay is `base × (1 − jitter × random())`,
   * so many clients dropped together do not reconnect in lockstep. @default 0.5
   */
  readonly jitter?: number;
  /** Uniform random source in [0, 1). Inject a seeded one in tests. @default Math.random */
  readonly random?: () => number;
}

/** Exponential backoff with jitter. Pure: it computes delays and schedules nothing. */
export interface Backoff {
  /** The delay before the next attempt (ms), and counts the attempt. */
  nextDelayMs(): number;
  /** Forgets past attempts (call after a healthy period). */
  reset(): void;
  /** Attempts counted since the last reset. */
  readonly attempts: number;
}

const check = (name: string, value: number, ok: boolean): void => {
  if (!ok || !Number.isFinite(value)) {
    throw new ArbError("ARGUMENT_INVALID", `Backoff option ${name} = ${value} is invalid`, { name, value, reason: "out of range" });
  }
};

/**
 * Creates a {@link Backoff}: attempt `n` (from 0) waits `min(maxDelayMs, initialDelayMs × multiplierⁿ)`
 * reduced by up to `jitter` of itself.
 *
 * @throws ArbError `ARGUMENT_INVALID` for a negative delay, `multiplier < 1` or `jitter` outside [0, 1].
 * @example
 * ```ts
 * const backoff = createBackoff({ initialDelayMs: 100, jitter: 0 });
 * backoff.nextDelayMs(); // 100
 * backoff.nextDelayMs(); // 200
 * ```
 */
export function createBackoff(options: BackoffOptions = {}): Backoff {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 30_000;
  const multiplier = options.multiplier ?? 2;
  const jitter = options.jitter ?? 0.5;
  const random = options.random ?? Math.random;
  check("initialDelayMs", initial, initial >= 0);
  check("maxDelayMs", max, max >= initial);
  check("multiplier", multiplier, multiplier >= 1);
  check("jitter", jitter, jitter >= 0 && jitter <= 1);
  let attempts = 0;
  return {
    nextDelayMs(): number {
      const base = Math.min(max, initial * multiplier ** Math.min(attempts, 64));
      attempts++;
      const r = Math.min(1, Math.max(0, random()));
      return Math.round(base * (1 - jitter * r));
    },
    reset(): void {
      attempts = 0;
    },
    get attempts() {
      return attempts;
    },
  };
}
