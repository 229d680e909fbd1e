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
 * What one swap transaction on a Solana pool is expected to cost in fees, so engines can charge an honest
 * cost: `signatures × baseFeeLamportsPerSignature + ceil(priorityFeeMicroLamportsPerCu × computeUnits / 10⁶)`
 * lamports (1 SOL = 10⁹ lamports). The priority fee is a percentile of the chain's recent prioritization
 * fees over the pool's writable accounts. Convert to the quote asset at the pool's own price.
 */
export interface SolanaCostEvent extends Timestamped {
  readonly venue: VenueId;
  /** The pool instrument the estimate is for. */
  readonly instrument: InstrumentId;
  /** The pool account address (base58). */
  readonly pool: string;
  /** The percentile (0–100) of recent prioritization fees used. */
  readonly percentile: number;
  /** Number of recent-fee samples the percentile was taken over (0 means the fee is 0 for lack of data). */
  readonly samples: number;
  /** Chosen priority fee in micro-lamports per compute unit. */
  readonly priorityFeeMicroLamportsPerCu: bigint;
  /** Compute units budgeted for one swap transaction (configured estimate). */
  readonly computeUnits: number;
  /** Signatures per transaction. */
  readonly signatures: number;
  /** Base fee, lamports: signatures × lamports per signature (5000 on mainnet). */
  readonly baseFeeLamports: bigint;
  /** Priority fee, lamports, rounded up. */
  readonly priorityFeeLamports: bigint;
  /** Base plus priority fee, lamports. */
  readonly totalLamports: bigint;
  /** The newest slot among the samples (0 without samples). */
  readonly slot: number;
}

/**
 * The market-data topics on the bus, by kind. Build topic strings with {@link topics}.
 * A type alias rather than an interface so that it satisfies `EventMap` (`createEventBus<MarketEvents>()`):
 * interfaces get no implicit index signature.
 */
export type MarketEvents = {
  readonly book: BookEvent;
  readonly trade: TradeEvent;
  readonly status: StatusEvent;
  readonly error: VenueErrorEvent;
  readonly pool: PoolStateEvent;
  readonly solanaCost: SolanaCostEvent;
};
