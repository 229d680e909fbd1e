/**
 * Pure building blocks of arbkit: identifiers, exact money, the L2 order book, Whirlpool and
 * constant-product pool math, the typed event bus, the clock port and the error class.
 * No I/O and no globals: time comes only from an injected {@link Clock}.
 *
 * @packageDocumentation
 * @module @arbkit/core
 */

// errors
export { ArbError } from "./errors/ArbError";
export type { ArbErrorOptions } from "./errors/ArbError";
export type { ArbErrorCode, ArbErrorContexts } from "./errors/ArbErrorContexts";
export { isArbError } from "./errors/isArbError";

// clock
export type { CancelTimer, Clock, UnixMs } from "./clock/Clock";
export { createLiveClock } from "./clock/createLiveClock";
export type { LiveClockOptions } from "./clock/createLiveClock";
export { TestClock } from "./clock/TestClock";

// bus
export { createEventBus } from "./bus/EventBus";
export type { EventBus, EventBusOptions, EventHandler, EventMap, EventOf, Topic, Unsubscribe } from "./bus/EventBus";
export { deepFreeze } from "./bus/deepFreeze";
export { topics } from "./bus/topics";

// identifiers
export type { Brand } from "./ids/Brand";
export { assertIsVenueId, isVenueId, venueId } from "./ids/VenueId";
export type { VenueId } from "./ids/VenueId";
export { assertIsAssetSymbol, assetSymbol, isAssetSymbol } from "./ids/AssetSymbol";
export type { AssetSymbol } from "./ids/AssetSymbol";
export { assertIsAsset, createAsset, isAsset } from "./ids/Asset";
export type { Asset } from "./ids/Asset";
export { assertIsInstrumentId, instrumentId, isInstrumentId } from "./ids/InstrumentId";
export type { InstrumentId } from "./ids/InstrumentId";
export { assertIsInstrument, createInstrument, isInstrument } from "./ids/Instrument";
export type { Instrument, InstrumentSpec } from "./ids/Instrument";

// money
export { isDecimalString } from "./money/isDecimalString";
export { parseDecimal } from "./money/parseDecimal";
export type { ParseDecimalOptions } from "./money/parseDecimal";

// events
export { CONNECTOR_STATUSES } from "./events/ConnectorStatus";
export type { ConnectorStatus } from "./events/ConnectorStatus";
export type {
  BookDeltaEvent,
  BookEvent,
  BookSnapshotEvent,
  LevelChange,
  MarketEvents,
  PoolStateEvent,
  StatusEvent,
  Timestamped,
  TradeEvent,
  VenueErrorEvent,
} from "./events/MarketEvents";

// book
export type { BookSide, PriceLevel, ReadonlyOrderBook, WalkResult } from "./book/ReadonlyOrderBook";

// clmm (Whirlpool math)
export type { TickArrayState, TickState, WhirlpoolState } from "./clmm/WhirlpoolState";

// cpmm (constant-product math)
