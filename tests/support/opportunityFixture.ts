import { Decimal } from "decimal.js";
import type { Opportunity } from "@arbkit/engines";
import { coinbaseSolUsd, orcaSolUsdc } from "./engineFixtures";

/** A hand-made cexToPool opportunity (test data, not from a market): buy `size` SOL on Coinbase at `price`. */
export function opportunityFixture(o: {
  readonly id?: string;
  readonly size?: string;
  readonly price?: string;
  readonly cexTsInit?: number;
  readonly poolTsInit?: number;
  readonly poolSlot?: number;
  readonly tsDecision?: number;
  /** The CEX buy's funds hold. @default notional + fee */
  readonly fundsHold?: string;
}): Opportunity {
  const size = new Decimal(o.size ?? "10");
  const price = new Decimal(o.price ?? "20");
  const notional = size.mul(price);
  const fee = notional.mul("0.006");
  const poolQuote = notional.mul("1.02");
  return {
    id: o.id ?? "SOL-USD:coinbase:cexToPool:0:1",
    pair: "SOL-USD",
    direction: "cexToPool",
    tsDecision: o.tsDecision ?? 0,
    cexLeg: { venue: coinbaseSolUsd.venue, instrument: coinbaseSolUsd.id, base: coinbaseSolUsd.base.symbol, quote: coinbaseSolUsd.quote.symbol, side: "buy", size, expectedPrice: price, worstPrice: price, notional, fee, fundsHold: o.fundsHold === undefined ? notional.add(fee) : new Decimal(o.fundsHold) },
    poolLeg: {
      venue: orcaSolUsdc.venue, instrument: orcaSolUsdc.id, base: orcaSolUsdc.base.symbol, quote: orcaSolUsdc.quote.symbol, pool: orcaSolUsdc.venueSymbol, side: "sell", size,
      expectedPrice: poolQuote.div(size), quoteAmount: poolQuote, quoteAtoms: BigInt(poolQuote.mul(1e6).toFixed(0)), baseAtoms: BigInt(size.mul(1e9).toFixed(0)),
      poolFee: size.mul("0.003"), slot: o.poolSlot ?? 100, aToB: true, exactIn: true,
    },
    costs: { cexFee: fee, poolFee: notional.mul("0.003"), networkFee: new Decimal("0.0001"), networkFeeLamports: 5000n, slippageBuffer: new Decimal(0), conversionRate: new Decimal(1) },
    grossPnl: poolQuote.sub(notional),
    netPnl: poolQuote.sub(notional).sub(fee).sub("0.0001"),
    edgeBps: poolQuote.sub(notional).sub(fee).sub("0.0001").mul(10_000).div(notional),
    inputs: { cexTsInit: o.cexTsInit ?? 0, cexTsEvent: o.cexTsInit ?? 0, cexAgeMs: 0, poolTsInit: o.poolTsInit ?? 0, poolAgeMs: 0, poolSlot: o.poolSlot ?? 100, cexTouchPrice: price, poolSpotPrice: price.mul("1.023") },
  };
}
