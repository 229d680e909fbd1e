import type { Decimal } from "decimal.js";
import type { PoolStateEvent } from "@arbkit/core";
import type { Ratio } from "../math/Ratio";
import type { BookSides } from "./BookSides";
import type { Direction } from "./Direction";
import type { SizingResult } from "./findBestSize";
import type { PairModel } from "./PairModel";
import type { PoolSide } from "./PoolSide";
import type { SizingContext } from "./SizingContext";

// The signal engine's per-slot state (one slot per pair × CEX venue × direction). Internal: not exported
// from the package.

/**
 * The last sizing of one pairing and direction with every input it depends on: its context (curve, pool,
 * caps, fees; the rest is fixed per engine), the pricing the context's pool values came from and the size
 * limit. `findBestSize` is a pure function of these, so when all are identical the result is reused exactly:
 * same chosen size, same best size, same reason.
 */
export interface SizingMemo {
  readonly ctx: SizingContext;
  /** Made per pool side (and fee and rate), so the same pricing means the same pool state too. */
  readonly pricing: PoolPricing;
  readonly maxLots: number;
  readonly result: SizingResult;
}

/** The latest inputs of one pool, shared by every slot that uses it (internal). */
export interface PoolInputs {
  event: PoolStateEvent | undefined;
  /** The latest slot a trade used (states up to it size nothing). */
  used: number | undefined;
  /** The latest Solana cost estimate, lamports. */
  lamports: bigint | undefined;
}

/** What one pair derived from its pool's latest state, shared by the pair's slots (internal). */
export interface PoolDerived {
  side: PoolSide | undefined;
  pricing: PoolPricing | undefined;
}

/** One CEX venue × pool × direction of one pair, with references to everything it reads (internal). */
export interface Slot {
  readonly m: PairModel;
  readonly i: number;
  readonly direction: Direction;
  readonly cex: PairModel["cex"][number];
  readonly pool: PoolInputs;
  readonly derived: PoolDerived;
  /** The CEX instrument's book sides; replaced when a book event brings a new book object. */
  book: BookSides | undefined;
}

/**
 * What one pool state costs in the CEX currency, per pair: the quote-token atom value at the current
 * conversion rate and the network fee (lamports at the pool's own price). Recomputed only when the pool
 * state, the fee estimate or the rate changes, not per pairing and tick.
 */
export interface PoolPricing {
  readonly side: PoolSide;
  readonly lamports: bigint;
  readonly rate: Ratio;
  readonly quoteAtomValue: Ratio;
  readonly networkFee: bigint;
  networkFeeDecimal: Decimal | undefined;
  spotPrice: Decimal | undefined;
}
