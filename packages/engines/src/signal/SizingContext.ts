import type { Ratio } from "../math/Ratio";
import type { CexCurve } from "./CexCurve";
import type { Direction } from "./Direction";
import type { PoolSide } from "./PoolSide";

/** Everything the size search needs for one CEX venue × pool × direction at one instant (internal). */
export interface SizingContext {
  /** Which way the trade goes. */
  readonly direction: Direction;
  /** The CEX side walked: asks for `cexToPool`, bids for `poolToCex`. */
  readonly curve: CexCurve;
  /** The pool state. */
  readonly pool: PoolSide;
  /** CEX taker fee as a fraction. */
  readonly takerFee: Ratio;
  /** Base atoms per lot. */
  readonly lotAtoms: bigint;
  /** Value units per quote-token atom (the USDC→USD rate times the scale). */
  readonly quoteAtomValue: Ratio;
  /** Network fee in value units (constant across sizes). */
  readonly networkFee: bigint;
  /** Slippage buffer as a fraction of the CEX notional. */
  readonly bufferFraction: Ratio;
  /** Net-edge threshold as a fraction of the CEX notional. */
  readonly thresholdFraction: Ratio;
  /** Largest CEX notional allowed, value units, or `undefined` for no cap. */
  readonly maxNotional: bigint | undefined;
  /**
   * Quote available to pay the buy leg (value units of CEX currency for `cexToPool`, fee included;
   * quote-token atoms for `poolToCex`), or `undefined` for unlimited.
   */
  readonly quoteAvailable: bigint | undefined;
  /**
   * 1 + the CEX order's limit tolerance: a CEX buy must fit the venue's funds hold, the walk's worst
   * price × this × size plus the taker fee, within `quoteAvailable`.
   */
  readonly cexOrderMarkup: Ratio;
}
