import fc from "fast-check";
import { Decimal } from "../../../../tests/support/referenceProfit";
import { describe, expect, it } from "vitest";
import { topics } from "@arbkit/core";
import { marketScenario, type MarketScenario } from "../../../../tests/support/engineArbitraries";
import { liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { createScenarioEngine, movedScenarioBook } from "../../../../tests/support/createScenarioEngine";

const TS = 1_000;

/** What happens between the decision and the fills (SYNTHETIC market moves). */
const moves = fc.record({
  cexMoveBps: fc.option(fc.integer({ min: -150, max: 150 }), { nil: undefined }),
  thinCex: fc.boolean(),
  poolMoveBps: fc.option(fc.integer({ min: -150, max: 150 }), { nil: undefined }),
  moveAtMs: fc.integer({ min: 0, max: 1_000 }),
  cexMs: fc.integer({ min: 1, max: 1_000 }),
  solMs: fc.integer({ min: 1, max: 1_500 }),
  unwind: fc.constantFrom("cexMarket" as const, "none" as const),
  dexSlippageBps: fc.constantFrom("0", "20", "100"),
});

type Moves = typeof moves extends fc.Arbitrary<infer T> ? T : never;

function run(s: MarketScenario, m: Moves) {
  const { clock, market, cex, engine } = createScenarioEngine(s, TS, { cexUsd: "2000", cexSol: "200", orcaSol: "200", orcaUsdc: "2000" }, {
    execution: { latency: { cexRoundTripMs: { [s.pair.cex[0]!.instrument.venue]: m.cexMs }, solanaLandingMs: m.solMs }, unwindPolicy: m.unwind, dexSlippageBps: m.dexSlippageBps },
    risk: { maxBookAgeMs: 5_000, maxPoolAgeMs: 5_000 },
  });
  const log: { topic: string; event: unknown }[] = [];
  for (const kind of ["opportunity", "riskDecision", "riskState", "trade", "legFailure", "inventory", "rebalanceSuggestion"] as const) {
    engine.events.subscribe(kind, (event, topic) => log.push({ topic, event }));
  }
  market.publish(topics.status(cex.venue), liveStatus(cex, TS));
  market.publish(topics.status(orcaSolUsdc.venue), liveStatus(orcaSolUsdc, TS));
  market.publish(topics.pool(orcaSolUsdc.id), s.pool);
  market.publish(topics.book(cex.id), s.book);
  clock.advanceBy(m.moveAtMs);
  if (m.cexMoveBps !== undefined) market.publish(topics.book(cex.id), movedScenarioBook(s, cex, m.cexMoveBps, m.thinCex, clock.now()));
  if (m.poolMoveBps !== undefined) {
    const price = new Decimal(s.pool.state.sqrtPrice.toString()).pow(2).div(new Decimal(2).pow(128)).mul(1000).toNumber();
    const moved = syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(price * (1 + m.poolMoveBps / 10_000)), liquidity: s.pool.state.liquidity, feeRate: s.pool.state.feeRate, tsInit: clock.now(), slot: s.pool.slot + 1 });
    market.publish(topics.pool(orcaSolUsdc.id), moved);
  }
  clock.advanceBy(10_000);
  engine.stop();
  return { engine, log };
}

const json = (value: unknown): string => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v));

