import type { Decimal } from "decimal.js";
import type { AssetSymbol, UnixMs, VenueId } from "@arbkit/core";
import type { Direction } from "../signal/Direction";

/** A simulated CEX order's fill (IOC for the trade legs, market for unwinds). */
export interface CexFill {
  /** `buy` or `sell`. */
  readonly side: "buy" | "sell";
  /** Base units asked for. */
  readonly requested: Decimal;
  /** Base units filled (≤ requested; IOC leaves the rest unfilled). */
  readonly filled: Decimal;
  /** Quote paid or received, CEX currency (exact). */
  readonly quote: Decimal;
  /** Average fill price (20 significant digits), undefined when nothing filled. */
  readonly vwap: Decimal | undefined;
  /** The limit price (undefined for a market order). */
  readonly limitPrice: Decimal | undefined;
  /** The touch price when the order reached the book. */
  readonly touchPrice: Decimal | undefined;
  /** Taker fee charged, CEX currency (exact: quote × rate). */
  readonly fee: Decimal;
  /**
   * Why the venue rejected the whole order, else `undefined`: `insufficientBalance` when an IOC order's
   * funds hold (limit × size × (1 + fee rate) of quote for a buy, size of base for a sell) exceeded the
   * available balance when it arrived (nothing fills; only with the executor's `balances`).
   */
  readonly rejected: "insufficientBalance" | undefined;
  /**
   * Whether a market order (the unwind) was cut to what the balance could sell or pay for, fee included
   * (`filled` < `requested` then; only with the executor's `balances`).
   */
  readonly balanceCapped: boolean;
  /** When it filled (Unix ms). */
  readonly ts: UnixMs;
}

/** A simulated swap transaction's outcome. */
export interface PoolFill {
  /** Whether the swap executed (a failed swap still pays the network fee, as on chain, see `networkFeePaid`). */
  readonly success: boolean;
  /**
   * Why it failed: `slippage` (price moved past the tolerance), `liquidity` (could not fill), `noState`
   * (no pool state known), or `insufficientBalance` (the wallet could not cover the swap's actual input —
   * the exact-in amount or the re-quoted exact-out input — after the network fee, or not even the fee;
   * only with the executor's `balances`).
   */
  readonly failure: "slippage" | "liquidity" | "noState" | "insufficientBalance" | undefined;
  /**
   * Whether the transaction paid its network fee (in SOL, from the pool venue's wallet): true whenever it
   * landed, failed or not; false only when the wallet could not pay the fee itself, which the network
   * refuses before executing anything (failure `insufficientBalance`).
   */
  readonly networkFeePaid: boolean;
  /** Base units swapped (0 on failure). */
  readonly base: Decimal;
  /** Pool quote token received (sell) or paid (buy), token units (0 on failure). */
  readonly quote: Decimal;
  /** The re-quoted amount the tolerance was checked against, token units. */
  readonly quoted: Decimal;
  /** The minimum out (sell) or maximum in (buy) the transaction carried, token units. */
  readonly threshold: Decimal;
  /** The pool's spot price when the transaction landed, quote token per base (rounded down to 18 decimals). */
  readonly spotPrice: Decimal;
  /** When it landed (Unix ms). */
  readonly ts: UnixMs;
}

/** One signed cash movement of a trade, with its value in the CEX currency. */
export interface CashFlow {
  /** Which part of the trade. */
  readonly leg: "cex" | "pool" | "unwind" | "network";
  /** `trade` for the traded amounts, `fee` for fees. */
  readonly kind: "trade" | "fee";
  /** Where. */
  readonly venue: VenueId;
  /** Which asset moved. */
  readonly asset: AssetSymbol;
  /** Signed amount in the asset (positive = received). */
  readonly amount: Decimal;
  /** Signed value in the CEX currency (base flows are 0: they net out or stay as exposure). */
  readonly value: Decimal;
}

/**
 * Implementation shortfall (expected − realized), CEX currency, positive = worse than expected. The
 * components sum to `total` exactly; see `docs/engines.md` for each definition.
 */
export interface Shortfall {
  /** CEX fill price worse than expected, beyond the touch's own move. */
  readonly cexSlippage: Decimal;
  /** Pool proceeds/cost worse than quoted, beyond the spot price's own move. */
  readonly dexPriceImpact: Decimal;
  /** Fees paid minus fees expected (the network fee counts as paid unless the transaction could not pay it). */
  readonly fees: Decimal;
  /** The touch (CEX) and spot (pool) moving between decision and fill, times the filled size. */
  readonly latencyDrift: Decimal;
  /**
   * Unfilled legs and their unwind: the expected profit of unhedged size lost, net of the unwind (legs
   * rejected or cut for insufficient balance included).
   */
  readonly legRisk: Decimal;
  /** Expected cash PnL (net PnL before the slippage buffer) minus realized PnL. */
  readonly total: Decimal;
}

/** A completed paper trade: both legs, any unwind, every cash flow and the realized PnL. */
export interface TradeRecord {
  /** `trade:<opportunity id>`. */
  readonly id: string;
  /** The opportunity traded. */
  readonly opportunityId: string;
  /** Pair id. */
  readonly pair: string;
  /** Direction. */
  readonly direction: Direction;
  /** `filled` (both legs complete), `legFailure` (exposure arose), `failed` (nothing traded). */
  readonly status: "filled" | "legFailure" | "failed";
  /** Submission time (Unix ms). */
  readonly tsStart: UnixMs;
  /** Completion time, unwind included (Unix ms). */
  readonly tsEnd: UnixMs;
  /** The CEX leg. */
  readonly cex: CexFill;
  /** The pool leg. */
  readonly pool: PoolFill;
  /** The unwind order, when one was needed. */
  readonly unwind: CexFill | undefined;
  /** Base left unhedged after the unwind (signed, + long). Zero unless the unwind could not fill. */
  readonly residualExposure: Decimal;
  /** Every cash flow. */
  readonly cashFlows: readonly CashFlow[];
  /** Expected net PnL from the opportunity (after the slippage buffer), CEX currency. */
  readonly expectedPnl: Decimal;
  /** Realized PnL: the sum of every cash flow's value, CEX currency (exact). */
  readonly realizedPnl: Decimal;
  /** Expected vs realized, by component. */
  readonly shortfall: Shortfall;
}
