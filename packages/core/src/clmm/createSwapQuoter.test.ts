import { describe, expect, it } from "vitest";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, U64_MAX } from "./clmmConstants";
import { createSwapQuoter } from "./createSwapQuoter";
import { prepareSwapTickArrays } from "./prepareSwapTickArrays";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";
import type { TickArrayState, WhirlpoolState } from "./WhirlpoolState";

/** Synthetic arrays: `nets` maps initialized tick → liquidityNet. */
function arrays(ts: number, starts: number[], nets: Record<number, bigint> = {}): TickArrayState[] {
  return starts.map((start) => ({
    startTickIndex: start,
    ticks: Array.from({ length: 88 }, (_, i) => {
      const net = nets[start + i * ts];
      return net === undefined
        ? { initialized: false, liquidityNet: 0n, liquidityGross: 0n }
        : { initialized: true, liquidityNet: net, liquidityGross: net < 0n ? -net : net };
    }),
  }));
}

function pool(overrides: Partial<WhirlpoolState> & Pick<WhirlpoolState, "tickCurrentIndex">): WhirlpoolState {
  return {
    tickSpacing: 64,
    feeRate: 3000,
    protocolFeeRate: 300,
    liquidity: 0n,
    sqrtPrice: getSqrtPriceAtTick(overrides.tickCurrentIndex),
    ...overrides,
  };
}

const L = 10n ** 12n;

describe("createSwapQuoter: stop reasons are values, never throws", () => {
  const state = pool({ tickCurrentIndex: 100, liquidity: L });
  const quoter = createSwapQuoter(state, arrays(64, [-5632, 0, 5632], { [-640]: L, [640]: -L }));

  it("fills a small swap fully", () => {
    const q = quoter.quote({ aToB: true, exactIn: true, amount: 1_000_000n });
    expect(q).toMatchObject({ filled: true, stopReason: "filled", amountIn: 1_000_000n, amountFilled: 1_000_000n, ticksCrossed: 0 });
  });

  it("reports tickArraysExhausted with what was filled when the arrays end", () => {
    const q = quoter.quote({ aToB: true, exactIn: true, amount: U64_MAX });
    expect(q).toMatchObject({ filled: false, stopReason: "tickArraysExhausted", ticksCrossed: 1, endLiquidity: 0n, endTickIndex: -5633 });
    expect(q.endSqrtPrice).toBe(getSqrtPriceAtTick(-5632));
    expect(q.amountFilled).toBe(q.amountIn);
  });

  it("reports priceLimit at an explicit limit (a limit on a tick's price that is not a crossing keeps tick t)", () => {
    const limit = getSqrtPriceAtTick(50);
    const q = quoter.quote({ aToB: true, exactIn: false, amount: U64_MAX, sqrtPriceLimit: limit });
    expect(q).toMatchObject({ filled: false, stopReason: "priceLimit", endSqrtPrice: limit, endTickIndex: 50 });
  });

  it("swaps nothing when the limit equals the current price (the program allows it; the SDK throws)", () => {
    const q = quoter.quote({ aToB: false, exactIn: true, amount: 5n, sqrtPriceLimit: state.sqrtPrice });
    expect(q).toMatchObject({ amountIn: 0n, amountOut: 0n, stopReason: "priceLimit", endTickIndex: 100 });
  });

  it("reports liquidityExhausted at the end of the price range without a limit", () => {
    const splash = pool({ tickSpacing: 32896, tickCurrentIndex: 0, liquidity: 1000n });
    const full = arrays(32896, [-2894848, 0], { [-427648]: 1000n, [427648]: -1000n });
    const q = createSwapQuoter(splash, full).quote({ aToB: false, exactIn: true, amount: U64_MAX });
    expect(q).toMatchObject({ stopReason: "liquidityExhausted", endSqrtPrice: MAX_SQRT_PRICE, endLiquidity: 0n, ticksCrossed: 1 });
    const down = createSwapQuoter(splash, full).quote({ aToB: true, exactIn: true, amount: U64_MAX });
    // Ending exactly on MIN tick while moving down stores MIN − 1, as the program does.
    expect(down).toMatchObject({ stopReason: "liquidityExhausted", endSqrtPrice: MIN_SQRT_PRICE, endTickIndex: -443637 });
  });
});

