/**
 * Timestamp formats of the venues' wire protocols, from integer microseconds since the Unix epoch.
 * Internal to the scenario generator (integer input keeps the output byte-identical everywhere).
 */

const pad = (n: number, width: number): string => n.toString().padStart(width, "0");

function parts(us: number): { date: string; time: string; micros: string } {
  const iso = new Date(Math.floor(us / 1000)).toISOString(); // 2026-08-09T21:05:48.483Z
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), micros: pad(us % 1_000_000, 6) };
}

/** RFC 3339 with nanoseconds, as in Coinbase envelopes: `2026-08-09T21:05:48.483587501Z`. */
export function formatRfc3339Nanos(us: number, extraNanos: number): string {
  const p = parts(us);
  return `${p.date}T${p.time}.${p.micros}${pad(extraNanos, 3)}Z`;
}

/** RFC 3339 with microseconds, trailing zeros trimmed, as in Coinbase `event_time`: `2026-08-09T21:05:48.27841Z`. */
export function formatRfc3339Micros(us: number): string {
  const p = parts(us);
  const fraction = p.micros.replace(/0+$/, "");
  return `${p.date}T${p.time}${fraction.length > 0 ? `.${fraction}` : ""}Z`;
}

/** Go's `time.Time.String()` with a monotonic suffix, as in Coinbase heartbeats. */
export function formatGoTime(us: number, extraNanos: number, monotonicSeconds: number): string {
  const p = parts(us);
  return `${p.date} ${p.time}.${p.micros}${pad(extraNanos, 3)} +0000 UTC m=+${monotonicSeconds.toFixed(9)}`;
}
