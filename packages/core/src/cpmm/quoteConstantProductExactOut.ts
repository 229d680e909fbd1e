import { ArbError } from "../errors/ArbError";
import { assertValidConstantProductPool } from "./assertValidConstantProductPool";
import type { ConstantProductPool, ConstantProductQuote } from "./ConstantProductPool";

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return quotient * denominator === numerator ? quotient : quotient + 1n;
}

/**
 * Exact-output constant-product swap, as Raydium CPMM (`cp-swap`) computes it: the input before fee is
 * `ceil(reserveIn × amountOut / (reserveOut − amountOut))`, grossed up for the fee as
 * `ceil(net × den / (den − num))`; `fee` is the difference. Both roundings favour the pool, so the
 * input always buys at least `amountOut` (check with {@link quoteConstantProductExactIn}).
 *
 * @param pool - Reserves and fee, oriented in → out.
 * @param amountOut - Desired output in base units (≥ 0).
 * @returns The quote; `feasible: false` (amounts 0) when `amountOut >= reserveOut`.
 * @throws ArbError `CPMM_INVALID` for an invalid pool; `QUANTITY_INVALID` for a negative amount.
 * @example
 * ```ts
 * quoteConstantProductExactOut({ reserveIn: 1_000_000n, reserveOut: 1_000_000n, feeNumerator: 25n, feeDenominator: 10_000n }, 9_876n);
 * ```
 */
export function quoteConstantProductExactOut(pool: ConstantProductPool, amountOut: bigint): ConstantProductQuote {
  assertValidConstantProductPool(pool);
  if (amountOut < 0n) {
    throw new ArbError("QUANTITY_INVALID", "amount out must be non-negative", { quantity: amountOut.toString(), reason: "negative" });
  }
  if (amountOut >= pool.reserveOut) return { amountIn: 0n, amountOut: 0n, fee: 0n, feasible: false };
  const net = ceilDiv(pool.reserveIn * amountOut, pool.reserveOut - amountOut);
  const amountIn = ceilDiv(net * pool.feeDenominator, pool.feeDenominator - pool.feeNumerator);
  return { amountIn, amountOut, fee: amountIn - net, feasible: true };
}
