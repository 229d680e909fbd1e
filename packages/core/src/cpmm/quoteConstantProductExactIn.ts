import { ArbError } from "../errors/ArbError";
import { assertValidConstantProductPool } from "./assertValidConstantProductPool";
import type { ConstantProductPool, ConstantProductQuote } from "./ConstantProductPool";

/**
 * Exact-input constant-product swap, as Raydium CPMM (`cp-swap`) computes it:
 * `fee = ceil(amountIn × num / den)`, then `amountOut = floor((amountIn − fee) × reserveOut /
 * (reserveIn + amountIn − fee))`. Both roundings favour the pool. (AMM v4 differs only for fees under
 * one unit, which its `checked_ceil_div` rounds half-up instead of up.)
 *
 * @param pool - Reserves and fee, oriented in → out.
 * @param amountIn - Input in base units, fee included (≥ 0).
 * @returns The quote (always feasible; `amountOut < reserveOut`).
 * @throws ArbError `CPMM_INVALID` for an invalid pool; `QUANTITY_INVALID` for a negative amount.
 * @example
 * ```ts
 * quoteConstantProductExactIn({ reserveIn: 1_000_000n, reserveOut: 1_000_000n, feeNumerator: 25n, feeDenominator: 10_000n }, 10_000n);
 * // { amountIn: 10000n, amountOut: 9876n, fee: 25n, feasible: true }
 * ```
 */
export function quoteConstantProductExactIn(pool: ConstantProductPool, amountIn: bigint): ConstantProductQuote {
  assertValidConstantProductPool(pool);
  if (amountIn < 0n) {
    throw new ArbError("QUANTITY_INVALID", "amount in must be non-negative", { quantity: amountIn.toString(), reason: "negative" });
  }
  const feeProduct = amountIn * pool.feeNumerator;
  let fee = feeProduct / pool.feeDenominator;
  if (fee * pool.feeDenominator !== feeProduct) fee += 1n;
  const net = amountIn - fee;
  const amountOut = (net * pool.reserveOut) / (pool.reserveIn + net);
  return { amountIn, amountOut, fee, feasible: true };
}
