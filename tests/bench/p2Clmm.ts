// P2: Whirlpool swap quotes crossing 0, 1 and 10 initialized ticks, ours (prepared pool) vs the
// SDK's swapQuoteWithParams on the same synthetic state; results are verified identical before timing.
import { createSwapQuoter, getSqrtPriceAtTick, type SwapQuoteRequest, type TickArrayState, type WhirlpoolState } from "@arbkit/core";
import { buildSdkParams, runSdkQuote, sdkSequence, toSdkTickArrays, toSdkWhirlpool } from "../support/orcaSdk";
import type { BenchResult, BenchWorkload } from "./BenchResult";
import { fmt, nowNs, quantile } from "./measure";

const TICK_SPACING = 64;
const SPAN = 88 * TICK_SPACING;
const POSITIONS = 30;
const LIQUIDITY_EACH = 2_000_000_000_000n;

/** Synthetic SOL/USDC-like pool: nested positions with a bound every 64 ticks on both sides of tick 20. */
function buildPool(): { pool: WhirlpoolState; arrays: TickArrayState[] } {
  const nets = new Map<number, bigint>();
  for (let k = 1; k <= POSITIONS; k++) {
    nets.set(-k * TICK_SPACING, (nets.get(-k * TICK_SPACING) ?? 0n) + LIQUIDITY_EACH);
    nets.set(k * TICK_SPACING, (nets.get(k * TICK_SPACING) ?? 0n) - LIQUIDITY_EACH);
  }
  const arrays = [-2 * SPAN, -SPAN, 0, SPAN, 2 * SPAN].map((start) => ({
    startTickIndex: start,
    ticks: Array.from({ length: 88 }, (_, i) => {
      const net = nets.get(start + i * TICK_SPACING);
      return net === undefined
        ? { initialized: false, liquidityNet: 0n, liquidityGross: 0n }
        : { initialized: true, liquidityNet: net, liquidityGross: net < 0n ? -net : net };
    }),
  }));
  const pool: WhirlpoolState = {
    tickSpacing: TICK_SPACING,
    feeRate: 3000,
    protocolFeeRate: 300,
    liquidity: LIQUIDITY_EACH * BigInt(POSITIONS),
    sqrtPrice: getSqrtPriceAtTick(20) + 123_456_789n,
    tickCurrentIndex: 20,
  };
  return { pool, arrays };
}

/** Smallest exact-in a→b amount (by bisection) that crosses `crossings` ticks and stops mid-range. */
function amountCrossing(quote: (amount: bigint) => number, crossings: number): bigint {
  let lo = 1n;
  let hi = 1n << 62n;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (quote(mid) > crossings) hi = mid;
    else lo = mid + 1n;
  }
  // `lo` crosses one tick too many: go 40 % back into the range below it.
  let low = 1n;
  let high = lo;
  while (low < high) {
    const mid = (low + high) / 2n;
    if (quote(mid) >= crossings) high = mid;
    else low = mid + 1n;
  }
  return low + ((lo - low) * 6n) / 10n;
}

function medianNsPerCall(fn: () => void, batch: number, batches: number): number {
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = nowNs();
    for (let i = 0; i < batch; i++) fn();
    samples.push(Number(nowNs() - start) / batch);
  }
  return quantile(samples, 0.5);
}

export const p2Clmm: BenchWorkload = {
  id: "P2",
  title: "Whirlpool swap quotes (prepared pool vs @orca-so/whirlpools-sdk swapQuoteWithParams)",
  async run({ quick, log }) {
    const { pool, arrays } = buildPool();
    const quoter = createSwapQuoter(pool, arrays);
    const sdkPool = toSdkWhirlpool(pool);
    const sdkArrays = toSdkTickArrays(sdkSequence(arrays.filter((a) => a.startTickIndex <= 0), true).slice(0, 3));
    const crossingsOf = (amount: bigint): number => quoter.quote({ aToB: true, exactIn: true, amount }).ticksCrossed;
    const results: BenchResult[] = [];
    for (const crossings of [0, 1, 10]) {
      const amount = amountCrossing(crossingsOf, crossings);
      const request: SwapQuoteRequest = { aToB: true, exactIn: true, amount };
      const ours = quoter.quote(request);
      const params = buildSdkParams(sdkPool, sdkArrays, request);
      const sdk = runSdkQuote(params);
      // Verify before timing: identical amounts, fee, end price and tick, and the intended crossings.
      if (
        !sdk.ok ||
        ours.ticksCrossed !== crossings ||
        sdk.amountIn !== ours.amountIn ||
        sdk.amountOut !== ours.amountOut ||
        sdk.fee !== ours.fee ||
        sdk.endSqrtPrice !== ours.endSqrtPrice ||
        sdk.endTickIndex !== ours.endTickIndex
      ) {
        throw new Error(`P2: results differ for ${crossings} crossings: ours ${JSON.stringify(ours, (_, v) => (typeof v === "bigint" ? v.toString() : v))} sdk ${JSON.stringify(sdk, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`);
      }
      let sink = 0n;
      const oursFn = (): void => {
        sink += quoter.quote(request).amountOut;
      };
      const sdkFn = (): void => {
        runSdkQuote(params);
      };
      const batches = quick ? 7 : 21;
      // Warm both paths, then time them interleaved so machine noise hits both alike.
      medianNsPerCall(oursFn, 2_000, 3);
      medianNsPerCall(sdkFn, 100, 3);
      // Alternate one batch of each so load changes on the shared machine hit both alike.
      const oursNs: number[] = [];
      const sdkNs: number[] = [];
      for (let round = 0; round < batches * 3; round++) {
        oursNs.push(medianNsPerCall(oursFn, quick ? 200 : 1_000, 1));
        sdkNs.push(medianNsPerCall(sdkFn, quick ? 5 : 20, 1));
      }
      // Cold: a fresh prepared pool and its first quote (what a pool update costs before the cache is warm).
      const coldNs = medianNsPerCall(() => createSwapQuoter(pool, arrays).quote(request), quick ? 20 : 100, batches);
      const oursMedian = quantile(oursNs, 0.5);
      const sdkMedian = quantile(sdkNs, 0.5);
      const ratio = sdkMedian / oursMedian;
      if (sink === -1n) log("unreachable");
      log(`  ${crossings} crossings: amount ${amount}, ours ${fmt(oursMedian, 0)} ns (cold ${fmt(coldNs, 0)} ns), sdk ${fmt(sdkMedian, 0)} ns`);
      results.push({
        name: `P2 quote crossing ${crossings} tick${crossings === 1 ? "" : "s"} (synthetic)`,
        unit: "ns/quote",
        ours: oursMedian,
        peer: sdkMedian,
        peerName: "orca-sdk 0.22.0",
        ratio,
        target: ">= 20x",
        met: ratio >= 20,
        extra: { amountIn: amount.toString(), ticksCrossed: crossings, prepareAndFirstQuoteNs: Math.round(coldNs) },
      });
    }
    const prepareNs = medianNsPerCall(() => createSwapQuoter(pool, arrays), quick ? 20 : 100, quick ? 5 : 11);
    log(`  createSwapQuoter (5 arrays, ${POSITIONS * 2} initialized ticks): ${fmt(prepareNs / 1000, 1)} µs`);
    return results;
  },
};
