import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { createPlainHistogram, type PlainHistogram } from "./createPlainHistogram";

/**
 * Every Prometheus metric arb-cli exports, on its own registry (no prom-client global state, so two bots in
 * one process never mix figures). Names are fixed here only; `ops/prometheus-alerts.yml` and the Grafana
 * dashboard use them, and a test checks that every metric an alert uses exists.
 */
export interface ArbMetrics {
  readonly registry: Registry;
  /** Raw inbound frames per venue (connector hook `frames`). */
  readonly frames: Counter<"venue">;
  readonly bytes: Counter<"venue">;
  readonly parseErrors: Counter<"venue">;
  readonly gaps: Counter<"venue">;
  readonly resyncs: Counter<"venue">;
  readonly reconnects: Counter<"venue">;
  readonly venueErrors: Counter<"venue">;
  readonly droppedUpdates: Counter<"venue">;
  /** Seconds since an instrument's book or pool last changed (computed at scrape time). */
  readonly dataAge: Gauge<"venue" | "instrument">;
  /** 1 while a venue connection or instrument is `live`, else 0. */
  readonly up: Gauge<"venue" | "instrument">;
  /** Index of the connector status in `CONNECTOR_STATUSES` (0 connecting … 6 closed). */
  readonly status: Gauge<"venue" | "instrument">;
  readonly bookLevels: Gauge<"venue" | "instrument">;
  readonly opportunities: Counter<"pair" | "direction" | "venue">;
  /** Net edge of each opportunity, basis points. */
  readonly edge: Histogram<"direction">;
  readonly lastOpportunity: Gauge;
  readonly riskDecisions: Counter<"allowed" | "reason">;
  readonly trades: Counter<"pair" | "direction" | "outcome">;
  readonly legFailures: Counter<"leg">;
  /** Cumulative realized paper PnL, USD. */
  readonly pnl: Gauge;
  /** Realized paper PnL of the current UTC day, USD. */
  readonly dailyPnl: Gauge;
  readonly consecutiveLosses: Gauge;
  /** 1 while trading is paused (any reason), else 0. */
  readonly paused: Gauge<"reason">;
  /** Unix seconds when the current pause began (0 when running). */
  readonly pausedSince: Gauge;
  readonly killSwitch: Gauge;
  readonly inventory: Gauge<"venue" | "asset">;
  /**
   * Tick-to-decision latency: one market update through signal and risk, seconds. Observed on every book and
   * pool event, so it is a {@link PlainHistogram} (plain-number buckets, formatted by the registry on scrape).
   */
  readonly decisionLatency: PlainHistogram;
  readonly journalPending: Gauge;
  readonly journalCommits: Counter;
  readonly journalErrors: Counter;
  readonly controlRequests: Counter<"action" | "status">;
  readonly replayProgress: Gauge;
  /**
   * Registers a function run before every scrape (for values that depend on "now", like data age, and for
   * values accumulated outside prom-client). It may run several times per scrape, so it must be idempotent.
   */
  onScrape(hook: () => void): void;
}

/** Options for {@link createArbMetrics}. */
export interface ArbMetricsOptions {
  /** Also export Node process metrics (`process_resident_memory_bytes`, heap, event loop lag). @default true */
  readonly processMetrics?: boolean;
}

/**
 * Creates the metric set on a fresh registry.
 *
 * @example
 * ```ts
 * const metrics = createArbMetrics();
 * metrics.opportunities.inc({ pair: "SOL-USD", direction: "buy_cex_sell_pool", venue: "coinbase" });
 * await metrics.registry.metrics();
 * ```
 */
