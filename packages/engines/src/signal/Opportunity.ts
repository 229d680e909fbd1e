import type { Decimal } from "decimal.js";
import type { AssetSymbol, InstrumentId, UnixMs, VenueId } from "@arbkit/core";
import type { Direction } from "./Direction";

/** The CEX leg of an opportunity: an IOC taker order walking the book. */
export interface OpportunityCexLeg {
  /** The CEX venue. */
  readonly venue: VenueId;
  /** The CEX instrument. */
  readonly instrument: InstrumentId;
  /** Base asset (e.g. SOL). */
  readonly base: AssetSymbol;
  /** The CEX quote currency (e.g. USD), the currency of every cost and PnL figure. */
  readonly quote: AssetSymbol;
  /** `buy` walks the asks, `sell` walks the bids. */
  readonly side: "buy" | "sell";
  /** Base units (exact, a whole number of size increments). */
  readonly size: Decimal;
  /** Expected VWAP, CEX quote per base (rounded down to 18 decimals). */
  readonly expectedPrice: Decimal;
  /** The last (worst) level the walk touches, CEX quote per base (exact). */
  readonly worstPrice: Decimal;
  /** Exact notional, CEX quote currency. */
  readonly notional: Decimal;
  /** Taker fee, CEX quote currency (rounded up to the value unit). */
  readonly fee: Decimal;
  /**
   * What the venue sets aside when the order is placed, in the asset the order spends: for a buy, the
   * limit (worst price × (1 + the order tolerance, the signal engine's `cexOrderToleranceBps`)) times the
   * size, plus the taker fee on that (CEX quote currency, rounded up to the value unit); for a sell, the
   * size (base units). A venue rejects an order whose hold exceeds the available balance.
   */
  readonly fundsHold: Decimal;
}

/** The pool leg of an opportunity: one exact swap quote. */
export interface OpportunityPoolLeg {
  /** The pool venue (e.g. `orca`). */
  readonly venue: VenueId;
  /** The pool instrument. */
  readonly instrument: InstrumentId;
  /** Base asset (e.g. SOL). */
  readonly base: AssetSymbol;
  /** The pool's quote token (e.g. USDC). */
  readonly quote: AssetSymbol;
  /** The pool account address. */
  readonly pool: string;
  /** `sell` swaps base in exactly (exact-in); `buy` takes base out exactly (exact-out). */
  readonly side: "buy" | "sell";
  /** Base units. */
  readonly size: Decimal;
  /** Expected average price, pool quote token per base (rounded down to 18 decimals). */
  readonly expectedPrice: Decimal;
  /** Pool quote-token amount received (`sell`) or paid (`buy`), in token units (exact). */
  readonly quoteAmount: Decimal;
  /** Same as `quoteAmount` in the token's atoms (u64). */
  readonly quoteAtoms: bigint;
  /** Base atoms swapped (u64). */
  readonly baseAtoms: bigint;
  /** Pool fee inside the quote, in the input token's units (exact). */
  readonly poolFee: Decimal;
  /** The pool state's slot. */
  readonly slot: number;
  /** Swap direction: token A in (true) or token B in (false). */
  readonly aToB: boolean;
  /** Exact-in (selling base) or exact-out (buying base). */
  readonly exactIn: boolean;
}

/** Every cost of an opportunity, in the CEX quote currency (e.g. USD), each rounded up to the value unit. */
export interface OpportunityCosts {
  /** CEX taker fee. */
  readonly cexFee: Decimal;
  /** Pool fee (already inside the pool leg's price; shown for explanation, not subtracted again). */
  readonly poolFee: Decimal;
  /** Solana base + priority fee, converted at the pool's own price and the quote conversion rate. */
  readonly networkFee: Decimal;
  /** The Solana fee in lamports (paid in SOL from the wallet, even if the swap fails). */
  readonly networkFeeLamports: bigint;
  /** The slippage buffer charged as a cost (a fraction of the CEX notional). */
  readonly slippageBuffer: Decimal;
  /** The conversion rate used: CEX quote currency per pool quote token (e.g. USD per USDC). */
  readonly conversionRate: Decimal;
}

/** How old each input was when the decision was taken (ms of the injected clock). */
export interface OpportunityInputs {
  /** The CEX book event's receipt time (Unix ms). */
  readonly cexTsInit: UnixMs;
  /** The CEX book event's venue time (Unix ms). */
  readonly cexTsEvent: UnixMs;
  /** Decision time minus the CEX book's receipt time, ms. */
  readonly cexAgeMs: number;
  /** The pool state event's receipt time (Unix ms). */
  readonly poolTsInit: UnixMs;
  /** Decision time minus the pool state's receipt time, ms. */
  readonly poolAgeMs: number;
  /** The pool state's slot. */
  readonly poolSlot: number;
  /** The CEX touch the leg trades against at decision time (best ask for a buy, best bid for a sell). */
  readonly cexTouchPrice: Decimal;
  /** The pool's spot price at decision time, pool quote token per base (rounded down to 18 decimals). */
  readonly poolSpotPrice: Decimal;
}

/**
 * A sized, fully costed arbitrage opportunity. Immutable (frozen). `netPnl` is in the CEX quote
 * currency after every cost; `edgeBps = netPnl / cexLeg.notional × 10 000`.
 */
export interface Opportunity {
  /** Deterministic id: pair, venue, direction, decision time and a per-engine sequence number. */
  readonly id: string;
  /** The pair's id. */
  readonly pair: string;
  /** Which way the trade goes. */
  readonly direction: Direction;
  /** Decision time (Unix ms, injected clock). */
  readonly tsDecision: UnixMs;
  /** The CEX leg. */
  readonly cexLeg: OpportunityCexLeg;
  /** The pool leg. */
  readonly poolLeg: OpportunityPoolLeg;
  /** The cost breakdown. */
  readonly costs: OpportunityCosts;
  /** Net PnL plus the CEX fee, network fee and slippage buffer (pool fee stays inside the price). */
  readonly grossPnl: Decimal;
  /** Expected net PnL after every cost, CEX quote currency (exact to the value unit). */
  readonly netPnl: Decimal;
  /** Net edge in basis points of the CEX notional, rounded toward zero to 6 decimals. */
  readonly edgeBps: Decimal;
  /** Ages of the inputs. */
  readonly inputs: OpportunityInputs;
}
