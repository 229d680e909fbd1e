/**
 * Counters a connector increments. `frames` counts raw inbound frames and `bytes` their size (in UTF-16 code
 * units of the frame text, which equal bytes for the ASCII JSON the venues send); `parseErrors` frames that
 * failed validation; `gaps` sequence gaps and regressions; `resyncs` book rebuilds started; `reconnects`
 * reconnect attempts; `venueErrors` error frames sent by the venue; `droppedUpdates` updates ignored
 * because their instrument was not live (syncing or resyncing).
 */
export type ConnectorCounter =
  | "frames"
  | "bytes"
  | "parseErrors"
  | "gaps"
  | "resyncs"
  | "reconnects"
  | "venueErrors"
  | "droppedUpdates";

/**
 * Gauges a connector sets. `bookUpdatedAt` is the Unix ms (injected clock) of the last change applied to an
 * instrument's book, so book age = now − value, computed when scraped (it keeps growing while nothing
 * arrives); `status` is the index of the current status in `CONNECTOR_STATUSES` (0 = connecting … 6 = closed);
 * `bookLevels` is the number of levels (both sides) of an instrument's book.
 */
export type ConnectorGauge = "bookUpdatedAt" | "status" | "bookLevels";

/** Labels of a metric: the venue, and the instrument for per-instrument figures. */
export interface MetricLabels {
  /** Venue id, e.g. `coinbase`. */
  readonly venue: string;
  /** Instrument id, e.g. `coinbase:BTC-USD`; absent for per-connection figures. */
  readonly instrument?: string;
}

/**
 * The metrics port every connector reports through. Implementations must be cheap: `increment` is called
 * once or twice per inbound frame. The CLI binds it to Prometheus; tests use
 * {@link createInMemoryConnectorMetrics}; the default is {@link createNoopConnectorMetrics}.
 */
export interface ConnectorMetrics {
  /** Adds `by` (default 1, must be ≥ 0) to a counter. */
  increment(counter: ConnectorCounter, labels: MetricLabels, by?: number): void;
  /** Sets a gauge to `value`. */
  setGauge(gauge: ConnectorGauge, labels: MetricLabels, value: number): void;
}