describe("createSwapQuoter: the program's (and the SDK's) quirks, pinned", () => {
  it("a→b ending exactly on an initialized tick t reports t − 1", () => {
    const state = pool({ tickCurrentIndex: 100, liquidity: L });
    const limit = getSqrtPriceAtTick(64);
    const q = createSwapQuoter(state, arrays(64, [0], { 64: L })).quote({ aToB: true, exactIn: true, amount: U64_MAX, sqrtPriceLimit: limit });
    expect(q).toMatchObject({ endTickIndex: 63, endSqrtPrice: limit, ticksCrossed: 1, endLiquidity: 0n, stopReason: "priceLimit" });
  });

  it("b→a starts its sequence at the array holding tickCurrentIndex + tickSpacing", () => {
    // Spacing 64: array [0, 5632) holds tick 5600, but 5600 + 64 lies in the next array [5632, 11264).
    const state = pool({ tickCurrentIndex: 5600, liquidity: L });
    const onlyFirst = createSwapQuoter(state, arrays(64, [0]));
    expect(onlyFirst.tickArrayCount(false)).toBe(0);
    expect(() => onlyFirst.quote({ aToB: false, exactIn: true, amount: 1n })).toThrow(
      expect.objectContaining({ code: "CLMM_TICK_ARRAYS_INVALID" }),
    );
    expect(onlyFirst.tickArrayCount(true)).toBe(1);
    const withNext = createSwapQuoter(state, arrays(64, [0, 5632]));
    expect(withNext.quote({ aToB: false, exactIn: true, amount: 1000n }).filled).toBe(true);
  });

  it("crossing the final slot of the last b→a array ends the sequence (regression from the SDK property test)", () => {
    const state = pool({ tickCurrentIndex: 0, liquidity: 0n, feeRate: 0, protocolFeeRate: 0 });
    const big = 590295810358705651712n;
    const q = createSwapQuoter(state, arrays(64, [0, 5632, 11264], { 11200: big, 11264: -big }), { maxTickArrays: 2 }).quote({
      aToB: false,
      exactIn: false,
      amount: 1n,
    });
    expect(q).toMatchObject({ stopReason: "tickArraysExhausted", ticksCrossed: 1, endTickIndex: 11200, amountOut: 0n });
  });

  it("a step that does not move the price keeps the stored tick t − 1 (the SDK would report t)", () => {
    // Price exactly on tick 0 after a downward crossing: the program stores −1.
    const state = pool({ tickSpacing: 1, tickCurrentIndex: -1, sqrtPrice: 1n << 64n, liquidity: 590295810358705651712n, feeRate: 0, protocolFeeRate: 0 });
    const q = createSwapQuoter(state, arrays(1, [-88, 0])).quote({ aToB: true, exactIn: true, amount: 1n });
    expect(q).toMatchObject({ endSqrtPrice: 1n << 64n, endTickIndex: -1, amountOut: 0n, fee: 1n });
  });

  it("quotes equal a fresh quoter's after many cached quotes", () => {
    const state = pool({ tickCurrentIndex: 100, liquidity: L });
    const ticks = arrays(64, [-5632, 0, 5632], { [-640]: L, [-64]: 5n * L, [640]: -L, [64]: -5n * L });
    const shared = createSwapQuoter(state, ticks);
    for (let exp = 0n; exp < 19n; exp++) {
      for (const aToB of [true, false]) {
        for (const exactIn of [true, false]) {
          const request = { aToB, exactIn, amount: 3n * 10n ** exp };
          expect(shared.quote(request)).toEqual(createSwapQuoter(state, ticks).quote(request));
        }
      }
    }
  });
});

