import { Decimal } from "decimal.js";
import { formatScaled } from "../money/formatScaled";
import { scaledToDecimal } from "../money/scaledToDecimal";
import type { WalkResult } from "./ReadonlyOrderBook";

// VWAP is the one inexact value of a walk: a quotient, rounded half-even to 40 significant digits.
const Decimal40 = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

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
    vwap: nothing
      ? undefined
      : new Decimal(Decimal40.div(formatScaled(filledQuote, quoteScale), formatScaled(filledBase, baseScale)).toString()),
    worstPrice: worstPrice === undefined ? undefined : scaledToDecimal(worstPrice, priceScale),
    levelsConsumed,
    complete,
  });
}
