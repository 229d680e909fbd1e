import { ArbError } from "@arbkit/core";
import type { ConnectorCounter, ConnectorGauge, ConnectorMetrics, MetricLabels } from "./ConnectorMetrics";

/** A {@link ConnectorMetrics} that keeps every figure in memory, for tests and small tools. */
export interface InMemoryConnectorMetrics extends ConnectorMetrics {
  /**
   * A counter's value for exactly these labels, or summed over every instrument of the venue (and the
   * venue's connection-level figure) when `labels.instrument` is `"*"`. 0 when never incremented.
   */
  counter(counter: ConnectorCounter, labels: MetricLabels): number;
  /** A gauge's last value for exactly these labels, or `undefined` when never set. */
  gauge(gauge: ConnectorGauge, labels: MetricLabels): number | undefined;
  /** Every figure as `name{venue,instrument}` → value, sorted by key (for snapshots and logs). */
  snapshot(): Readonly<Record<string, number>>;
}

const keyOf = (name: string, labels: MetricLabels): string =>
  labels.instrument === undefined ? `${name}{${labels.venue}}` : `${name}{${labels.venue},${labels.instrument}}`;

/**
 * Creates an {@link InMemoryConnectorMetrics}. Each call returns an independent store.
 *
 * @throws ArbError `ARGUMENT_INVALID` from `increment` when `by` is negative or not finite.
 * @example
 * ```ts
 * const metrics = createInMemoryConnectorMetrics();
 * metrics.increment("gaps", { venue: "coinbase" });
 * metrics.counter("gaps", { venue: "coinbase" }); // 1
 * ```
 */
export function createInMemoryConnectorMetrics(): InMemoryConnectorMetrics {
  const counters = new Map<string, number>();
  const gauges = new Map<string, number>();
  return Object.freeze({
    increment(counter: ConnectorCounter, labels: MetricLabels, by = 1): void {
      if (!Number.isFinite(by) || by < 0) {
        throw new ArbError("ARGUMENT_INVALID", `Counter increment ${by} is invalid`, { name: "by", value: by, reason: "must be finite and ≥ 0" });
      }
      const key = keyOf(counter, labels);
      counters.set(key, (counters.get(key) ?? 0) + by);
    },
    setGauge(gauge: ConnectorGauge, labels: MetricLabels, value: number): void {
      gauges.set(keyOf(gauge, labels), value);
    },
    counter(counter: ConnectorCounter, labels: MetricLabels): number {
      if (labels.instrument !== "*") return counters.get(keyOf(counter, labels)) ?? 0;
      const venueKey = keyOf(counter, { venue: labels.venue });
      const prefix = `${counter}{${labels.venue},`;
      let sum = 0;
      for (const [key, value] of counters) if (key === venueKey || key.startsWith(prefix)) sum += value;
      return sum;
    },
    gauge(gauge: ConnectorGauge, labels: MetricLabels): number | undefined {
      return gauges.get(keyOf(gauge, labels));
    },
    snapshot(): Readonly<Record<string, number>> {
      const all = [...counters, ...gauges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.freeze(Object.fromEntries(all));
    },
  });
}
