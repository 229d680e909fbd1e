// fast-check generators of valid Whirlpool states (synthetic): random positions give consistent
// liquidityNet / liquidityGross, the active liquidity is the sum of the positions holding the current
// tick, and the price sits on a tick boundary, strictly inside a tick, or on a boundary with the tick
// one below (the state a downward swap ending exactly on a tick leaves behind).
import fc from "fast-check";
import {
  MAX_TICK_INDEX,
  MIN_TICK_INDEX,
  getSqrtPriceAtTick,
  type TickArrayState,
  type TickState,
  type WhirlpoolState,
} from "@arbkit/core";

export const TICK_SPACINGS = [1, 2, 4, 8, 16, 64, 96, 128, 256, 32896] as const;

export interface GeneratedPool {
  readonly pool: WhirlpoolState;
  /** Every array that holds an initialized tick or lies around the current tick (ascending). */
  readonly arrays: readonly TickArrayState[];
  readonly priceMode: "onTick" | "insideTick" | "tickBelow";
}

interface Position {
  readonly lower: number;
  readonly upper: number;
  readonly liquidity: bigint;
}

const bigintWithBits = (minBits: number, maxBits: number): fc.Arbitrary<bigint> =>
  fc
    .integer({ min: minBits, max: maxBits })
    .chain((bits) => fc.bigInt({ min: bits === 1 ? 1n : 1n << BigInt(bits - 1), max: (1n << BigInt(bits)) - 1n }));

function arrayStart(tick: number, span: number): number {
  return Math.floor(tick / span) * span;
}

function buildArrays(ts: number, tickCurrentIndex: number, positions: readonly Position[]): TickArrayState[] {
  const span = 88 * ts;
  const nets = new Map<number, bigint>();
  const gross = new Map<number, bigint>();
  for (const p of positions) {
    for (const [tick, sign] of [[p.lower, 1n], [p.upper, -1n]] as const) {
      nets.set(tick, (nets.get(tick) ?? 0n) + sign * p.liquidity);
      gross.set(tick, (gross.get(tick) ?? 0n) + p.liquidity);
    }
  }
  const starts = new Set<number>();
  const here = arrayStart(tickCurrentIndex, span);
  for (let k = -3; k <= 3; k++) starts.add(here + k * span);
  for (const tick of gross.keys()) starts.add(arrayStart(tick, span));
  const valid = [...starts].filter((s) => s + span > MIN_TICK_INDEX && s <= MAX_TICK_INDEX).sort((a, b) => a - b);
  return valid.map((start) => ({
    startTickIndex: start,
    ticks: Array.from({ length: 88 }, (_, i): TickState => {
      const index = start + i * ts;
      const g = gross.get(index);
      return g === undefined
        ? { initialized: false, liquidityNet: 0n, liquidityGross: 0n }
        : { initialized: true, liquidityNet: nets.get(index) ?? 0n, liquidityGross: g };
    }),
  }));
}

/** A valid pool with positions within a few arrays of the current tick (sometimes near the range ends). */
export const arbitraryPool: fc.Arbitrary<GeneratedPool> = fc
  .record({
    ts: fc.constantFrom(...TICK_SPACINGS),
    where: fc.oneof(
      { weight: 5, arbitrary: fc.double({ min: -0.02, max: 0.02, noNaN: true }) },
      { weight: 3, arbitrary: fc.double({ min: -1, max: 1, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 1) },
    ),
    priceMode: fc.constantFrom("onTick", "insideTick", "tickBelow") as fc.Arbitrary<GeneratedPool["priceMode"]>,
    inside: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    feeRate: fc.oneof(fc.constantFrom(0, 100, 500, 3000, 10000, 65535), fc.integer({ min: 0, max: 65535 })),
    protocolFeeRate: fc.oneof(fc.constantFrom(0, 300, 2500), fc.integer({ min: 0, max: 2500 })),
    positions: fc.array(
      fc.record({
        a: fc.integer({ min: -400, max: 400 }),
        b: fc.integer({ min: -400, max: 400 }),
        liquidity: fc.oneof({ weight: 4, arbitrary: bigintWithBits(1, 70) }, { weight: 1, arbitrary: bigintWithBits(70, 110) }),
        fullRange: fc.boolean(),
      }),
      { minLength: 0, maxLength: 8 },
    ),
  })
  .map(({ ts, where, priceMode, inside, feeRate, protocolFeeRate, positions }) => {
    const minInit = Math.ceil(MIN_TICK_INDEX / ts) * ts;
    const maxInit = Math.floor(MAX_TICK_INDEX / ts) * ts;
    let tick = Math.round(where * MAX_TICK_INDEX);
    tick = Math.min(Math.max(tick, MIN_TICK_INDEX), MAX_TICK_INDEX - 1);
    let sqrtPrice = getSqrtPriceAtTick(tick);
    let tickCurrentIndex = tick;
    if (priceMode === "insideTick") {
      const width = getSqrtPriceAtTick(tick + 1) - sqrtPrice;
      sqrtPrice += BigInt(Math.floor(inside * Number(width))) % width;
    } else if (priceMode === "tickBelow") {
      tickCurrentIndex = tick - 1;
    }
    // Position bounds: offsets (in spacings) around the current tick, clamped to initializable ticks.
    const base = Math.round(tick / ts) * ts;
    const clampInit = (t: number): number => Math.min(Math.max(t, minInit), maxInit);
    const built: Position[] = [];
    for (const p of positions) {
      let lower = p.fullRange ? minInit : clampInit(base + Math.min(p.a, p.b) * ts);
      let upper = p.fullRange ? maxInit : clampInit(base + Math.max(p.a, p.b) * ts);
      if (lower === upper) {
        if (upper + ts <= maxInit) upper += ts;
        else lower -= ts;
      }
      built.push({ lower, upper, liquidity: p.liquidity });
    }
    const liquidity = built
      .filter((p) => p.lower <= tickCurrentIndex && tickCurrentIndex < p.upper)
      .reduce((sum, p) => sum + p.liquidity, 0n);
    const pool: WhirlpoolState = { tickSpacing: ts, feeRate, protocolFeeRate, liquidity, sqrtPrice, tickCurrentIndex };
    const generated: GeneratedPool = { pool, arrays: buildArrays(ts, tickCurrentIndex, built), priceMode };
    // Shrunk counterexamples print the pool and its positions, not 88 × n tick slots.
    Object.defineProperty(generated, fc.toStringMethod, {
      value: () =>
        `{pool:${fc.stringify(pool)},priceMode:"${priceMode}",positions:${fc.stringify(built)},arrays:[${generated.arrays.map((a) => a.startTickIndex).join(",")}]}`,
    });
    return generated;
  });

/** A swap request: amounts log-uniform over 1 … 2^64 − 1, an optional limit a random distance away. */
export const arbitrarySwap = fc.record({
  aToB: fc.boolean(),
  exactIn: fc.boolean(),
  amount: fc.oneof(
    { weight: 6, arbitrary: bigintWithBits(1, 64) },
    { weight: 1, arbitrary: fc.constantFrom(1n, 2n, (1n << 64n) - 1n, (1n << 64n) - 2n) },
  ),
  limitTicks: fc.option(fc.integer({ min: 0, max: 40_000 }), { freq: 3 }),
  arrayCount: fc.constantFrom(1, 2, 3, 3, 3),
});
