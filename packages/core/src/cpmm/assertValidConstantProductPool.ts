import { ArbError } from "../errors/ArbError";
import type { ConstantProductPool } from "./ConstantProductPool";

function fail(reason: string): never {
  throw new ArbError("CPMM_INVALID", `invalid constant-product pool: ${reason}`, { reason });
}

/**
 * Checks a {@link ConstantProductPool}: positive reserves and a fee in [0, 1).
 *
 * @param pool - The pool to check.
 * @throws ArbError `CPMM_INVALID` naming the problem.
 * @example
 * ```ts
 * assertValidConstantProductPool({ reserveIn: 10n ** 12n, reserveOut: 10n ** 9n, feeNumerator: 25n, feeDenominator: 10_000n });
 * ```
 */
export function assertValidConstantProductPool(pool: ConstantProductPool): void {
  if (pool.reserveIn <= 0n || pool.reserveOut <= 0n) fail("reserves must be positive");
  if (pool.feeDenominator <= 0n) fail("fee denominator must be positive");
  if (pool.feeNumerator < 0n || pool.feeNumerator >= pool.feeDenominator) fail("fee must be in [0, 1)");
}
