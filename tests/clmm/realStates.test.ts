// Real mainnet states, decoded with the SDK's own parsers (ParsableWhirlpool / ParsableTickArray):
// the Czfq quote vector and many swap sizes over the SOL/USDC pool's 39 real tick arrays, vs the SDK.
import { readFileSync } from "node:fs";
import { swapQuoteWithParams } from "@orca-so/whirlpools-sdk";
import { describe, expect, it } from "vitest";
import { createSwapQuoter, type SwapQuoteRequest, type TickArrayState, type WhirlpoolState } from "@arbkit/core";
import { fixturePath } from "../support/fixtures";
import {
  buildSdkParams,
  fromSdkTickArray,
  fromSdkWhirlpool,
  parseSdkTickArray,
  parseSdkWhirlpool,
  runSdkQuote,
  sdkQuote,
  sdkSlippage,
  toSdkTickArrays,
  toSdkWhirlpool,
} from "../support/orcaSdk";

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(fixturePath(...parts), "utf8")) as T;
}

/** The contiguous run of arrays a swap walks, in sequence order (what the SDK and the program take). */
function sequence(pool: WhirlpoolState, arrays: readonly TickArrayState[], aToB: boolean, count: number): TickArrayState[] {
  const span = 88 * pool.tickSpacing;
  const from = aToB ? pool.tickCurrentIndex : pool.tickCurrentIndex + pool.tickSpacing;
  let start = Math.floor(from / span) * span;
  const out: TickArrayState[] = [];
  while (out.length < count) {
    const array = arrays.find((a) => a.startTickIndex === start);
    if (array === undefined) break;
    out.push(array);
    start += aToB ? -span : span;
  }
  return out;
}

describe("Czfq SOL/USDC (ts 4) quote vector, 2024-11-19", () => {
  const vector = readJson<{ whirlpool_account_data_base64: string; quote_call: { token_in: number } }>(
    "orca",
    "sol-usdc-Czfq-2024-11-19-quote",
    "quote_vector.extracted.json",
  );
  const response = readJson<{ result: { value: Array<{ data: [string, string] }> } }>(
    "orca",
    "sol-usdc-Czfq-2024-11-19-quote",
    "tick_array_response.json",
  );
  const sdkPool = parseSdkWhirlpool(vector.whirlpool_account_data_base64);
  const pool = fromSdkWhirlpool(sdkPool);
  const arrays = response.result.value.map((account) => fromSdkTickArray(parseSdkTickArray(account.data[0])));
  const request: SwapQuoteRequest = { aToB: true, exactIn: true, amount: BigInt(vector.quote_call.token_in) };

  it("reproduces est. out 242382, fee 400 and min out 239958 at 100 bps", () => {
    expect((sdkPool.feeTierIndexSeed[0] ?? 0) + 256 * (sdkPool.feeTierIndexSeed[1] ?? 0)).toBe(pool.tickSpacing);
    const q = createSwapQuoter(pool, arrays).quote(request);
    expect(q).toMatchObject({ amountIn: 1_000_000n, amountOut: 242_382n, fee: 400n, ticksCrossed: 0, filled: true });
    // orca_whirlpools_core's slippage: floor(out × (10000 − bps) / 10000).
    expect((q.amountOut * (10_000n - 100n)) / 10_000n).toBe(239_958n);
  });

  it("equals the SDK's swapQuoteWithParams, whose legacy slippage formula gives 239982", () => {
    const q = createSwapQuoter(pool, arrays).quote(request);
    const sdk = sdkQuote(pool, sequence(pool, arrays, true, 3), request);
    expect(sdk).toEqual({ ok: true, amountIn: q.amountIn, amountOut: q.amountOut, fee: q.fee, endSqrtPrice: q.endSqrtPrice, endTickIndex: q.endTickIndex });
    const withSlippage = runSdkQuoteWithSlippage(pool, sequence(pool, arrays, true, 3), request);
    expect(withSlippage).toBe(239_982n);
  });
});