describe("composed engine (property)", () => {
  it("PnL identity: every trade's cash flows, fees and unwinds sum to its reported PnL, and match the inventory's moves", () => {
    let trades = 0;
    const statuses = new Set<string>();
    fc.assert(
      fc.property(marketScenario(TS), moves, (s, m) => {
        const { engine, log } = run(s, m);
        for (const { event, topic } of log) {
          if (!topic.startsWith("trade")) continue;
          const t = event as import("../execution/TradeRecord").TradeRecord;
          trades++;
          statuses.add(t.status);
          const sum = t.cashFlows.reduce((acc, f) => acc.add(f.value), new Decimal(0));
          expect(sum.eq(t.realizedPnl)).toBe(true);
          // Independently, from the inventory's own records of every balance this trade moved:
          const moved = log.filter((l) => l.topic === "inventory" && (l.event as { cause: string }).cause === t.id).flatMap((l) => (l.event as import("../inventory/InventoryTypes").InventoryEvent).changes);
          const op = log.find((l) => l.topic.startsWith("opportunity") && (l.event as { id: string }).id === t.opportunityId)!.event as import("../signal/Opportunity").Opportunity;
          const delta = (venue: string, asset: string) => moved.filter((c) => c.venue === venue && c.asset === asset).reduce((a, c) => a.add(c.delta), new Decimal(0));
          const lamports = new Decimal(op.costs.networkFeeLamports.toString()).div(1e9);
          const cashPnl = delta(op.cexLeg.venue, "USD").add(delta("orca", "USDC").mul(op.costs.conversionRate)).sub(op.costs.networkFee);
          expect(cashPnl.eq(t.realizedPnl)).toBe(true);
          expect(delta(op.cexLeg.venue, "SOL").add(delta("orca", "SOL")).add(lamports).eq(t.residualExposure)).toBe(true);
          const sf = t.shortfall;
          expect(sf.cexSlippage.add(sf.dexPriceImpact).add(sf.fees).add(sf.latencyDrift).add(sf.legRisk).eq(sf.total)).toBe(true);
          expect(op.netPnl.add(op.costs.slippageBuffer).sub(t.realizedPnl).eq(sf.total)).toBe(true);
          if (t.status === "filled") expect(t.residualExposure.isZero() && sf.legRisk.abs().lt("1e-12")).toBe(true);
        }
        const ledger = engine.executor.ledger;
        const fromEvents = log.filter((l) => l.topic.startsWith("legFailure")).reduce((a, l) => a.add((l.event as { realizedPnl: InstanceType<typeof Decimal> }).realizedPnl), new Decimal(0));
        expect(ledger.realizedPnl().eq(fromEvents)).toBe(true);
      }),
      { numRuns: 200 },
    );
    // The random scenarios must exercise clean fills and leg failures with unwinds (trades where both
    // legs fail are rarer; createPaperExecutor.test.ts pins one).
    expect(trades).toBeGreaterThan(20);
    expect(statuses.has("filled") && statuses.has("legFailure")).toBe(true);
  });

  it("identical inputs under the test clock give identical outputs", () => {
    fc.assert(
      fc.property(marketScenario(TS), moves, (s, m) => {
        expect(json(run(s, m).log)).toBe(json(run(s, m).log));
      }),
      { numRuns: 60 },
    );
  });

  it("no paper balance goes negative: sizes reserve the network fee in SOL besides what each leg pays", () => {
    // Tight, random starting balances (some below one network fee) and several rounds of fresh data, so
    // sizes are capped by the balances left over from earlier trades in either direction. Prices do not
    // move between decision and fill here; with moves, the executor bounds each fill by the balances at
    // fill time (createPaperExecutor.prop.test.ts).
    const wallets = fc.record({
      cexUsd: fc.constantFrom("0", "15", "300", "2000"),
      cexSol: fc.constantFrom("0", "0.5", "20", "200"),
      orcaSol: fc.constantFrom("0", "0.000005", "0.0000152", "0.5", "20.000001", "200"),
      orcaUsdc: fc.constantFrom("0", "15", "300", "2000"),
      lamports: fc.constantFrom(5_200n, 19_425n, 150_000n),
      rounds: fc.integer({ min: 1, max: 4 }),
    });
    let trades = 0;
    fc.assert(
      fc.property(marketScenario(TS), wallets, (s, w) => {
        const { clock, market, cex, engine, negative } = createScenarioEngine(s, TS, w, { networkFeeLamports: w.lamports });
        let capped = 0;
        engine.events.subscribe("trade", () => trades++);
        engine.events.subscribe("riskDecision", (d) => {
          if (d.reasons.some((r) => r.code === "INVENTORY_USAGE")) capped++;
        });
        market.publish(topics.status(cex.venue), liveStatus(cex, TS));
        market.publish(topics.status(orcaSolUsdc.venue), liveStatus(orcaSolUsdc, TS));
        for (let round = 0; round < w.rounds; round++) {
          // The same prices again, as new data (a new pool slot), once the previous trade has settled.
          market.publish(topics.pool(orcaSolUsdc.id), { ...s.pool, slot: s.pool.slot + round, tsEvent: clock.now(), tsInit: clock.now() });
          market.publish(topics.book(cex.id), { ...s.book, tsEvent: clock.now(), tsInit: clock.now() });
          clock.advanceBy(3_000);
        }
        engine.stop();
        expect(negative).toEqual([]);
        // The signal's caps are at least as strict as the risk gate's needs: nothing is denied for inventory.
        expect(capped).toBe(0);
      }),
      { numRuns: 300 },
    );
    expect(trades).toBeGreaterThan(20);
  });
});
