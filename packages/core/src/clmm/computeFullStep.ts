import { FEE_RATE_DENOMINATOR, PROTOCOL_FEE_RATE_DENOMINATOR, U64_MAX } from "./clmmConstants";
import { computeAmountDeltaA } from "./getAmountDeltaA";
import { computeAmountDeltaB } from "./getAmountDeltaB";

/**
 * The outcome of a step that runs a whole liquidity range (from `from` to the next tick's price with
 * `liquidity`). It does not depend on the amount still to swap, only on whether that amount reaches
 * `minRemaining`, so a prepared pool computes it once and every later quote reuses it.
 * @internal
 */
export interface FullStep {
  readonly from: bigint;
  readonly liquidity: bigint;
  /** Fixed-token delta to the tick (negative sentinel when it exceeds u64: never a full step). */
  readonly fixed: bigint;
  /** Least amount remaining for which the step reaches the tick. */
  readonly minRemaining: bigint;
  /** Subtracted from the amount remaining (exact in: input + fee; exact out: output). */
  readonly consumed: bigint;
  /** Added to the amount calculated (exact in: output; exact out: input + fee). */
  readonly produced: bigint;
  readonly fee: bigint;
  readonly protocolFee: bigint;
  readonly feeGrowth: bigint;
}

const FEE_DENOMINATOR = BigInt(FEE_RATE_DENOMINATOR);
const PROTOCOL_DENOMINATOR = BigInt(PROTOCOL_FEE_RATE_DENOMINATOR);
const NEVER = U64_MAX + 1n;

/**
 * Computes a {@link FullStep} exactly as `compute_swap` would for a step that reaches `to`: the fixed
 * token rounds in the pool's favour, the unfixed one against the trader, and the fee is
 * `ceil(amountIn × fee / (1e6 − fee))`. Returns `minRemaining` above any u64 when the fixed delta does
 * not fit a u64 (the program then always takes the partial-step path). Unfixed-delta overflows also
 * disable the entry, so the full step path re-raises them with the program's error.
 * @internal
 */
export function computeFullStep(
  from: bigint,
  to: bigint,
  liquidity: bigint,
  exactIn: boolean,
  aToB: boolean,
  feeRate: bigint,
  feeComplement: bigint,
  protocolFeeRate: bigint,
): FullStep {
  const fixedIsA = aToB === exactIn;
  const fixed = fixedIsA ? computeAmountDeltaA(from, to, liquidity, exactIn) : computeAmountDeltaB(from, to, liquidity, exactIn);
  const unfixed = fixedIsA ? computeAmountDeltaB(from, to, liquidity, !exactIn) : computeAmountDeltaA(from, to, liquidity, !exactIn);
  if (fixed < 0n || unfixed < 0n) {
    return { from, liquidity, fixed, minRemaining: NEVER, consumed: 0n, produced: 0n, fee: 0n, protocolFee: 0n, feeGrowth: 0n };
  }
  const amountIn = exactIn ? fixed : unfixed;
  let fee = 0n;
  if (amountIn !== 0n && feeRate !== 0n) {
    const product = amountIn * feeRate;
    fee = product / feeComplement;
    if (fee * feeComplement !== product) fee += 1n;
  }
  let minRemaining = fixed;
  if (exactIn) {
    // floor(r × c / 1e6) >= fixed  ⟺  r >= ceil(fixed × 1e6 / c)
    const scaled = fixed * FEE_DENOMINATOR;
    minRemaining = scaled / feeComplement;
    if (minRemaining * feeComplement !== scaled) minRemaining += 1n;
  }
  const protocolFee = protocolFeeRate === 0n ? 0n : (fee * protocolFeeRate) / PROTOCOL_DENOMINATOR;
  const feeGrowth = liquidity === 0n ? 0n : ((fee - protocolFee) << 64n) / liquidity;
  return {
    from,
    liquidity,
    fixed,
    minRemaining,
    consumed: exactIn ? fixed + fee : fixed,
    produced: exactIn ? unfixed : unfixed + fee,
    fee,
    protocolFee,
    feeGrowth,
  };
}
