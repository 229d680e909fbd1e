import { CONNECTOR_STATUSES, topics } from "@arbkit/core";
import type { Clock, ConnectorStatus, EventBus, InstrumentId, MarketEvents, UnixMs, VenueId } from "@arbkit/core";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";

/** Options for {@link createStatusTracker}. */
export interface StatusTrackerOptions {
  /** The venue whose connection and instruments are tracked. */
  readonly venue: VenueId;
  /** Where `StatusEvent`s are published (`topics.status(venue)` and `topics.status(venue, instrument)`). */
  readonly bus: EventBus<MarketEvents>;
  /** Time source for `tsInit` (and `tsEvent` when none is given). */
  readonly clock: Clock;
  /** Receives the `status` gauge. @default no metrics */
  readonly metrics?: ConnectorMetrics;
}

/**
 * The lifecycle state of one venue connection and of each of its instruments
 * (`connecting → subscribing → syncing → live → stale → resyncing → … → closed`).
 * Every change is published as a `StatusEvent`; setting the current status again publishes nothing.
 * `closed` is terminal: once the connection is closed, later changes are ignored (late socket callbacks
 * must not resurrect a closed connector).
 */
export interface StatusTracker {
  /** The connection's status. */
  connection(): ConnectorStatus;
  /** An instrument's status, or `undefined` when it is not tracked. */
  instrument(instrument: InstrumentId): ConnectorStatus | undefined;
  /** Whether the instrument's book may be published (status `live`). */
  isLive(instrument: InstrumentId): boolean;
  /** Every tracked instrument, in the order they were added. */
  instruments(): readonly InstrumentId[];
  /** Sets the connection's status. `tsEvent` defaults to now. */
  setConnection(status: ConnectorStatus, reason: string, tsEvent?: UnixMs): void;
  /** Sets an instrument's status, tracking it if new (its previous status is then `undefined`). */
  setInstrument(instrument: InstrumentId, status: ConnectorStatus, reason: string, tsEvent?: UnixMs): void;
  /** Sets the status of every tracked instrument. */
  setAllInstruments(status: ConnectorStatus, reason: string, tsEvent?: UnixMs): void;
}

/**
 * Creates a {@link StatusTracker}. The connection starts `connecting` (no event is published for the initial
 * state; the first change publishes with `previous: "connecting"`).
 *
 * @example
 * ```ts
 * const status = createStatusTracker({ venue, bus, clock });
 * status.setInstrument(btc, "syncing", "subscribed");
 * status.setInstrument(btc, "live", "snapshot applied");
 * status.isLive(btc); // true
 * ```
 */
export function createStatusTracker(options: StatusTrackerOptions): StatusTracker {
  const { venue, bus, clock, metrics } = options;
  let connection: ConnectorStatus = "connecting";
  const perInstrument = new Map<InstrumentId, ConnectorStatus>();
  const gauge = (instrument: InstrumentId | undefined, status: ConnectorStatus): void =>
    metrics?.setGauge("status", instrument === undefined ? { venue } : { venue, instrument }, CONNECTOR_STATUSES.indexOf(status));
  const publish = (instrument: InstrumentId | undefined, status: ConnectorStatus, previous: ConnectorStatus | undefined, reason: string, tsEvent: UnixMs | undefined): void => {
    const now = clock.now();
    gauge(instrument, status);
    bus.publish(topics.status(venue, instrument), { venue, instrument, status, previous, reason, tsEvent: tsEvent ?? now, tsInit: now });
  };
  const setInstrument = (instrument: InstrumentId, status: ConnectorStatus, reason: string, tsEvent?: UnixMs): void => {
    if (connection === "closed") return;
    const previous = perInstrument.get(instrument);
    if (previous === status) return;
    perInstrument.set(instrument, status);
    publish(instrument, status, previous, reason, tsEvent);
  };
  gauge(undefined, connection);
  return Object.freeze({
    connection: () => connection,
    instrument: (instrument: InstrumentId) => perInstrument.get(instrument),
    isLive: (instrument: InstrumentId) => perInstrument.get(instrument) === "live",
    instruments: () => [...perInstrument.keys()],
    setConnection(status: ConnectorStatus, reason: string, tsEvent?: UnixMs): void {
      if (connection === "closed" || connection === status) return;
      const previous = connection;
      connection = status;
      publish(undefined, status, previous, reason, tsEvent);
    },
    setInstrument,
    setAllInstruments(status: ConnectorStatus, reason: string, tsEvent?: UnixMs): void {
      for (const instrument of perInstrument.keys()) setInstrument(instrument, status, reason, tsEvent);
    },
  });
}
