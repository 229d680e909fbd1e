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
export { getDecimalScale } from "./money/getDecimalScale";
export { parseScaled } from "./money/parseScaled";
export { parseScaledNumber } from "./money/parseScaledNumber";
export { formatScaled } from "./money/formatScaled";
export { scaledToDecimal } from "./money/scaledToDecimal";
export { decimalToScaled } from "./money/decimalToScaled";

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
  SolanaCostEvent,
  StatusEvent,
  Timestamped,
  TradeEvent,
  VenueErrorEvent,
} from "./events/MarketEvents";

// book
export type { BookSide, PriceLevel, ReadonlyOrderBook, WalkResult } from "./book/ReadonlyOrderBook";
export type { ScaledWalk } from "./book/ScaledWalk";
export { OrderBook } from "./book/OrderBook";
export type { OrderBookOptions } from "./book/OrderBook";
export { createOrderBook } from "./book/createOrderBook";
export type { CreateOrderBookOptions } from "./book/createOrderBook";
export { SequenceTracker } from "./book/SequenceTracker";
export type { SequenceTrackerOptions } from "./book/SequenceTracker";
export type { SequenceGap, SequenceObservation, SequenceOk, SequenceRegression } from "./book/SequenceObservation";
export { createSequenceError } from "./book/createSequenceError";

// clmm (Whirlpool math)
export type { TickArrayState, TickState, WhirlpoolState } from "./clmm/WhirlpoolState";
export {
  FEE_RATE_DENOMINATOR,
  MAX_SQRT_PRICE,
  MAX_TICK_INDEX,
  MIN_SQRT_PRICE,
  MIN_TICK_INDEX,
  PROTOCOL_FEE_RATE_DENOMINATOR,
  SPLASH_POOL_TICK_SPACING,
  TICK_ARRAY_SIZE,
  U128_MAX,
  U64_MAX,
} from "./clmm/clmmConstants";
export type { WhirlpoolProgramError } from "./clmm/programError";
export { getSqrtPriceAtTick } from "./clmm/getSqrtPriceAtTick";
export { getTickAtSqrtPrice } from "./clmm/getTickAtSqrtPrice";
export { getAmountDeltaA } from "./clmm/getAmountDeltaA";
export { getAmountDeltaB } from "./clmm/getAmountDeltaB";
export { getNextSqrtPrice } from "./clmm/getNextSqrtPrice";
export { computeSwapStep } from "./clmm/computeSwapStep";
export type { SwapStep } from "./clmm/computeSwapStep";
export { assertValidWhirlpoolState } from "./clmm/assertValidWhirlpoolState";
export { createSwapQuoter } from "./clmm/createSwapQuoter";
export type { SwapQuoter, SwapQuoterOptions } from "./clmm/createSwapQuoter";
export { prepareSwapTickArrays } from "./clmm/prepareSwapTickArrays";
export type { PreparedTickArrays } from "./clmm/prepareSwapTickArrays";
export type { SwapQuote, SwapQuoteRequest, SwapStopReason } from "./clmm/SwapQuote";
export { assertSupportedPool, getUnsupportedPoolFeatures } from "./clmm/assertSupportedPool";
export type { UnsupportedPoolFeature, WhirlpoolFeatures } from "./clmm/assertSupportedPool";
export { sqrtPriceToPrice } from "./clmm/sqrtPriceToPrice";
export { priceToSqrtPrice } from "./clmm/priceToSqrtPrice";
export { getMarginalPriceAfterSwap } from "./clmm/getMarginalPriceAfterSwap";
export { quoteSwapToPrice, quoteSwapToSqrtPrice } from "./clmm/quoteSwapToSqrtPrice";

// cpmm (constant-product math)
export type { ConstantProductPool, ConstantProductQuote } from "./cpmm/ConstantProductPool";
export { assertValidConstantProductPool } from "./cpmm/assertValidConstantProductPool";
export { quoteConstantProductExactIn } from "./cpmm/quoteConstantProductExactIn";
export { quoteConstantProductExactOut } from "./cpmm/quoteConstantProductExactOut";
