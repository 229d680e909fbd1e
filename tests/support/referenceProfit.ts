import { Decimal as D } from "decimal.js";
import { createSwapQuoter } from "@arbkit/core";
import type { MarketScenario } from "./engineArbitraries";

/** Decimal with enough precision that nothing below is rounded (reference arithmetic for tests). */
export const Decimal = D.clone({ precision: 80 });

/** One size's profit by an independent Decimal implementation (core book walk + core swap quote). */
export interface ReferenceEvaluation {
  readonly profit: InstanceType<typeof Decimal>;
  readonly notional: InstanceType<typeof Decimal>;
  /** Whether the net edge reaches the threshold: profit × 10 000 ≥ threshold × notional. */
  readonly clears: boolean;
}

/**
 * Reference net profit (USD) of trading `lots` × 0.001 SOL in `direction`, exact: book walk, taker fee,
 * exact pool quote (USDC = USD), 5200 lamports network fee at the pool's spot price, slippage buffer.
 * `undefined` when infeasible (depth, liquidity, the notional cap, USD 1000 by default).
 */
export function referenceProfit(s: Omit<MarketScenario, symbol>, direction: "cexToPool" | "poolToCex", lots: number, maxNotional = 1000): ReferenceEvaluation | undefined {
  const size = new Decimal(lots).div(1000);
  const atoms = BigInt(lots) * 1_000_000n;
  const fee = new Decimal(s.pair.cex[0]!.takerFeeRate);
  const quoter = createSwapQuoter(s.pool.state, s.pool.tickArrays);
  const sqrt = new Decimal(s.pool.state.sqrtPrice.toString());
  const network = new Decimal(5200).mul(sqrt.pow(2)).div(new Decimal(2).pow(128)).div(1e6);
  const buy = direction === "cexToPool";
  const walk = buy ? s.book.book.walkBuy(size.toFixed()) : s.book.book.walkSell(size.toFixed());
  if (!walk.complete) return undefined;
  const notional = new Decimal(walk.filledQuote.toFixed());
  if (notional.gt(maxNotional)) return undefined;
  const q = quoter.quote({ aToB: buy, exactIn: buy, amount: atoms });
  if (!q.filled) return undefined;
  const poolUsd = new Decimal((buy ? q.amountOut : q.amountIn).toString()).div(1e6);
  const cexFee = notional.mul(fee);
  const buffer = notional.mul(s.bufferBps).div(10_000);
  const profit = (buy ? poolUsd.sub(notional) : notional.sub(poolUsd)).sub(cexFee).sub(network).sub(buffer);
  return { profit, notional, clears: profit.gt(0) && profit.mul(10_000).gte(notional.mul(s.minEdgeBps)) };
}
