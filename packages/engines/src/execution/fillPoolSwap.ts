import { Dec as Decimal, toDec } from "../math/Dec";
import type { PoolStateEvent, UnixMs } from "@arbkit/core";
import type { OpportunityPoolLeg } from "../signal/Opportunity";
import type { PoolQuoterFactory } from "../signal/PoolQuoter";
import { getSpotPrice } from "./getSpotPrice";
import type { PoolFill } from "./TradeRecord";

/** What the wallet holds when the transaction lands (internal to the paper executor). */
export interface SwapFunds {
  /** Whether the wallet can pay the network fee (SOL). */
  readonly feePayable: boolean;
  /**
   * The input token the swap may spend once the fee is paid (the base for an exact-in sell, minus the fee
   * since the base is SOL; the quote token for an exact-out buy), token units, or `undefined` when not
   * tracked (no bound).
   */
  readonly input: Decimal | undefined;
}

const UNBOUNDED: SwapFunds = { feePayable: true, input: undefined };

/**
 * Simulates the swap transaction landing on `state`, exactly as on chain: the exact CLMM re-quote must
 * give at least the minimum out (exact-in sell) or at most the maximum in (exact-out buy), computed from
 * the expected amount and `slippage` (fraction; min out rounded down, max in rounded up, to atoms), or
 * the swap fails (and only the network fee is spent).
 *
 * With `funds`, like on chain: a wallet that cannot pay the fee gets the transaction refused before it
 * executes (failure `insufficientBalance`, `networkFeePaid: false`); otherwise, after the liquidity and
 * slippage checks, a swap whose actual input (the exact-in amount, or the re-quoted exact-out input)
 * exceeds `funds.input` fails its token transfer (failure `insufficientBalance`, fee paid).
 */
export function fillPoolSwap(
  state: PoolStateEvent | undefined,
  leg: OpportunityPoolLeg,
  slippage: Decimal,
  createQuoter: PoolQuoterFactory,
  ts: UnixMs,
  funds: SwapFunds = UNBOUNDED,
): PoolFill {
  const baseIsA = leg.aToB === leg.exactIn;
  const quoteDecimals = baseIsA ? (state?.decimalsB ?? 0) : (state?.decimalsA ?? 0);
  const expected = new Decimal(leg.quoteAtoms.toString());
  const thresholdAtoms = leg.exactIn
    ? BigInt(expected.mul(new Decimal(1).sub(slippage)).toFixed(0, Decimal.ROUND_FLOOR))
    : BigInt(expected.mul(new Decimal(1).add(slippage)).toFixed(0, Decimal.ROUND_CEIL));
  const none = (failure: PoolFill["failure"], quoted: bigint, spot: Decimal, networkFeePaid = true): PoolFill => ({
    success: false,
    failure,
    networkFeePaid,
    base: new Decimal(0),
    quote: new Decimal(0),
    quoted: toDec(quoted, quoteDecimals),
    threshold: toDec(thresholdAtoms, quoteDecimals),
    spotPrice: spot,
    ts,
  });
  if (!funds.feePayable) return none("insufficientBalance", 0n, new Decimal(0), false);
  if (state === undefined) return none("noState", 0n, new Decimal(0));
  const spot = baseIsA
    ? getSpotPrice(state.state.sqrtPrice, state.decimalsA, state.decimalsB, true)
    : getSpotPrice(state.state.sqrtPrice, state.decimalsB, state.decimalsA, false);
  const q = createQuoter(state).quote(leg.baseAtoms, leg.aToB, leg.exactIn);
  const quoted = leg.exactIn ? q.amountOut : q.amountIn;
  if (!q.filled) return none("liquidity", quoted, spot);
  if (leg.exactIn ? quoted < thresholdAtoms : quoted > thresholdAtoms) return none("slippage", quoted, spot);
  const input = leg.exactIn ? leg.size : toDec(quoted, quoteDecimals);
  if (funds.input !== undefined && input.gt(funds.input)) return none("insufficientBalance", quoted, spot);
  return {
    success: true,
    failure: undefined,
    networkFeePaid: true,
    base: leg.size,
    quote: toDec(quoted, quoteDecimals),
    quoted: toDec(quoted, quoteDecimals),
    threshold: toDec(thresholdAtoms, quoteDecimals),
    spotPrice: spot,
    ts,
  };
}
