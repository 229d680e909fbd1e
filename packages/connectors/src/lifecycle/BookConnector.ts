import type { ConnectorStatus, InstrumentId, ReadonlyOrderBook, VenueId } from "@arbkit/core";
import type { FrameSink } from "../recording/FrameSink";

/**
 * A connector that keeps L2 books for a venue's instruments and publishes them on the bus
 * (`topics.book`, `topics.trade`, `topics.status`, `topics.error`). Live, it owns a socket; in a
 * backtest, only its {@link BookConnector.sink} is fed (by {@link replayRecording}) and `start` is never
 * called. Both paths run the same parsing and book code.
 */
export interface BookConnector {
  /** The venue id (`coinbase`, `gemini`, or the one given in the options). */
  readonly venue: VenueId;
  /** The instruments configured, in option order. */
  readonly instruments: readonly InstrumentId[];
  /** Raw inbound frames enter here (the live socket feeds it too). */
  readonly sink: FrameSink;
  /** Opens the connection (and keeps reopening it) until {@link BookConnector.close}. */
  start(): void;
  /** Closes the connection for good; every status becomes `closed`. */
  close(): void;
  /** The connection's status, or an instrument's when given (`undefined` for an unknown instrument). */
  status(instrument?: InstrumentId): ConnectorStatus | undefined;
  /**
   * The book of an instrument, or `undefined` when unknown. Read it only while the instrument is `live`
   * (its status); otherwise it may be empty or being rebuilt.
   */
  book(instrument: InstrumentId): ReadonlyOrderBook | undefined;
  /** The instrument id of a venue symbol (`BTC-USD` → `coinbase:BTC-USD`). */
  instrumentOf(symbol: string): InstrumentId;
}
