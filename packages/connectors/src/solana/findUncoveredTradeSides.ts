import { createSwapQuoter } from "@arbkit/core";
import type { TickArrayState, WhirlpoolState } from "@arbkit/core";

/** Which side of the price lacks tick arrays for the configured largest trades. */
export interface UncoveredTradeSides {
  /** Selling `maxTradeA` of token A (price falls) runs out of arrays below the price. */
  readonly below: boolean;
  /** Selling `maxTradeB` of token B (price rises) runs out of arrays above the price. */
  readonly above: boolean;
}

const exhausts = (quote: () => { stopReason: string | undefined }): boolean => {
  try {
    return quote().stopReason === "tickArraysExhausted";
  } catch {
    // No array holds the start tick (e.g. it does not exist on chain): more arrays would not help.
    return false;
  }
};

/**
 * Quotes the largest configured trades (exact input, raw token units) against the loaded arrays and reports
 * the sides where the quote stopped for lack of tick arrays, so the connector can load more. Pure.
 */
export function findUncoveredTradeSides(
  state: WhirlpoolState,
  tickArrays: readonly TickArrayState[],
  maxTradeA: bigint | undefined,
  maxTradeB: bigint | undefined,
): UncoveredTradeSides {
  let quoter: ReturnType<typeof createSwapQuoter>;
  try {
    quoter = createSwapQuoter(state, tickArrays);
  } catch {
    return { below: false, above: false }; // inconsistent arrays are reported elsewhere; nothing to extend
  }
  return {
    below: maxTradeA !== undefined && exhausts(() => quoter.quote({ aToB: true, exactIn: true, amount: maxTradeA })),
    above: maxTradeB !== undefined && exhausts(() => quoter.quote({ aToB: false, exactIn: true, amount: maxTradeB })),
  };
}
