import { CONNECTOR_STATUSES, type Clock } from "@arbkit/core";
import type { ConnectorCounter, ConnectorGauge, ConnectorMetrics, MetricLabels } from "@arbkit/connectors";
import type { ArbMetrics } from "./createArbMetrics";

/** A counter's increments since the last scrape, for one label set. */
interface PendingCount {
  readonly metric: ArbMetrics["frames"];
  readonly labels: { readonly venue: string };
  value: number;
  /** Whether the series exists in prom-client (an increment by 0 creates it too, as a direct `inc` would). */
  exported: boolean;
}

/** An instrument's book gauges, as last reported. */
interface BookGauges {
  readonly labels: { readonly venue: string; readonly instrument: string };
  /** Unix ms of the last change (`bookUpdatedAt`), or undefined before any. */
  at: number | undefined;
  /** Levels in the book (`bookLevels`), or undefined before any. */
  levels: number | undefined;
}

/**
 * Binds the connectors' {@link ConnectorMetrics} port to the Prometheus metrics. `bookUpdatedAt` becomes
 * `arbkit_data_age_seconds`, recomputed from the injected clock at every scrape so it keeps growing while a
 * venue is silent; `status` also drives `arbkit_connector_up`.
 *
 * The port is called several times per frame, so the hot calls (`frames`/`bytes` counters, book gauges) only
 * update plain per-label accumulators found through a map lookup; they reach prom-client (which hashes the
 * label object on every call) in the scrape hook, before any of these metrics is read. A scrape therefore
 * shows exactly the figures it would with direct updates.
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
  // counter → venue → accumulator.
  const pending = new Map<ConnectorCounter, Map<string, PendingCount>>();
  // venue → instrument → gauges.
  const books = new Map<string, Map<string, BookGauges>>();
  const pendingOf = (counter: ConnectorCounter, venue: string): PendingCount => {
    let byVenue = pending.get(counter);
    if (byVenue === undefined) pending.set(counter, (byVenue = new Map()));
    let entry = byVenue.get(venue);
    if (entry === undefined) byVenue.set(venue, (entry = { metric: counters[counter], labels: { venue }, value: 0, exported: false }));
    return entry;
  };
  const bookOf = (venue: string, instrument: string): BookGauges => {
    let byInstrument = books.get(venue);
    if (byInstrument === undefined) books.set(venue, (byInstrument = new Map()));
    let entry = byInstrument.get(instrument);
    if (entry === undefined) byInstrument.set(instrument, (entry = { labels: { venue, instrument }, at: undefined, levels: undefined }));
    return entry;
  };
  // Age is a function of "now", so it is computed when Prometheus reads it, not when data arrives.
  metrics.onScrape(() => {
    for (const byVenue of pending.values()) {
      for (const entry of byVenue.values()) {
        if (entry.value === 0 && entry.exported) continue;
        entry.metric.inc(entry.labels, entry.value);
        entry.value = 0;
        entry.exported = true;
      }
    }
    const now = clock.now();
    for (const byInstrument of books.values()) {
      for (const entry of byInstrument.values()) {
        if (entry.at !== undefined) metrics.dataAge.set(entry.labels, Math.max(0, (now - entry.at) / 1000));
        if (entry.levels !== undefined) metrics.bookLevels.set(entry.labels, entry.levels);
      }
    }
  });
  return {
    increment(counter: ConnectorCounter, labels: MetricLabels, by = 1): void {
      // The same validation prom-client applies, so a bad value still fails at the call.
      if (!(by >= 0) || !Number.isFinite(by)) counters[counter].inc({ venue: labels.venue }, by);
      pendingOf(counter, labels.venue).value += by;
    },
    setGauge(gauge: ConnectorGauge, labels: MetricLabels, value: number): void {
      const instrument = labels.instrument ?? "";
      if (gauge === "bookUpdatedAt") bookOf(labels.venue, instrument).at = value;
      else if (gauge === "bookLevels") bookOf(labels.venue, instrument).levels = value;
      else {
        const l = { venue: labels.venue, instrument };
        metrics.status.set(l, value);
        metrics.up.set(l, CONNECTOR_STATUSES[value] === "live" ? 1 : 0);
      }
    },
  };
}
