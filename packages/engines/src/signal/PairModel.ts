import { ArbError, type Instrument, parseScaled } from "@arbkit/core";
import { type Ratio, parseRatio } from "../math/Ratio";
import type { ArbPair } from "./ArbPair";

/** One CEX venue of a resolved pair (internal). */
export interface CexModel {
  /** The instrument. */
  readonly instrument: Instrument;
  /** Taker fee as a fraction. */
  readonly takerFee: Ratio;
}

/** A pair with every configured string resolved into exact integers (internal). */
export interface PairModel {
  /** The configuration. */
  readonly pair: ArbPair;
  /** CEX venues. */
  readonly cex: readonly CexModel[];
  /** The pool instrument. */
  readonly pool: Instrument;
  /** Whether the base is the pool's token A. */
  readonly baseIsA: boolean;
  /** Decimals of a base atom (the pool's base token). */
  readonly baseDecimals: number;
  /** Decimals of a pool quote-token atom. */
  readonly quoteDecimals: number;
  /** Decimals of a value unit (10^-valueDecimals of the CEX quote currency). */
  readonly valueDecimals: number;
  /** Base atoms per lot. */
  readonly lotAtoms: bigint;
  /** Smallest size in lots. */
  readonly minLots: number;
  /** Largest size in lots. */
  readonly maxLots: number;
}

const invalid = (path: string, value: unknown, expected: string): ArbError<"CONFIG_INVALID"> =>
  new ArbError("CONFIG_INVALID", `${path}: expected ${expected}`, { path, value, expected });

/**
 * Resolves an {@link ArbPair}: fee ratios, the lot in base atoms (every CEX size increment must divide
 * it), and the size bounds in lots (min rounded up, max rounded down).
 * @throws ArbError `CONFIG_INVALID` naming the offending key.
 */
export function createPairModel(pair: ArbPair, path: string): PairModel {
  const base = pair.pool.instrument.base;
  if (!/^[A-Za-z0-9._/-]{1,32}$/.test(pair.id)) throw invalid(`${path}.id`, pair.id, "1-32 of A-Z a-z 0-9 . _ / - (no ':', it separates topic keys)");
  if (pair.cex.length === 0) throw invalid(`${path}.cex`, pair.cex, "at least one CEX venue");
  if (base.symbol !== "SOL") {
    throw invalid(`${path}.pool.instrument`, base.symbol, "a SOL-based pool (network fees are priced at its SOL price)");
  }
  const baseDecimals = base.decimals;
  const atoms = (value: string, key: string): bigint => {
    try {
      return parseScaled(value, baseDecimals);
    } catch {
      throw invalid(`${path}.${key}`, value, `a size in whole base atoms (≤ ${baseDecimals} decimals)`);
    }
  };
  const increments = pair.cex.map((c, i) => atoms(c.instrument.sizeIncrement, `cex[${i}].instrument.sizeIncrement`));
  const lotAtoms =
    pair.sizeIncrement === undefined ? increments.reduce((a, b) => (a > b ? a : b)) : atoms(pair.sizeIncrement, "sizeIncrement");
  if (lotAtoms <= 0n) throw invalid(`${path}.sizeIncrement`, pair.sizeIncrement, "a positive size");
  increments.forEach((inc, i) => {
    if (lotAtoms % inc !== 0n) throw invalid(`${path}.sizeIncrement`, pair.sizeIncrement, `a multiple of cex[${i}]'s size increment`);
  });
  const minAtoms = pair.minSize === undefined ? lotAtoms : atoms(pair.minSize, "minSize");
  const maxAtoms = atoms(pair.maxSize, "maxSize");
  const minLots = Math.max(1, Number((minAtoms + lotAtoms - 1n) / lotAtoms));
  const maxLots = Number(maxAtoms / lotAtoms);
  if (maxLots < minLots) throw invalid(`${path}.maxSize`, pair.maxSize, "at least minSize and one size increment");
  const quoteDecimals = pair.pool.instrument.quote.decimals;
  return {
    pair,
    cex: pair.cex.map((c, i) => ({ instrument: c.instrument, takerFee: parseRatio(c.takerFeeRate, `${path}.cex[${i}].takerFeeRate`) })),
    pool: pair.pool.instrument,
    baseIsA: (pair.pool.baseToken ?? "A") === "A",
    baseDecimals,
    quoteDecimals,
    valueDecimals: Math.max(18, baseDecimals + 9, quoteDecimals),
    lotAtoms,
    minLots,
    maxLots,
  };
}