describe("createSwapQuoter: bad input is a typed error", () => {
  const state = pool({ tickCurrentIndex: 100, liquidity: L });
  const quoter = createSwapQuoter(state, arrays(64, [0]));

  it.each([
    [{ aToB: true, exactIn: true, amount: 0n }, "QUANTITY_INVALID"],
    [{ aToB: true, exactIn: true, amount: U64_MAX + 1n }, "CLMM_AMOUNT_OVERFLOW"],
    [{ aToB: true, exactIn: true, amount: 1n, sqrtPriceLimit: getSqrtPriceAtTick(200) }, "ARGUMENT_INVALID"],
    [{ aToB: false, exactIn: true, amount: 1n, sqrtPriceLimit: MAX_SQRT_PRICE + 1n }, "CLMM_SQRT_PRICE_OUT_OF_RANGE"],
  ])("%o → %s", (request, code) => {
    expect(() => quoter.quote(request)).toThrow(expect.objectContaining({ code }));
  });

  it("rejects inconsistent pools and arrays", () => {
    expect(() => createSwapQuoter({ ...state, tickCurrentIndex: 5 }, [])).toThrow(expect.objectContaining({ code: "CLMM_POOL_STATE_INVALID" }));
    expect(() => createSwapQuoter({ ...state, feeRate: 70_000 }, [])).toThrow(expect.objectContaining({ code: "CLMM_POOL_STATE_INVALID" }));
    expect(() => createSwapQuoter(state, arrays(64, [64]))).toThrow(expect.objectContaining({ code: "CLMM_TICK_ARRAYS_INVALID" }));
    expect(() => createSwapQuoter(state, arrays(64, [0, 0]))).toThrow(expect.objectContaining({ code: "CLMM_TICK_ARRAYS_INVALID" }));
  });

  it("rejects a crossing that takes liquidity below zero", () => {
    const broken = createSwapQuoter(state, arrays(64, [0], { 64: 2n * L }));
    expect(() => broken.quote({ aToB: true, exactIn: true, amount: U64_MAX })).toThrow(
      expect.objectContaining({ code: "CLMM_TICK_ARRAYS_INVALID" }),
    );
  });

  it("surfaces the program's overflow as a typed error (Orca vector 1000083: AmountCalcOverflow)", () => {
    const splash = pool({ tickSpacing: 32769, tickCurrentIndex: 443500, liquidity: 4294967296n, feeRate: 10000, protocolFeeRate: 2500 });
    const q = createSwapQuoter(splash, arrays(32769, [-2883672, 0]));
    expect(() => q.quote({ aToB: true, exactIn: false, amount: U64_MAX })).toThrow(
      expect.objectContaining({ code: "CLMM_AMOUNT_OVERFLOW", context: expect.objectContaining({ programError: "AmountCalcOverflow" }) }),
    );
  });
});

describe("createSwapQuoter over prepared tick arrays (prepareSwapTickArrays)", () => {
  const prepared = prepareSwapTickArrays(64, arrays(64, [-5632, 0, 5632], { [-640]: L, [640]: -L }));

  it("quotes several states of one pool from one preparation", () => {
    for (const tick of [100, -300, 600]) {
      const state = pool({ tickCurrentIndex: tick, liquidity: L });
      const request = { aToB: tick > 0, exactIn: true, amount: 10n ** 9n };
      expect(createSwapQuoter(state, prepared).quote(request)).toEqual(createSwapQuoter(state, arrays(64, [-5632, 0, 5632], { [-640]: L, [640]: -L })).quote(request));
    }
  });

  it("refuses arrays prepared for another tick spacing, and reports bad arrays without a current tick", () => {
    expect(() => createSwapQuoter(pool({ tickCurrentIndex: 100, tickSpacing: 8 }), prepared)).toThrow(
      expect.objectContaining({ code: "ARGUMENT_INVALID", context: expect.objectContaining({ name: "tickArrays", value: 64 }) }),
    );
    expect(() => prepareSwapTickArrays(64, arrays(64, [100]))).toThrow(
      expect.objectContaining({ code: "CLMM_TICK_ARRAYS_INVALID", context: expect.objectContaining({ tickCurrentIndex: undefined }) }),
    );
  });
});
