import type { Clock, ConnectorStatus, Instrument, InstrumentId, StatusEvent, UnixMs } from "@arbkit/core";
import type { RiskEngine } from "../risk/RiskEngine";
import type { RiskLimits } from "../risk/RiskLimits";

/** Options of {@link createFreshnessMonitor}. */
export interface FreshnessMonitorOptions {
  /** The clock (an interval timer checks ages). */
  readonly clock: Clock;
  /** The risk engine to report to. */
  readonly risk: RiskEngine;
  /** Every input instrument. */
  readonly instruments: readonly Instrument[];
  /** Which of them are pools (aged against `maxPoolAgeMs`; the rest against `maxBookAgeMs`). */
  readonly pools: ReadonlySet<InstrumentId>;
  /** Age limits. */
  readonly limits: Required<RiskLimits>;
  /** Check period, ms. */
  readonly intervalMs: number;
}

/** Tracks the age and status of each input and drives the risk engine's automatic stale pause. */
export interface FreshnessMonitor {
  /** Records fresh data for an instrument (clears its staleness at once). */
  touch(instrument: InstrumentId, tsInit: UnixMs): void;
  /** Records a status; a non-live status marks the instrument (or the venue's instruments) stale. */
  status(event: StatusEvent): void;
  /** Stops the timer. */
  stop(): void;
}

/**
 * Creates a {@link FreshnessMonitor}. An input is stale when it has no data yet, its newest data is
 * older than its limit (`maxBookAgeMs` for books, `maxPoolAgeMs` for pools, receipt time), or its
 * status (instrument, else venue) is known and not `live`. Checked on a clock interval, and at once when
 * a stale input receives data or a status changes, so a stale pause lifts as soon as data is fresh.
 */
export function createFreshnessMonitor(options: FreshnessMonitorOptions): FreshnessMonitor {
  const { clock, risk, limits } = options;
  const last = new Map<InstrumentId, UnixMs>();
  const statuses = new Map<string, ConnectorStatus>();
  const pools = options.pools;
  const stale = new Set<InstrumentId>();
  // Made once: a fresh input is re-checked on every tick of the interval and on every status.
  const freshReasons = new Map(options.instruments.map((i) => [i.id, `${i.id} is fresh`]));
  const maxAgeOf = (i: Instrument): number => (pools.has(i.id) ? limits.maxPoolAgeMs : limits.maxBookAgeMs);
  const evaluate = (i: Instrument): void => {
    const ts = last.get(i.id);
    const maxAge = maxAgeOf(i);
    const status = statuses.get(i.id) ?? statuses.get(i.venue);
    const age = ts === undefined ? undefined : clock.now() - ts;
    const reason =
      status !== undefined && status !== "live"
        ? `${i.id} is ${status}`
        : age === undefined
          ? `${i.id} has no data yet`
          : age > maxAge
            ? `${i.id} data is ${age} ms old (limit ${maxAge} ms)`
            : undefined;
    if (reason === undefined) stale.delete(i.id);
    else stale.add(i.id);
    risk.observeFreshness(i.id, reason !== undefined, reason ?? (freshReasons.get(i.id) as string));
  };
  const byId = new Map(options.instruments.map((i) => [i.id, i]));
  const cancel = clock.setInterval(() => {
    const now = clock.now();
    for (const i of options.instruments) {
      // A fresh input stays fresh until its newest data ages past the limit (new data and status changes are
      // checked at once, below): re-reporting it on every tick would change nothing.
      const ts = last.get(i.id);
      if (ts !== undefined && !stale.has(i.id) && now - ts <= maxAgeOf(i)) continue;
      evaluate(i);
    }
  }, options.intervalMs);
  return {
    touch(instrument, tsInit) {
      last.set(instrument, tsInit);
      const i = byId.get(instrument);
      if (i !== undefined && stale.has(instrument)) evaluate(i);
    },
    status(event) {
      statuses.set(event.instrument ?? event.venue, event.status);
      for (const i of options.instruments) if (i.id === event.instrument || i.venue === event.venue) evaluate(i);
    },
    stop: cancel,
  };
}
