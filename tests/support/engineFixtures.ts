import {
  type BookSnapshotEvent,
  type Instrument,
  type PoolStateEvent,
  type StatusEvent,
  type TickArrayState,
  createAsset,
  createInstrument,
  createOrderBook,
  getSqrtPriceAtTick,
} from "@arbkit/core";
import type { ArbPair } from "@arbkit/engines";

/** SOL (9 decimals), USD (2), USDC (6). */
export const SOL = createAsset("SOL", 9);
export const USD = createAsset("USD", 2);
export const USDC = createAsset("USDC", 6);

/** Coinbase SOL-USD (price step 0.01, size step 0.00000001). */
export const coinbaseSolUsd: Instrument = createInstrument({
  venue: "coinbase", venueSymbol: "SOL-USD", base: SOL, quote: USD, priceIncrement: "0.01", sizeIncrement: "0.00000001",
});
/** Gemini SOLUSD (price step 0.001, size step 0.000001). */
export const geminiSolUsd: Instrument = createInstrument({
  venue: "gemini", venueSymbol: "SOLUSD", base: SOL, quote: USD, priceIncrement: "0.001", sizeIncrement: "0.000001",
});
/** The real Orca SOL/USDC Whirlpool HJPjoW (tick spacing 64). */
export const orcaSolUsdc: Instrument = createInstrument({
  venue: "orca", venueSymbol: "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", base: SOL, quote: USDC,
  priceIncrement: "0.000001", sizeIncrement: "0.000000001",
});

/** SOL/USD on Coinbase (taker 0.6 %) and Gemini (taker 0.4 %) against the Orca pool, up to 100 SOL in 0.001 steps. */
export const solUsdTwoVenuePair: ArbPair = {
  id: "SOL-USD",
  cex: [
    { instrument: coinbaseSolUsd, takerFeeRate: "0.006" },
    { instrument: geminiSolUsd, takerFeeRate: "0.004" },
  ],
  pool: { instrument: orcaSolUsdc },
  maxSize: "100",
  sizeIncrement: "0.001",
};

/** A book snapshot event over the real core OrderBook; levels are `[price, size]` strings. */
export function bookEvent(
  instrument: Instrument,
  bids: readonly (readonly [string, string])[],
  asks: readonly (readonly [string, string])[],
  tsInit: number,
): BookSnapshotEvent {
  const book = createOrderBook(instrument);
  book.applySnapshot(
    bids.map(([price, size]) => ({ price, size })),
    asks.map(([price, size]) => ({ price, size })),
  );
  return { type: "snapshot", venue: instrument.venue, instrument: instrument.id, sequence: undefined, book, tsEvent: tsInit, tsInit };
}

/** A `live` status event for a whole venue. */
export function liveStatus(instrument: Instrument, ts: number): StatusEvent {
  return { venue: instrument.venue, instrument: undefined, status: "live", previous: "syncing", reason: "test", tsEvent: ts, tsInit: ts };
}

/**
 * A SYNTHETIC single-range Whirlpool (clearly not real data): liquidity `liquidity` between ±`arrays`
 * tick arrays around `tick`, price exactly at `tick`, tick spacing 64, fee `feeRate` millionths.
 * Quoted by the real core CLMM math.
 */
export function syntheticPoolEvent(
  instrument: Instrument,
  options: { readonly tick: number; readonly liquidity: bigint; readonly feeRate?: number; readonly arrays?: number; readonly tsInit: number; readonly slot?: number },
): PoolStateEvent {
  const spacing = 64;
  const span = 88 * spacing;
  const arrays = options.arrays ?? 3;
  const tick = options.tick - (((options.tick % spacing) + spacing) % spacing);
  const first = Math.floor(tick / span) - arrays;
  const last = Math.floor(tick / span) + arrays;
  const lower = first * span;
  const upper = last * span + 87 * spacing;
  const tickArrays: TickArrayState[] = [];
  for (let a = first; a <= last; a++) {
    const start = a * span;
    tickArrays.push({
      startTickIndex: start,
      ticks: Array.from({ length: 88 }, (_, i) => {
        const t = start + i * spacing;
        const edge = t === lower ? options.liquidity : t === upper ? -options.liquidity : 0n;
        return { initialized: edge !== 0n, liquidityNet: edge, liquidityGross: edge < 0n ? -edge : edge };
      }),
    });
  }
  return {
    venue: instrument.venue,
    instrument: instrument.id,
    pool: instrument.venueSymbol,
    tokenMintA: "So11111111111111111111111111111111111111112",
    tokenMintB: "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
    decimalsA: 9,
    decimalsB: 6,
    state: {
      tickSpacing: spacing,
      feeRate: options.feeRate ?? 3000,
      protocolFeeRate: 300,
      liquidity: options.liquidity,
      sqrtPrice: getSqrtPriceAtTick(tick),
      tickCurrentIndex: tick,
    },
    tickArrays,
    slot: options.slot ?? 1000,
    tsEvent: options.tsInit,
    tsInit: options.tsInit,
  };
}

/** The tick whose price is closest to `usdcPerSol` for a SOL(9)/USDC(6) pool. */
export function tickForPrice(usdcPerSol: number): number {
  return Math.round(Math.log(usdcPerSol / 1000) / Math.log(1.0001));
}
