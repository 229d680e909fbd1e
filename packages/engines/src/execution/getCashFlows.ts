import { Dec as Decimal } from "../math/Dec";
import type { Opportunity } from "../signal/Opportunity";
import type { CashFlow, CexFill, PoolFill } from "./TradeRecord";

const ZERO = new Decimal(0);

const flow = (leg: CashFlow["leg"], kind: CashFlow["kind"], venue: CashFlow["venue"], asset: CashFlow["asset"], amount: Decimal, value: Decimal): CashFlow[] =>
  amount.isZero() && value.isZero() ? [] : [{ leg, kind, venue, asset, amount, value }];

/** The cash flows of one CEX fill (trade leg or unwind): base in/out (value 0), quote out/in, fee. */
export function getCexFlows(op: Opportunity, leg: "cex" | "unwind", fill: CexFill): CashFlow[] {
  const { venue, base, quote } = op.cexLeg;
  const sign = fill.side === "buy" ? 1 : -1;
  return [
    ...flow(leg, "trade", venue, base, fill.filled.mul(sign), ZERO),
    ...flow(leg, "trade", venue, quote, fill.quote.mul(-sign), fill.quote.mul(-sign)),
    ...flow(leg, "fee", venue, quote, fill.fee.neg(), fill.fee.neg()),
  ];
}

/**
 * The cash flows of the swap transaction: the swap itself when it succeeded (pool quote token valued at
 * the opportunity's conversion rate) and the network fee in SOL — the pair's base, which the pair model
 * requires to be SOL — at the pool venue, valued as the opportunity priced it. A failed transaction pays
 * the fee too; only one the wallet could not pay the fee for (`networkFeePaid: false`) does not.
 */
export function getPoolFlows(op: Opportunity, fill: PoolFill): CashFlow[] {
  const { venue, base, quote, side } = op.poolLeg;
  const sign = side === "buy" ? 1 : -1;
  const lamports = new Decimal(op.costs.networkFeeLamports.toString()).div(1e9);
  return [
    ...(fill.success
      ? [
          ...flow("pool", "trade", venue, base, fill.base.mul(sign), ZERO),
          ...flow("pool", "trade", venue, quote, fill.quote.mul(-sign), fill.quote.mul(-sign).mul(op.costs.conversionRate)),
        ]
      : []),
    ...(fill.networkFeePaid ? flow("network", "fee", venue, base, lamports.neg(), op.costs.networkFee.neg()) : []),
  ];
}

/**
 * Every cash flow of a trade in order (CEX leg, swap, network fee, unwind), valued in the CEX currency.
 * Base flows carry value 0: they cancel when hedged, or remain as exposure. Exact Decimal arithmetic.
 */
export function getCashFlows(op: Opportunity, cex: CexFill, pool: PoolFill, unwind: CexFill | undefined): CashFlow[] {
  return [...getCexFlows(op, "cex", cex), ...getPoolFlows(op, pool), ...(unwind === undefined ? [] : getCexFlows(op, "unwind", unwind))];
}
