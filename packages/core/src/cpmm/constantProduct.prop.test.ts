import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConstantProductPool } from "./ConstantProductPool";
import { quoteConstantProductExactIn } from "./quoteConstantProductExactIn";
import { quoteConstantProductExactOut } from "./quoteConstantProductExactOut";

// Small pools so brute force (counting one unit at a time) stays cheap.
const smallPool: fc.Arbitrary<ConstantProductPool> = fc
  .record({
    reserveIn: fc.bigInt({ min: 1n, max: 3000n }),
    reserveOut: fc.bigInt({ min: 1n, max: 3000n }),
    feeDenominator: fc.constantFrom(10_000n, 1_000_000n, 1000n, 7n),
    feeShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
  })
  .map(({ reserveIn, reserveOut, feeDenominator, feeShare }) => ({
    reserveIn,
    reserveOut,
    feeDenominator,
    feeNumerator: BigInt(Math.floor(feeShare * Number(feeDenominator))),
  }));

/** Smallest n with n × d ≥ m (a ceiling found by counting). */
function countUp(m: bigint, d: bigint): bigint {
  let n = 0n;
  while (n * d < m) n++;
  return n;
}

/** Brute-force exact input: fee counted up, output = the most the invariant allows (counted down). */
function bruteExactIn(p: ConstantProductPool, amountIn: bigint): { amountOut: bigint; fee: bigint } {
  const fee = countUp(amountIn * p.feeNumerator, p.feeDenominator);
  const net = amountIn - fee;
  let out = p.reserveOut - 1n;
  while (out > 0n && (p.reserveIn + net) * (p.reserveOut - out) < p.reserveIn * p.reserveOut) out--;
  return { amountOut: out, fee };
}

describe("constant-product math vs brute-force big-integer references", () => {
  it("exact input: fee rounds up, output is the largest the invariant x·y allows", () => {
    fc.assert(
      fc.property(smallPool, fc.bigInt({ min: 0n, max: 5000n }), (pool, amountIn) => {
        const q = quoteConstantProductExactIn(pool, amountIn);
        expect({ amountOut: q.amountOut, fee: q.fee }).toEqual(bruteExactIn(pool, amountIn));
        expect(q.feasible).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("exact output: net input is the least that keeps x·y, grossed up by the least input covering the fee", () => {
    fc.assert(
      fc.property(smallPool, fc.bigInt({ min: 0n, max: 3000n }), (pool, amountOut) => {
        const q = quoteConstantProductExactOut(pool, amountOut);
        if (amountOut >= pool.reserveOut) {
          expect(q).toEqual({ amountIn: 0n, amountOut: 0n, fee: 0n, feasible: false });
          return;
        }
        let net = 0n;
        while ((pool.reserveIn + net) * (pool.reserveOut - amountOut) < pool.reserveIn * pool.reserveOut) net++;
        const gross = countUp(net * pool.feeDenominator, pool.feeDenominator - pool.feeNumerator);
        expect(q).toEqual({ amountIn: gross, amountOut, fee: gross - net, feasible: true });
        // The pool never loses: paying that input as an exact input buys at least the output.
        expect(quoteConstantProductExactIn(pool, q.amountIn).amountOut >= amountOut).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("holds the invariant on large (u64) reserves", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: (1n << 64n) - 1n }),
        fc.bigInt({ min: 1n, max: (1n << 64n) - 1n }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        (reserveIn, reserveOut, amountIn) => {
          const pool = { reserveIn, reserveOut, feeNumerator: 25n, feeDenominator: 10_000n };
          const q = quoteConstantProductExactIn(pool, amountIn);
          const net = amountIn - q.fee;
          expect((reserveIn + net) * (reserveOut - q.amountOut) >= reserveIn * reserveOut).toBe(true);
          expect((reserveIn + net) * (reserveOut - q.amountOut - 1n) < reserveIn * reserveOut || q.amountOut + 1n >= reserveOut).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rejects invalid pools and negative amounts", () => {
    const pool = { reserveIn: 10n, reserveOut: 10n, feeNumerator: 25n, feeDenominator: 10_000n };
    expect(() => quoteConstantProductExactIn({ ...pool, reserveIn: 0n }, 1n)).toThrow(expect.objectContaining({ code: "CPMM_INVALID" }));
    expect(() => quoteConstantProductExactIn({ ...pool, feeNumerator: 10_000n }, 1n)).toThrow(expect.objectContaining({ code: "CPMM_INVALID" }));
    expect(() => quoteConstantProductExactOut(pool, -1n)).toThrow(expect.objectContaining({ code: "QUANTITY_INVALID" }));
    expect(quoteConstantProductExactIn({ reserveIn: 1_000_000n, reserveOut: 1_000_000n, feeNumerator: 25n, feeDenominator: 10_000n }, 10_000n)).toEqual({
      amountIn: 10_000n,
      amountOut: 9_876n,
      fee: 25n,
      feasible: true,
    });
  });
});
