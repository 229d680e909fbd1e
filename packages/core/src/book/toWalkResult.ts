import { Decimal } from "decimal.js";
import { scaledToDecimal } from "../money/scaledToDecimal";
import { divideToSignificant } from "./divideToSignificant";
import type { WalkResult } from "./ReadonlyOrderBook";

/** VWAP is the one inexact value of a walk: a quotient, rounded half-even to this many significant digits. */
const VWAP_DIGITS = 40;

/**
 * Builds the Decimal {@link WalkResult} from exact scaled totals (a handful of Decimals per walk, none per
 * level).
 * @internal
 */
export function toWalkResult(
  requested: Decimal,
  filledBase: number | bigint,
  baseScale: number,
  filledQuote: bigint,
  quoteScale: number,
  worstPrice: number | undefined,
  priceScale: number,
  levelsConsumed: number,
  complete: boolean,
): WalkResult {
  const nothing = filledBase === 0 || filledBase === 0n;
  return Object.freeze({
    requested,
    filledBase: scaledToDecimal(filledBase, baseScale),
    filledQuote: scaledToDecimal(filledQuote, quoteScale),
    // Prices are > 0, so a non-zero fill has a positive quote total.
    vwap: nothing ? undefined : new Decimal(divideToSignificant(filledQuote, BigInt(filledBase), baseScale - quoteScale, VWAP_DIGITS)),
    worstPrice: worstPrice === undefined ? undefined : scaledToDecimal(worstPrice, priceScale),
    levelsConsumed,
    complete,
  });
}