export function createArbMetrics(options: ArbMetricsOptions = {}): ArbMetrics {
  const registry = new Registry();
  const registers = [registry];
  const hooks: (() => void)[] = [];
  // prom-client calls collect() whenever a metric is read (a scrape reads them in registration order, `get()`
  // one at a time); every metric the hooks feed runs them, so whichever is read first sees current values.
  const collect = (): void => {
    for (const hook of hooks) hook();
  };
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[], hooked = false) =>
    new Counter<L>({ name, help, labelNames, registers, ...(hooked ? { collect } : {}) });
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[], hooked = false) =>
    new Gauge<L>({ name, help, labelNames, registers, ...(hooked ? { collect } : {}) });
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  return {
    onScrape: (hook) => void hooks.push(hook),
    registry,
    frames: counter("arbkit_connector_frames_total", "Raw inbound frames received", ["venue"], true),
    bytes: counter("arbkit_connector_bytes_total", "Raw inbound bytes received", ["venue"], true),
    parseErrors: counter("arbkit_connector_parse_errors_total", "Inbound frames that failed validation", ["venue"], true),
    gaps: counter("arbkit_connector_sequence_gaps_total", "Sequence gaps and regressions detected", ["venue"], true),
    resyncs: counter("arbkit_connector_resyncs_total", "Book or pool rebuilds started", ["venue"], true),
    reconnects: counter("arbkit_connector_reconnects_total", "Reconnect attempts", ["venue"], true),
    venueErrors: counter("arbkit_connector_venue_errors_total", "Error frames sent by the venue", ["venue"], true),
    droppedUpdates: counter("arbkit_connector_dropped_updates_total", "Updates ignored while an instrument was not live", ["venue"], true),
    dataAge: new Gauge({
      name: "arbkit_data_age_seconds",
      help: "Seconds since the instrument's book or pool state last changed",
      labelNames: ["venue", "instrument"],
      registers,
      // The hooks set values that depend on the clock.
      collect,
    }),
    up: gauge("arbkit_connector_up", "1 while the connection or instrument is live", ["venue", "instrument"]),
    status: gauge("arbkit_connector_status", "Connector status index (0 connecting, 1 subscribing, 2 syncing, 3 live, 4 stale, 5 resyncing, 6 closed)", ["venue", "instrument"]),
    bookLevels: gauge("arbkit_book_levels", "Levels in the book, both sides", ["venue", "instrument"], true),
    opportunities: counter("arbkit_opportunities_total", "Opportunities detected (net edge above the threshold)", ["pair", "direction", "venue"]),
    edge: new Histogram({
      name: "arbkit_opportunity_edge_bps",
      help: "Net edge of detected opportunities, basis points",
      labelNames: ["direction"],
      buckets: [10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500],
      registers,
    }),
    lastOpportunity: gauge("arbkit_last_opportunity_timestamp_seconds", "Unix time of the last opportunity (market time in a replay)", []),
    riskDecisions: counter("arbkit_risk_decisions_total", "Risk gate decisions", ["allowed", "reason"]),
    trades: counter("arbkit_paper_trades_total", "Paper trades by outcome (win, loss, leg_failed)", ["pair", "direction", "outcome"]),
    legFailures: counter("arbkit_leg_failures_total", "Legs that failed to fill and were unwound", ["leg"]),
    pnl: gauge("arbkit_paper_pnl_usd", "Cumulative realized paper PnL, USD", []),
    dailyPnl: gauge("arbkit_daily_realized_pnl_usd", "Realized paper PnL of the current UTC day, USD", []),
    consecutiveLosses: gauge("arbkit_consecutive_losses", "Losing trades in a row", []),
    paused: gauge("arbkit_risk_paused", "1 while trading is paused for the given reason", ["reason"]),
    pausedSince: gauge("arbkit_risk_paused_since_timestamp_seconds", "Unix time the current pause began (0 when trading)", []),
    killSwitch: gauge("arbkit_risk_kill_switch", "1 once the kill switch is engaged", []),
    inventory: gauge("arbkit_inventory", "Paper balance per venue and asset", ["venue", "asset"], true),
    decisionLatency: createPlainHistogram({
      name: "arbkit_decision_latency_seconds",
      help: "Tick-to-decision latency: one market update through signal and risk",
      buckets: [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
      registers,
    }),
    journalPending: gauge("arbkit_journal_pending_records", "Journal records queued, not yet acknowledged", []),
    journalCommits: counter("arbkit_journal_commits_total", "Journal transactions committed", []),
    journalErrors: counter("arbkit_journal_errors_total", "Journal commits that failed", []),
    controlRequests: counter("arbkit_control_requests_total", "Control API calls by answer", ["action", "status"]),
    replayProgress: gauge("arbkit_replay_progress_ratio", "Share of the recording replayed (replay mode)", []),
  };
}
