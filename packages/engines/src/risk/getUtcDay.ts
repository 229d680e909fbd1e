import type { UnixMs } from "@arbkit/core";

/** The UTC calendar day of a Unix-ms time, as days since 1970-01-01 (rounded down). */
export function getUtcDay(ts: UnixMs): number {
  return Math.floor(ts / 86_400_000);
}
