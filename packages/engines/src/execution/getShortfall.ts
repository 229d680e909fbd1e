import { Dec as Decimal } from "../math/Dec";
import type { Opportunity } from "../signal/Opportunity";
import type { CexFill, PoolFill, Shortfall } from "./TradeRecord";

/**
 * Splits expected − realized PnL (CEX currency, positive = worse) into components. Prices are compared
 * "adversely": a higher buy or a lower sell counts positive. The touch (CEX) and spot (pool) moves
 * between decision and fill, times the filled size, are `latencyDrift`; the rest of each leg's price
 * difference is `cexSlippage` / `dexPriceImpact`; `fees` is paid minus expected (a network fee the
 * wallet could not pay counts as saved); `legRisk` is what remains (unfilled, rejected or failed size and
 * its unwind, capped or not), so the components always sum to `total` exactly. The expected cost of a
 * partial CEX fill is pro rata, rounded half-even to 18 decimals.
 */
export function getShortfall(op: Opportunity, cex: CexFill, pool: PoolFill, unwind: CexFill | undefined, realized: Decimal): Shortfall {
  const rate = op.costs.conversionRate;
  const buyCex = op.direction === "cexToPool";
  const zero = new Decimal(0);
  // The expected cost of the filled part: pro rata, a division that need not terminate, so rounded to 18
  // decimals; every other figure is then a finite decimal well within the precision, and the components
  // (legRisk being the remainder) sum to `total` exactly.
  const expectedCexQuote = op.cexLeg.notional.mul(cex.filled).div(op.cexLeg.size).toDecimalPlaces(18, Decimal.ROUND_HALF_EVEN);
  const cexPrice = buyCex ? cex.quote.sub(expectedCexQuote) : expectedCexQuote.sub(cex.quote);
  const touchMove = cex.touchPrice === undefined || cex.filled.isZero() ? zero : cex.touchPrice.sub(op.inputs.cexTouchPrice);
  const cexDrift = (buyCex ? touchMove : touchMove.neg()).mul(cex.filled);
  let poolPrice = zero;
  let poolDrift = zero;
  if (pool.success) {
    // Selling into the pool (cexToPool): less quote out is worse; buying from it: more quote in is worse.
    poolPrice = (buyCex ? op.poolLeg.quoteAmount.sub(pool.quote) : pool.quote.sub(op.poolLeg.quoteAmount)).mul(rate);
    const spotMove = pool.spotPrice.sub(op.inputs.poolSpotPrice);
    poolDrift = (buyCex ? spotMove.neg() : spotMove).mul(pool.base).mul(rate);
  }
  // The network fee is paid as expected, success or not, unless the wallet could not pay it at all.
  const unpaidNetworkFee = pool.networkFeePaid ? zero : op.costs.networkFee;
  const fees = cex.fee.add(unwind?.fee ?? zero).sub(op.costs.cexFee).sub(unpaidNetworkFee);
  const total = op.netPnl.add(op.costs.slippageBuffer).sub(realized);
  const cexSlippage = cexPrice.sub(cexDrift);
  const dexPriceImpact = poolPrice.sub(poolDrift);
  const latencyDrift = cexDrift.add(poolDrift);
  const legRisk = total.sub(cexSlippage).sub(dexPriceImpact).sub(fees).sub(latencyDrift);
  return { cexSlippage, dexPriceImpact, fees, latencyDrift, legRisk, total };
}