/** The legacy SDK's min out at 100 bps: `out × 10000 / 10100`, rounded down. */
function runSdkQuoteWithSlippage(pool: WhirlpoolState, arrays: TickArrayState[], request: SwapQuoteRequest): bigint {
  const params = buildSdkParams(toSdkWhirlpool(pool), toSdkTickArrays(arrays), request);
  return BigInt(swapQuoteWithParams(params, sdkSlippage(100, 10_000)).otherAmountThreshold.toString());
}

describe("SOL/USDC HJPjoW (ts 64) with all 39 real tick arrays, slot 185759999", () => {
  const file = readJson<{ accounts: Array<{ kind: string; data_base64: string }> }>(
    "orca",
    "sol-usdc-HJPjoW-slot185759999",
    "pool-and-39-tick-arrays.json",
  );
  const whirlpoolAccount = file.accounts.find((a) => a.kind === "Whirlpool");
  if (whirlpoolAccount === undefined) throw new Error("fixture has no Whirlpool account");
  const pool = fromSdkWhirlpool(parseSdkWhirlpool(whirlpoolAccount.data_base64));
  const arrays = file.accounts.filter((a) => a.kind === "TickArray").map((a) => fromSdkTickArray(parseSdkTickArray(a.data_base64)));
  const sizes: bigint[] = [];
  for (let exp = 0; exp <= 16; exp++) for (const m of [1n, 2n, 5n]) sizes.push(m * 10n ** BigInt(exp));

  it("decodes the documented state", () => {
    expect(arrays).toHaveLength(39);
    expect(pool).toMatchObject({ tickSpacing: 64, feeRate: 3000, liquidity: 15809268854015n, sqrtPrice: 2663341003414134411n, tickCurrentIndex: -38709 });
  });

  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])("aToB=%s exactIn=%s: every size equals the SDK over the 3-array sequence", (aToB, exactIn) => {
    const quoter = createSwapQuoter(pool, arrays, { maxTickArrays: 3 });
    const seq = sequence(pool, arrays, aToB, 3);
    const outcomes = new Set<string>();
    for (const amount of sizes) {
      const request = { aToB, exactIn, amount };
      const q = quoter.quote(request);
      const sdk = sdkQuote(pool, seq, request);
      if (sdk.ok) {
        expect({ amount, ...sdk }).toEqual({ amount, ok: true, amountIn: q.amountIn, amountOut: q.amountOut, fee: q.fee, endSqrtPrice: q.endSqrtPrice, endTickIndex: q.endTickIndex });
        outcomes.add(q.stopReason);
      } else {
        expect({ amount, sdk: sdk.error }).toEqual({ amount, sdk: "TickArraySequenceInvalid" });
        expect(q.stopReason).toBe("tickArraysExhausted");
        outcomes.add("exhausted");
      }
    }
    expect(outcomes).toContain("filled");
    expect(outcomes).toContain("exhausted");
  });

  it("quotes beyond three arrays when given all of them, matching the SDK wherever it agrees to go", () => {
    const quoter = createSwapQuoter(pool, arrays);
    let compared = 0;
    for (const aToB of [true, false]) {
      const seq = sequence(pool, arrays, aToB, 39);
      const sdkPool = toSdkWhirlpool(pool);
      const sdkArrays = toSdkTickArrays(seq);
      for (const amount of sizes) {
        const request = { aToB, exactIn: true, amount };
        const q = quoter.quote(request);
        const sdk = runSdkQuote(buildSdkParams(sdkPool, sdkArrays, request));
        // The SDK refuses to touch more than 3 arrays (TickArrayCrossingAboveMax); elsewhere it must agree.
        if (!sdk.ok) {
          expect(["TickArrayCrossingAboveMax", "TickArraySequenceInvalid"]).toContain(sdk.error);
          continue;
        }
        compared++;
        expect({ amount, ...sdk }).toEqual({ amount, ok: true, amountIn: q.amountIn, amountOut: q.amountOut, fee: q.fee, endSqrtPrice: q.endSqrtPrice, endTickIndex: q.endTickIndex });
      }
      expect(quoter.tickArrayCount(aToB)).toBe(seq.length);
    }
    expect(compared).toBeGreaterThan(20);
  });
});
