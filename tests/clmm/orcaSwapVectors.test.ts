// Orca's own swap-engine vectors (orca-so/whirlpools programs/whirlpool/src/tests/, Apache-2.0 at
// commit df0c556e): every case must reproduce the program's amounts, next sqrt price, next tick, next
// liquidity, fee growth and protocol fee, and every program error must map to our typed error.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MAX_TICK_INDEX,
  MIN_TICK_INDEX,
  createSwapQuoter,
  getSqrtPriceAtTick,
  isArbError,
  type SwapQuote,
  type TickArrayState,
} from "@arbkit/core";
import { fixturePath } from "../support/fixtures";

interface VectorCase {
  readonly testId: number;
  readonly description: string;
  readonly tickSpacing: number;
  readonly feeRate: number;
  readonly protocolFeeRate: number;
  readonly liquidity: string;
  readonly currTickIndex: number;
  readonly tradeAmount: string;
  readonly amountIsInput: boolean;
  readonly aToB: boolean;
  readonly expectation: {
    readonly exception: string;
    readonly amountA: string;
    readonly amountB: string;
    readonly nextLiquidity: string;
    readonly nextTickIndex: number;
    readonly nextSqrtPrice: string;
    readonly nextFeeGrowthGlobal: string;
    readonly nextProtocolFee: string;
  };
}

function emptyArray(startTickIndex: number): TickArrayState {
  const tick = { initialized: false, liquidityNet: 0n, liquidityGross: 0n };
  return { startTickIndex, ticks: Array.from({ length: 88 }, () => tick) };
}

/** The harness: 3 empty arrays from the one holding the current tick, limit at the sequence's last tick. */
function runCase(c: VectorCase): SwapQuote {
  const span = 88 * c.tickSpacing;
  const start = Math.floor(c.currTickIndex / span) * span;
  const step = c.aToB ? -span : span;
  // Arrays wholly outside the tick range cannot exist on chain (and the program stops at the range-end
  // array before reaching them), so the harness's third array is dropped when it is one of those.
  const arrays = [0, 1, 2]
    .map((i) => start + i * step)
    .filter((s) => s + span > MIN_TICK_INDEX && s <= MAX_TICK_INDEX)
    .map(emptyArray);
  const limitTick = c.aToB ? start - 2 * span : start + 3 * span - 1;
  const clamped = Math.min(Math.max(limitTick, MIN_TICK_INDEX), MAX_TICK_INDEX);
  const quoter = createSwapQuoter(
    {
      tickSpacing: c.tickSpacing,
      feeRate: c.feeRate,
      protocolFeeRate: c.protocolFeeRate,
      liquidity: BigInt(c.liquidity),
      sqrtPrice: getSqrtPriceAtTick(c.currTickIndex),
      tickCurrentIndex: c.currTickIndex,
    },
    arrays,
  );
  return quoter.quote({
    aToB: c.aToB,
    exactIn: c.amountIsInput,
    amount: BigInt(c.tradeAmount),
    sqrtPriceLimit: getSqrtPriceAtTick(clamped),
  });
}

/** What we produce for a case, in the vector's own terms. */
function outcome(c: VectorCase): Record<string, string | number> {
  try {
    const q = runCase(c);
    const [amountA, amountB] = c.aToB ? [q.amountIn, q.amountOut] : [q.amountOut, q.amountIn];
    return {
      exception: "",
      amountA: amountA.toString(),
      amountB: amountB.toString(),
      nextLiquidity: q.endLiquidity.toString(),
      nextTickIndex: q.endTickIndex,
      nextSqrtPrice: q.endSqrtPrice.toString(),
      nextFeeGrowthGlobal: q.feeGrowthGlobalDelta.toString(),
      nextProtocolFee: q.protocolFee.toString(),
    };
  } catch (error) {
    if (isArbError(error, "QUANTITY_INVALID")) return { exception: "ZeroTradableAmount" };
    if (isArbError(error, "CLMM_MATH_OVERFLOW") || isArbError(error, "CLMM_AMOUNT_OVERFLOW")) {
      return { exception: error.context.programError ?? `${error.code} without programError` };
    }
    throw error;
  }
}

function expected(c: VectorCase): Record<string, string | number> {
  return c.expectation.exception === "" ? { ...c.expectation } : { exception: c.expectation.exception };
}

const files = ["swap_test_cases.json", "swap_test_cases_splash_pool.json"] as const;

describe.each(files)("Orca swap vectors %s", (file) => {
  const cases = JSON.parse(readFileSync(fixturePath("orca", "swap-test-cases", file), "utf8")) as VectorCase[];

  it("has the documented number of cases", () => {
    expect(cases.length).toBe(file === "swap_test_cases.json" ? 3840 : 2880);
  });

  it("reproduces every case (amounts, price, tick, liquidity, fee growth, protocol fee, errors)", () => {
    const mismatches: string[] = [];
    for (const c of cases) {
      const ours = outcome(c);
      const want = expected(c);
      if (JSON.stringify(ours) !== JSON.stringify(want)) {
        mismatches.push(`#${c.testId} ${c.description}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(ours)}`);
      }
    }
    expect(mismatches.slice(0, 5).join("\n"), `${mismatches.length} mismatching cases`).toBe("");
  });
});
