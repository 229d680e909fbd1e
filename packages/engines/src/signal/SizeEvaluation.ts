import type { PoolSwapQuote } from "./PoolQuoter";

/**
 * The exact economics of one candidate size, in integers. "Value units" are 10^-valueDecimals of the
 * CEX quote currency (e.g. USD); costs are rounded up and proceeds down to the value unit.
 */
export interface SizeEvaluation {
  /** Size in lots (size increments). */
  readonly lots: number;
  /** Size in base atoms. */
  readonly baseAtoms: bigint;
  /** CEX notional: cost of the buy or proceeds of the sell, value units (exact). */
  readonly cexValue: bigint;
  /** CEX taker fee, value units (rounded up). */
  readonly cexFee: bigint;
  /** The pool quote (quote-token atoms in or out). */
  readonly pool: PoolSwapQuote;
  /** The pool leg's quote-token amount converted to the CEX currency, value units (rounded against us). */
  readonly poolValue: bigint;
  /** Solana base + priority fee in the CEX currency, value units (rounded up). */
  readonly networkFee: bigint;
  /** Slippage buffer charged as a cost, value units (rounded up). */
  readonly slippageBuffer: bigint;
  /** Expected net profit after every cost, value units. */
  readonly profit: bigint;
}
