/** A deterministic pseudo-random source. Only IEEE-exact arithmetic is used, so output is byte-identical on every platform. */
export interface SeededRandom {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  /** A uniform number in [lo, hi). */
  between(lo: number, hi: number): number;
  /**
   * An approximately standard-normal number (Irwin–Hall: the sum of 12 uniforms minus 6), chosen over
   * Box–Muller because it needs no `Math.log`/`Math.cos`, whose last bits may differ between engines.
   */
  normal(): number;
}

/**
 * Creates a {@link SeededRandom} (mulberry32, 32-bit state). The same seed always yields the same sequence.
 *
 * @param seed Any integer; only its low 32 bits are used.
 * @example
 * ```ts
 * const rng = createSeededRandom(42);
 * rng.int(1, 6);
 * ```
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    between: (lo, hi) => lo + next() * (hi - lo),
    normal: () => {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += next();
      return sum - 6;
    },
  };
}
