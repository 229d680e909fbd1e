import type { SeededRandom } from "./createSeededRandom";

/** Options for {@link createMidPricePath}. */
export interface MidPricePathOptions {
  /** Starting mid price (quote per base, e.g. USD per SOL). */
  readonly start: number;
  /** Number of steps after the start. */
  readonly steps: number;
  /** Standard deviation of the relative move per step (e.g. 0.00012 = 1.2 bps). */
  readonly volatility: number;
  /** Probability of a jump at each step. */
  readonly jumpProbability: number;
  /** Smallest and largest relative jump (e.g. 0.01 … 0.025); the sign is random. */
  readonly jumpMin: number;
  readonly jumpMax: number;
}

/**
 * A seeded random-walk mid price with occasional jumps: what the CEX books follow. Returns `steps + 1`
 * prices (index 0 is `start`). Jumps are what make the lagging pool mispriced for a while.
 */
export function createMidPricePath(rng: SeededRandom, options: MidPricePathOptions): number[] {
  const path = [options.start];
  let mid = options.start;
  for (let i = 0; i < options.steps; i++) {
    mid *= 1 + options.volatility * rng.normal();
    if (rng.next() < options.jumpProbability) {
      const size = rng.between(options.jumpMin, options.jumpMax);
      // Mean-reverting sign keeps a long scenario near its start price instead of drifting away.
      const up = rng.next() < (mid < options.start ? 0.7 : 0.3);
      mid *= up ? 1 + size : 1 - size;
    }
    path.push(mid);
  }
  return path;
}
