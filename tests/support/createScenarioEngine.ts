import { Decimal } from "decimal.js";
import { type BookEvent, type EventBus, type Instrument, type MarketEvents, TestClock, createEventBus } from "@arbkit/core";
import { type ArbitrageEngine, type ArbitrageEngineOptions, createArbitrageEngine } from "@arbkit/engines";
import type { MarketScenario } from "./engineArbitraries";
import { bookEvent } from "./engineFixtures";

/** Starting balances of a scenario engine (decimal strings). */
export interface ScenarioBalances {
  readonly cexUsd: string;
  readonly cexSol: string;
  readonly orcaSol: string;
  readonly orcaUsdc: string;
}

/** A composed engine over a {@link MarketScenario}, with its clock, market bus and CEX instrument. */
export interface ScenarioEngine {
  readonly clock: TestClock;
  readonly market: EventBus<MarketEvents>;
  readonly cex: Instrument;
  readonly engine: ArbitrageEngine;
  /** Every balance the engine's inventory ever reported negative (venue, asset, balance, cause). */
  readonly negative: readonly string[];
}

/**
 * Builds the composed engine the engine property tests run (SYNTHETIC): the scenario's pair and thresholds,
 * four balances (USD and SOL at the CEX, SOL and USDC at Orca), and any execution or risk settings.
 */
export function createScenarioEngine(
  s: MarketScenario,
  ts: number,
  balances: ScenarioBalances,
  options: Pick<ArbitrageEngineOptions, "execution" | "risk"> & { readonly networkFeeLamports?: bigint } = {},
): ScenarioEngine {
  const clock = new TestClock(ts);
  const market = createEventBus<MarketEvents>();
  const cex = s.pair.cex[0]!.instrument;
  const engine = createArbitrageEngine({
    clock,
    market,
    pairs: [s.pair],
    signal: { minEdgeBps: s.minEdgeBps, slippageBufferBps: s.bufferBps, ...(options.networkFeeLamports === undefined ? {} : { networkFeeLamports: options.networkFeeLamports }) },
    ...(options.execution === undefined ? {} : { execution: options.execution }),
    ...(options.risk === undefined ? {} : { risk: options.risk }),
    inventory: {
      balances: [
        { venue: cex.venue, asset: "USD", amount: balances.cexUsd },
        { venue: cex.venue, asset: "SOL", amount: balances.cexSol },
        { venue: "orca", asset: "SOL", amount: balances.orcaSol },
        { venue: "orca", asset: "USDC", amount: balances.orcaUsdc },
      ],
    },
  });
  const negative: string[] = [];
  engine.events.subscribe("inventory", (e) => {
    for (const c of e.changes) if (c.balance.isNegative()) negative.push(`${c.venue} ${c.asset} ${c.balance.toFixed()} after ${e.cause}`);
  });
  return { clock, market, cex, engine, negative };
}

/**
 * The scenario's CEX book with every price moved by `moveBps` (rounded to cents) and, when `thin`, every size
 * cut to a quarter (rounded up to 0.001); asks that would cross the moved best bid are dropped (SYNTHETIC).
 */
export function movedScenarioBook(s: MarketScenario, cex: Instrument, moveBps: number, thin: boolean, ts: number): BookEvent {
  const shift = (side: "bid" | "ask") =>
    s.book.book.depth(side).map((l) => [new Decimal(l.price).mul(1 + moveBps / 10_000).toDecimalPlaces(2).toFixed(2), thin ? new Decimal(l.size).div(4).toDecimalPlaces(3, Decimal.ROUND_UP).toFixed() : l.size] as const);
  const bids = shift("bid");
  const asks = shift("ask").filter(([p]) => new Decimal(p).gt(bids[0]![0]));
  return bookEvent(cex, bids, asks, ts);
}
