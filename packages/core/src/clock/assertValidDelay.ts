import { ArbError } from "../errors/ArbError";

/**
 * Checks a timer delay: finite and ≥ 0 (> 0 for intervals, which would otherwise spin).
 * @throws ArbError `CLOCK_DELAY_INVALID`
 */
export function assertValidDelay(delayMs: number, interval: boolean): void {
  if (!Number.isFinite(delayMs) || delayMs < 0 || (interval && delayMs === 0)) {
    throw new ArbError("CLOCK_DELAY_INVALID", `Timer ${interval ? "interval" : "delay"} ${delayMs} ms is invalid`, {
      delayMs,
    });
  }
}
