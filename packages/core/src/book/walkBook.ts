import type { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import { POW10 } from "../money/pow10";
import type { WalkResult } from "./ReadonlyOrderBook";
import type { ScaledWalk } from "./ScaledWalk";
import type { SideLevels } from "./SideLevels";
import { toScaledQuantity } from "./toScaledQuantity";
import { toWalkResult } from "./toWalkResult";
import { walkSideBig, walkSideBudget, walkSideFast } from "./walkSide";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The fast walk behind `walkBuyScaled` / `walkSellScaled`: works at the larger of the request's and the
 * book's size scale, exact.
 * @throws ArbError `QUANTITY_INVALID`
 * @internal
 */
export function walkScaled(levels: SideLevels, baseUnits: number, baseScale: number, priceScale: number, sizeScale: number): ScaledWalk {
  const workScale = baseScale > sizeScale ? baseScale : sizeScale;
  const requested = baseUnits * (POW10[workScale - baseScale] as number);
  const valid = Number.isSafeInteger(baseUnits) && baseUnits >= 0 && Number.isInteger(baseScale) && baseScale >= 0 && baseScale <= 36;
  if (!valid || requested > MAX_SAFE) {
    throw new ArbError("QUANTITY_INVALID", `Invalid fast-walk request ${baseUnits} at scale ${baseScale}`, {
      quantity: `${baseUnits}e-${baseScale}`,
      reason: "expected a safe integer ≥ 0 that stays safe at the book's size scale (use walkBuy/walkSell otherwise)",
    });
  }
  const factor = workScale - sizeScale;
  const t = walkSideFast(levels, requested, POW10[factor] as number) ?? walkSideBig(levels, BigInt(requested), 10n ** BigInt(factor));
  const filledBase = Number(t.filledBase);
  return {
    requested,
    filledBase,
    baseScale: workScale,
    filledQuote: t.filledQuote,
    quoteScale: priceScale + workScale,
    worstPrice: t.worstPrice,
    priceScale,
    levelsConsumed: t.levelsConsumed,
    complete: filledBase === requested,
  };
}

/**
 * The Decimal walk behind `walkBuy` / `walkSell`: the fast walk when the request fits, bigint otherwise.
 * @throws ArbError `QUANTITY_INVALID`
 * @internal
 */
export function walkQuantity(levels: SideLevels, quantity: Decimal | string, priceScale: number, sizeScale: number): WalkResult {
  const q = toScaledQuantity(quantity);
  const workScale = Math.max(q.scale, sizeScale);
  const requested = q.units * 10n ** BigInt(workScale - q.scale);
  const factor = workScale - sizeScale;
  const fast = requested <= BigInt(MAX_SAFE) && factor <= 22 ? walkSideFast(levels, Number(requested), POW10[factor] as number) : undefined;
  const t = fast ?? walkSideBig(levels, requested, 10n ** BigInt(factor));
  const complete = BigInt(t.filledBase) === requested;
  return toWalkResult(q.decimal, t.filledBase, workScale, t.filledQuote, priceScale + workScale, t.worstPrice, priceScale, t.levelsConsumed, complete);
}

/**
 * The budget walk behind `walkBuyWithQuote` (bigint arithmetic; base rounded down to the size scale).
 * @throws ArbError `QUANTITY_INVALID`
 * @internal
 */
export function walkBudget(levels: SideLevels, quoteBudget: Decimal | string, priceScale: number, sizeScale: number): WalkResult {
  const q = toScaledQuantity(quoteBudget);
  const bookQuoteScale = priceScale + sizeScale;
  const quoteScale = Math.max(q.scale, bookQuoteScale);
  const budget = q.units * 10n ** BigInt(quoteScale - q.scale);
  const t = walkSideBudget(levels, budget, 10n ** BigInt(quoteScale - bookQuoteScale));
  return toWalkResult(q.decimal, t.filledBase, sizeScale, t.filledQuote, quoteScale, t.worstPrice, priceScale, t.levelsConsumed, t.exhausted);
}
