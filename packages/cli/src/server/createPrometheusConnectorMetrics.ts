import { CONNECTOR_STATUSES, type Clock } from "@arbkit/core";
import type { ConnectorCounter, ConnectorGauge, ConnectorMetrics, MetricLabels } from "@arbkit/connectors";
import type { ArbMetrics } from "./createArbMetrics";

/**
 * Binds the connectors' {@link ConnectorMetrics} port to the Prometheus metrics. `bookUpdatedAt` becomes
 * `arbkit_data_age_seconds`, recomputed from the injected clock at every scrape so it keeps growing while a
 * venue is silent; `status` also drives `arbkit_connector_up`.
 */
export function createPrometheusConnectorMetrics(metrics: ArbMetrics, clock: Clock): ConnectorMetrics {
  const counters: Record<ConnectorCounter, ArbMetrics["frames"]> = {
    frames: metrics.frames,
    bytes: metrics.bytes,
    parseErrors: metrics.parseErrors,
    gaps: metrics.gaps,
    resyncs: metrics.resyncs,
    reconnects: metrics.reconnects,
    venueErrors: metrics.venueErrors,
    droppedUpdates: metrics.droppedUpdates,
  };
  const updatedAt = new Map<string, { labels: { venue: string; instrument: string }; at: number }>();
  // Age is a function of "now", so it is computed when Prometheus reads it, not when data arrives.
  metrics.onScrape(() => {
    const now = clock.now();
    for (const { labels, at } of updatedAt.values()) metrics.dataAge.set(labels, Math.max(0, (now - at) / 1000));
  });
  const full = (labels: MetricLabels) => ({ venue: labels.venue, instrument: labels.instrument ?? "" });
  return {
    increment(counter: ConnectorCounter, labels: MetricLabels, by = 1): void {
      counters[counter].inc({ venue: labels.venue }, by);
    },
    setGauge(gauge: ConnectorGauge, labels: MetricLabels, value: number): void {
      const l = full(labels);
      if (gauge === "bookUpdatedAt") updatedAt.set(`${l.venue}|${l.instrument}`, { labels: l, at: value });
      else if (gauge === "bookLevels") metrics.bookLevels.set(l, value);
      else {
        metrics.status.set(l, value);
        metrics.up.set(l, CONNECTOR_STATUSES[value] === "live" ? 1 : 0);
      }
    },
  };
}
