import type { SeededRandom } from "./createSeededRandom";

/** One change of a synthetic book: `size` is the new absolute size in size units (0 removes the level). */
export interface SyntheticLevelChange {
  readonly side: "bid" | "ask";
  /** Price in price units (integer). */
  readonly price: number;
  /** New absolute size in size units (integer); 0 removes the level. */
  readonly size: number;
}

/** Options for {@link createSyntheticBook}. */
export interface SyntheticBookOptions {
  /** Distance between adjacent levels, in price units. */
  readonly step: number;
  /** Levels kept on each side. */
  readonly levelsPerSide: number;
  /** Half the quoted spread, in price units (the touch is at least this far from the mid). */
  readonly halfSpread: number;
  /** Smallest and largest level size, in size units. */
  readonly minSize: number;
  readonly maxSize: number;
  /** Sizes are multiples of this many size units (venues' lot sizes look rounder than raw randomness). */
  readonly sizeQuantum: number;
}

/** A synthetic L2 book that follows a mid price and reports its changes as absolute-size level updates. */
export interface SyntheticBook {
  /** Moves the book around `mid` (price units) and re-sizes a few levels; returns the changes (never empty). */
  applyMid(mid: number): SyntheticLevelChange[];
  /** The whole book, bids best-first then asks best-first. */
  levels(): SyntheticLevelChange[];
}

/**
 * Creates a {@link SyntheticBook}. Levels sit on a grid of `step`; the book is never crossed because the
 * touch is derived from one mid on both sides. Used by the scenario generator only.
 */
export function createSyntheticBook(rng: SeededRandom, options: SyntheticBookOptions): SyntheticBook {
  const bids = new Map<number, number>();
  const asks = new Map<number, number>();
  const { step, levelsPerSide, halfSpread } = options;
  const randomSize = (): number => {
    const quanta = Math.floor(options.minSize / options.sizeQuantum) + rng.int(0, Math.floor((options.maxSize - options.minSize) / options.sizeQuantum));
    return quanta * options.sizeQuantum;
  };
  const sorted = (side: Map<number, number>, descending: boolean): number[] =>
    [...side.keys()].sort((a, b) => (descending ? b - a : a - b));

  const reshape = (side: Map<number, number>, name: "bid" | "ask", wanted: readonly number[], out: SyntheticLevelChange[]): void => {
    const keep = new Set(wanted);
    for (const price of sorted(side, name === "bid")) {
      if (!keep.has(price)) {
        side.delete(price);
        out.push({ side: name, price, size: 0 });
      }
    }
    for (const price of wanted) {
      if (!side.has(price)) {
        const size = randomSize();
        side.set(price, size);
        out.push({ side: name, price, size });
      }
    }
  };

  return {
    applyMid(mid: number): SyntheticLevelChange[] {
      const bestBid = Math.floor((mid - halfSpread) / step) * step;
      let bestAsk = Math.ceil((mid + halfSpread) / step) * step;
      if (bestAsk <= bestBid) bestAsk = bestBid + step;
      const out: SyntheticLevelChange[] = [];
      reshape(bids, "bid", Array.from({ length: levelsPerSide }, (_, i) => bestBid - i * step), out);
      reshape(asks, "ask", Array.from({ length: levelsPerSide }, (_, i) => bestAsk + i * step), out);
      // Resting orders come and go near the touch more than deep in the book.
      const resizes = rng.int(1, 3);
      for (let i = 0; i < resizes; i++) {
        const side = rng.next() < 0.5 ? bids : asks;
        const name = side === bids ? "bid" : "ask";
        const depth = Math.min(levelsPerSide - 1, Math.floor(rng.next() * rng.next() * levelsPerSide));
        const price = (name === "bid" ? bestBid - depth * step : bestAsk + depth * step);
        const size = randomSize();
        // One entry per level per frame keeps frames easy to read; a level just added is left alone.
        if (!out.some((c) => c.side === name && c.price === price) && side.get(price) !== size) {
          side.set(price, size);
          out.push({ side: name, price, size });
        }
      }
      return out;
    },
    levels(): SyntheticLevelChange[] {
      return [
        ...sorted(bids, true).map((price) => ({ side: "bid" as const, price, size: bids.get(price) ?? 0 })),
        ...sorted(asks, false).map((price) => ({ side: "ask" as const, price, size: asks.get(price) ?? 0 })),
      ];
    },
  };
}
