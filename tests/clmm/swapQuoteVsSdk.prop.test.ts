// Differential property test: our prepared-pool quote vs @orca-so/whirlpools-sdk 0.22.0's
// swapQuoteWithParams on generated valid pools (synthetic). Equal amounts, fee, end sqrt price and end
// tick whenever the SDK succeeds; our typed "tickArraysExhausted" result where the SDK throws for
// running out of tick arrays; a typed ArbError wherever the SDK throws a math error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_SQRT_PRICE,
  MAX_TICK_INDEX,
  MIN_SQRT_PRICE,
  MIN_TICK_INDEX,
  createSwapQuoter,
  getSqrtPriceAtTick,
  getTickAtSqrtPrice,
  isArbError,
  type SwapQuote,
  type TickArrayState,
} from "@arbkit/core";
import { sdkQuote, type SdkOutcome } from "../support/orcaSdk";
import { arbitraryPool, arbitrarySwap, type GeneratedPool } from "./arbitraryWhirlpool";

const divergences = { tickBelow: 0, limitAtPrice: 0 };
const RUNS = Number(process.env.ARBKIT_PROP_RUNS ?? 10_000);
const SDK_MATH_ERRORS = new Set([
  "MultiplicationOverflow",
  "MultiplicationShiftRightOverflow",
  "TokenMaxExceeded",
  "TokenMinSubceeded",
  "AmountCalcOverflow",
  "DivideByZero",
  "MulDivOverflow",
]);

/** The arrays the SDK (and a swap instruction) would get: `count` contiguous ones in sequence order. */
function sequenceFor(g: GeneratedPool, aToB: boolean, count: number): TickArrayState[] {
  const span = 88 * g.pool.tickSpacing;
  const from = aToB ? g.pool.tickCurrentIndex : g.pool.tickCurrentIndex + g.pool.tickSpacing;
  const first = Math.floor(from / span) * span;
  const out: TickArrayState[] = [];
  for (let i = 0; i < count; i++) {
    const start = first + (aToB ? -i : i) * span;
    const array = g.arrays.find((a) => a.startTickIndex === start);
    if (array === undefined) break;
    out.push(array);
  }
  return out;
}

function limitFor(g: GeneratedPool, aToB: boolean, ticks: number | null): bigint | undefined {
  if (ticks === null) return undefined;
  const tick = Math.min(Math.max(g.pool.tickCurrentIndex + (aToB ? -ticks : ticks), MIN_TICK_INDEX), MAX_TICK_INDEX);
  const price = getSqrtPriceAtTick(tick);
  // Keep the limit strictly on the trade's side: the SDK rejects a limit equal to the current price.
  if (aToB ? price >= g.pool.sqrtPrice : price <= g.pool.sqrtPrice) return aToB ? MIN_SQRT_PRICE : MAX_SQRT_PRICE;
  return price;
}

type Ours = { ok: true; quote: SwapQuote } | { ok: false; code: string; programError?: string };

function ours(g: GeneratedPool, arrays: TickArrayState[], request: Parameters<ReturnType<typeof createSwapQuoter>["quote"]>[0]): Ours {
  try {
    return { ok: true, quote: createSwapQuoter(g.pool, arrays).quote(request) };
  } catch (error) {
    if (isArbError(error, "CLMM_MATH_OVERFLOW") || isArbError(error, "CLMM_AMOUNT_OVERFLOW")) {
      return { ok: false, code: error.code, programError: error.context.programError };
    }
    throw error;
  }
}

/** Returns "" when the two agree (or differ only as documented), else a description. */
function compare(g: GeneratedPool, sdk: SdkOutcome, our: Ours): string {
  if (sdk.ok) {
    if (!our.ok) return `SDK ok, we threw ${our.code}/${our.programError}`;
    const q = our.quote;
    const same =
      q.amountIn === sdk.amountIn && q.amountOut === sdk.amountOut && q.fee === sdk.fee && q.endSqrtPrice === sdk.endSqrtPrice;
    if (!same) return `figures differ: ours ${q.amountIn}/${q.amountOut}/${q.fee}/${q.endSqrtPrice} sdk ${sdk.amountIn}/${sdk.amountOut}/${sdk.fee}/${sdk.endSqrtPrice}`;
    if (q.endTickIndex === sdk.endTickIndex) return "";
    // Documented divergence: a step that does not move the price leaves the program's tick as it was,
    // which is t − 1 when the price sits exactly on tick t after crossing it downwards (at the start or
    // earlier in the same swap); the SDK recomputes t from the price. The program's t − 1 is the
    // consistent state (tick t's liquidity is already applied).
    const onBoundary = getSqrtPriceAtTick(sdk.endTickIndex) === q.endSqrtPrice;
    if (onBoundary && sdk.endTickIndex === getTickAtSqrtPrice(q.endSqrtPrice) && q.endTickIndex === sdk.endTickIndex - 1) {
      divergences.tickBelow++;
      return "";
    }
    return `end tick differs: ours ${q.endTickIndex} sdk ${sdk.endTickIndex}`;
  }
  if (sdk.error === "TickArraySequenceInvalid") {
    if (!our.ok) return `SDK ran out of arrays, we threw ${our.code}/${our.programError}`;
    return our.quote.stopReason === "tickArraysExhausted" ? "" : `SDK ran out of arrays, we say ${our.quote.stopReason}`;
  }
  if (sdk.error === "InvalidSqrtPriceLimitDirection") {
    // Documented divergence: at a price already equal to the limit (e.g. MIN/MAX with no explicit
    // limit) the SDK throws, while the program runs no step and swaps nothing.
    const noop = our.ok && our.quote.amountIn === 0n && our.quote.amountOut === 0n && our.quote.endSqrtPrice === g.pool.sqrtPrice;
    if (noop) divergences.limitAtPrice++;
    return noop ? "" : "SDK rejected the limit direction and we did not return a no-op";
  }
  if (SDK_MATH_ERRORS.has(sdk.error)) return our.ok ? `SDK threw ${sdk.error}, we quoted ${our.quote.stopReason}` : "";
  return `unexpected SDK error ${sdk.error}`;
}

describe("createSwapQuoter vs @orca-so/whirlpools-sdk swapQuoteWithParams", () => {
  it(`agrees on ${RUNS} generated pools and swaps`, () => {
    const tally = new Map<string, number>();
    fc.assert(
      fc.property(arbitraryPool, arbitrarySwap, (g, s) => {
        const arrays = sequenceFor(g, s.aToB, s.arrayCount);
        fc.pre(arrays.length > 0);
        const request = { aToB: s.aToB, exactIn: s.exactIn, amount: s.amount, sqrtPriceLimit: limitFor(g, s.aToB, s.limitTicks) };
        const sdk = sdkQuote(g.pool, arrays, request);
        const our = ours(g, arrays, request);
        const key = sdk.ok ? (our.ok ? our.quote.stopReason : "?") : sdk.error;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        expect(compare(g, sdk, our)).toBe("");
      }),
      { numRuns: RUNS },
    );
    if (process.env.ARBKIT_PROP_VERBOSE !== undefined) console.log(Object.fromEntries(tally), divergences);
    // The generator must reach every interesting outcome, or the property proves little.
    expect(tally.get("filled") ?? 0).toBeGreaterThan(RUNS / 10);
    expect(tally.get("TickArraySequenceInvalid") ?? 0).toBeGreaterThan(RUNS / 100);
    expect(tally.get("priceLimit") ?? 0).toBeGreaterThan(RUNS / 100);
  });
});
