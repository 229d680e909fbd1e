import { ArbError } from "../errors/ArbError";
import { FEE_RATE_DENOMINATOR } from "./clmmConstants";
import { computeAmountDeltaA, throwAmountDeltaA } from "./getAmountDeltaA";
import { computeAmountDeltaB, throwAmountDeltaB } from "./getAmountDeltaB";
import { getNextSqrtPriceFromA, getNextSqrtPriceFromB } from "./getNextSqrtPrice";
import { programError } from "./programError";

/** Result of one swap step within a single liquidity range. */
export interface SwapStep {
  /** Input paid into the pool for this step, excluding the fee (base units). */
  amountIn: bigint;
  /** Output paid out (base units). */
  amountOut: bigint;
  /** Sqrt price after the step, Q64.64. */
  nextSqrtPrice: bigint;
  /** Fee charged on the input (base units of the input token). */
  feeAmount: bigint;
}

const FEE_DENOMINATOR = BigInt(FEE_RATE_DENOMINATOR);

/**
 * One step into `out` (no allocation). `feeRate` and `feeComplement` (= 1e6 − feeRate) are bigints;
 * `knownInitialFixed` is the fixed-token delta to the target when the caller already has it.
 * Mirrors the program's `compute_swap` branch by branch, including which overflows are tolerated.
 * @internal
 */
export function computeSwapStepInto(
  out: SwapStep,
  amountRemaining: bigint,
  feeRate: bigint,
  feeComplement: bigint,
  liquidity: bigint,
  sqrtPrice: bigint,
  targetSqrtPrice: bigint,
  amountIsInput: boolean,
  aToB: boolean,
  knownInitialFixed?: bigint,
): void {
  const fixedIsA = aToB === amountIsInput;
  // Fixed token: rounded up for an input, down for an output; negative = over u64 (tolerated here).
  const initialFixed =
    knownInitialFixed ??
    (fixedIsA
      ? computeAmountDeltaA(sqrtPrice, targetSqrtPrice, liquidity, amountIsInput)
      : computeAmountDeltaB(sqrtPrice, targetSqrtPrice, liquidity, amountIsInput));
  const amountCalc = amountIsInput ? (amountRemaining * feeComplement) / FEE_DENOMINATOR : amountRemaining;
  let next: bigint;
  if (initialFixed >= 0n && amountCalc >= initialFixed) {
    next = targetSqrtPrice;
  } else if (fixedIsA) {
    next = getNextSqrtPriceFromA(sqrtPrice, liquidity, amountCalc, amountIsInput);
  } else {
    next = getNextSqrtPriceFromB(sqrtPrice, liquidity, amountCalc, amountIsInput);
  }
  const isMaxSwap = next === targetSqrtPrice;
  // Unfixed token: the opposite rounding (down for an output, up for an input).
  let unfixed = fixedIsA
    ? computeAmountDeltaB(sqrtPrice, next, liquidity, !amountIsInput)
    : computeAmountDeltaA(sqrtPrice, next, liquidity, !amountIsInput);
  if (unfixed < 0n) unfixed = fixedIsA ? throwAmountDeltaB(unfixed) : throwAmountDeltaA(unfixed);
  let fixed = initialFixed;
  if (!isMaxSwap || initialFixed < 0n) {
    fixed = fixedIsA
      ? computeAmountDeltaA(sqrtPrice, next, liquidity, amountIsInput)
      : computeAmountDeltaB(sqrtPrice, next, liquidity, amountIsInput);
    if (fixed < 0n) fixed = fixedIsA ? throwAmountDeltaA(fixed) : throwAmountDeltaB(fixed);
  }
  let amountIn: bigint;
  let amountOut: bigint;
  if (amountIsInput) {
    amountIn = fixed;
    amountOut = unfixed;
  } else {
    amountIn = unfixed;
    amountOut = fixed > amountRemaining ? amountRemaining : fixed;
  }
  let feeAmount: bigint;
  if (amountIsInput && !isMaxSwap) {
    feeAmount = amountRemaining - amountIn;
    if (feeAmount < 0n) throw programError("AmountRemainingOverflow", "step fee (input over remaining)");
  } else if (amountIn === 0n || feeRate === 0n) {
    feeAmount = 0n;
  } else {
    const product = amountIn * feeRate;
    feeAmount = product / feeComplement;
    if (feeAmount * feeComplement !== product) feeAmount += 1n;
  }
  out.amountIn = amountIn;
  out.amountOut = amountOut;
  out.nextSqrtPrice = next;
  out.feeAmount = feeAmount;
}

/**
 * One swap step inside a single liquidity range (no tick crossed), bit-exact with the Whirlpool
 * program's `compute_swap`: moves from `sqrtPrice` towards `targetSqrtPrice` until either the
 * target is reached or `amountRemaining` is used up.
 *
 * Units and rounding: amounts are token base units (u64); the fee rate is in millionths. For an exact
 * input, the amount net of fee is `floor(amount × (1e6 − fee) / 1e6)`; input amounts round up and
 * output amounts round down; the fee is `ceil(amountIn × fee / (1e6 − fee))` when the step reaches the
 * target, else whatever input remains. For an exact output, `amountOut` is capped at `amountRemaining`
 * (the price can round onto the target, a "jump" to the next tick, while the output stays capped).
 *
 * @param amountRemaining - Amount still to swap: input (incl. fee) if `amountIsInput`, else output.
 * @param feeRate - Fee rate in millionths (u16, e.g. 3000 = 0.3 %).
 * @param liquidity - Active liquidity (u128).
 * @param sqrtPrice - Current sqrt price, Q64.64.
 * @param targetSqrtPrice - Sqrt price at which the step must stop (next tick or limit), Q64.64.
 * @param amountIsInput - Exact input (true) or exact output (false).
 * @param aToB - Token A in, token B out (price falls).
 * @returns The step's amounts, fee and next sqrt price.
 * @throws ArbError `CLMM_MATH_OVERFLOW` / `CLMM_AMOUNT_OVERFLOW` when the program would fail the same way;
 *   `ARGUMENT_INVALID` for a fee rate outside [0, 65535].
 * @example
 * ```ts
 * const step = computeSwapStep(1_000_000n, 3000, 10n ** 12n, 1n << 64n, getSqrtPriceAtTick(-64), true, true);
 * ```
 */
export function computeSwapStep(
  amountRemaining: bigint,
  feeRate: number,
  liquidity: bigint,
  sqrtPrice: bigint,
  targetSqrtPrice: bigint,
  amountIsInput: boolean,
  aToB: boolean,
): SwapStep {
  if (!Number.isInteger(feeRate) || feeRate < 0 || feeRate > 65535) {
    throw new ArbError("ARGUMENT_INVALID", "fee rate must be an integer in [0, 65535] (millionths)", {
      name: "feeRate",
      value: feeRate,
      reason: "not a u16",
    });
  }
  const out: SwapStep = { amountIn: 0n, amountOut: 0n, nextSqrtPrice: sqrtPrice, feeAmount: 0n };
  const fee = BigInt(feeRate);
  computeSwapStepInto(out, amountRemaining, fee, FEE_DENOMINATOR - fee, liquidity, sqrtPrice, targetSqrtPrice, amountIsInput, aToB);
  return out;
}
