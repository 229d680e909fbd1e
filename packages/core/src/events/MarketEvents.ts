import type { ArbError } from "../errors/ArbError";
import type { UnixMs } from "../clock/Clock";
import type { InstrumentId } from "../ids/InstrumentId";
import type { VenueId } from "../ids/VenueId";
import type { BookSide, PriceLevel, ReadonlyOrderBook } from "../book/ReadonlyOrderBook";
import type { WhirlpoolState, TickArrayState } from "../clmm/WhirlpoolState";
import type { ConnectorStatus } from "./ConnectorStatus";

/** Timestamps on every datum: `tsEvent` is venue/chain time, `tsInit` our receipt time (Unix ms). */
export interface Timestamped {
  /** When the venue says the event happened (Unix ms). */
  readonly tsEvent: UnixMs;
  /** When arbkit received it (Unix ms, from the injected clock). */
  readonly tsInit: UnixMs;
}

/** One level change: `size` is the new absolute size; `"0"` removes the level. */
export interface LevelChange {
  readonly side: BookSide;
  /** Exact decimal string. */
  readonly price: string;
  /** New absolute size, exact decimal string; zero removes the level. */
  readonly size: string;
}

/** A full book replaced the previous one (after subscribe or resync). */
export interface BookSnapshotEvent extends Timestamped {
  readonly type: "snapshot";
  readonly venue: VenueId;
  readonly instrument: InstrumentId;
  /** The venue's sequence number for the frame, when it has one. */
  readonly sequence: number | undefined;
  /** The book after the snapshot; valid until the next book event of this instrument. */
  readonly book: ReadonlyOrderBook;
}

/** Level changes applied to a live book. */
export interface BookDeltaEvent extends Timestamped {
  readonly type: "delta";
  readonly venue: VenueId;
  readonly instrument: InstrumentId;
  readonly sequence: number | undefined;
  /** The changes in venue order. */
  readonly changes: readonly LevelChange[];
  /** The book after the changes; valid until the next book event of this instrument. */
  readonly book: ReadonlyOrderBook;
}

/** A book event. */
export type BookEvent = BookSnapshotEvent | BookDeltaEvent;

/** A public trade print. */
export interface TradeEvent extends Timestamped {
  readonly venue: VenueId;
  readonly instrument: InstrumentId;
  /** Exact decimal string, quote per base. */
  readonly price: string;
  /** Exact decimal string, base units. */
  readonly size: string;
  /** The aggressor's side, when the venue says. */
  readonly aggressor: "buy" | "sell" | undefined;
  readonly tradeId: string | undefined;
}

/** A lifecycle change of a connection (`instrument` undefined) or of one instrument. */
export interface StatusEvent extends Timestamped {
  readonly venue: VenueId;
  readonly instrument: InstrumentId | undefined;
  readonly status: ConnectorStatus;
  readonly previous: ConnectorStatus | undefined;
  /** Why the status changed, for people (e.g. `"sequence gap 41→43"`). */
  readonly reason: string;
}

/** A recoverable error a connector saw (malformed frame, venue error frame, failed connection). */
export interface VenueErrorEvent extends Timestamped {
  readonly venue: VenueId;
  readonly instrument: InstrumentId | undefined;
  readonly error: ArbError;
}

/** A Whirlpool's state, ready to quote: the pool plus the tick arrays loaded around its price. */
export interface PoolStateEvent extends Timestamped {
  readonly venue: VenueId;
  readonly instrument: InstrumentId;
  /** The pool account address (base58). */
  readonly pool: string;
  readonly tokenMintA: string;
  readonly tokenMintB: string;
  readonly decimalsA: number;
  readonly decimalsB: number;
  readonly state: WhirlpoolState;
  /** The loaded tick arrays, sorted by `startTickIndex`. */
  readonly tickArrays: readonly TickArrayState[];
  /** The slot of the newest account data in this state. */
  readonly slot: number;
}

/**
 * The market-data topics on the bus, by kind. Build topic strings with {@link topics}.
 */
export interface MarketEvents {
  readonly book: BookEvent;
  readonly trade: TradeEvent;
  readonly status: StatusEvent;
  readonly error: VenueErrorEvent;
  readonly pool: PoolStateEvent;
}
