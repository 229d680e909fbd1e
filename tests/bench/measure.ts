/** Nanoseconds from a monotonic clock (benchmarks only; product code takes time from the Clock port). */
export function nowNs(): bigint {
  return process.hrtime.bigint();
}

/** The q-quantile (0..1) of a list of numbers, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Runs `fn` and returns elapsed milliseconds. */
export function timeMs(fn: () => void): number {
  const start = nowNs();
  fn();
  return Number(nowNs() - start) / 1e6;
}

/** Formats a number for a table. */
export function fmt(value: number | undefined, digits = 1): string {
  if (value === undefined || Number.isNaN(value)) return "-";
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
