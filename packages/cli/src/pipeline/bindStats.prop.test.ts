import { createEventBus } from "@arbkit/core";
import type { ArbitrageEngine, EngineEvents, TradeRecord } from "@arbkit/engines";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindStats } from "./bindStats";
import { addDecimal, createRunStats, type RunStats } from "./createRunStats";

/** The engines' exact decimal (60 significant digits): amounts with more digits than RunStats sums keep. */
const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

const amount = fc.oneof(
  fc.constantFrom("0", "-0", "1", "-1", "0.1", "-0.1"),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).chain((n) => fc.integer({ min: -45, max: 5 }).map((e) => new Dec(`${n}e${e}`).toFixed())),
).map((s) => new Dec(s));

/** What a trade event carries that RunStats reads. */
interface TradeInput {
  readonly realizedPnl: Decimal;
  readonly expectedPnl: Decimal;
  readonly fees: readonly Decimal[];
  readonly shortfall: Readonly<Record<"cexSlippage" | "fees" | "total", Decimal>>;
  readonly tsEnd: number;
}

const trade: fc.Arbitrary<TradeInput> = fc.record({
  realizedPnl: amount,
  expectedPnl: amount,
  fees: fc.array(amount, { maxLength: 3 }),
  shortfall: fc.record({ cexSlippage: amount, fees: amount, total: amount }),
  tsEnd: fc.integer({ min: 0, max: 2 ** 40 }),
});

/** A bus standing in for the engine: bindStats only reads `engine.events`. */
function fakeEngine() {
  const events = createEventBus<EngineEvents>();
  return { engine: { events } as unknown as ArbitrageEngine, events };
}

/** RunStats folded with addDecimal on every string, as bindStats did before it kept running Decimals. */
function reference(trades: readonly TradeInput[]) {
  let realizedPnl = "0";
  let expectedPnl = "0";
  let fees = "0";
  let cumulative = "0";
  const shortfall: Record<string, string> = {};
  const pnlSeries: { ts: number; value: number }[] = [];
  for (const t of trades) {
    realizedPnl = addDecimal(realizedPnl, t.realizedPnl.toFixed());
    expectedPnl = addDecimal(expectedPnl, t.expectedPnl.toFixed());
    for (const f of t.fees) fees = addDecimal(fees, f.toFixed());
    for (const [k, v] of Object.entries(t.shortfall)) shortfall[k] = addDecimal(shortfall[k] ?? "0", v.toFixed());
    cumulative = addDecimal(cumulative, t.realizedPnl.toFixed());
    pnlSeries.push({ ts: t.tsEnd, value: Number(cumulative) });
  }
  return { realizedPnl, expectedPnl, fees, shortfall, pnlSeries };
}

const publishTrade = (events: ReturnType<typeof fakeEngine>["events"], t: TradeInput): void =>
  events.publish("trade", {
    ...t,
    // Fee cash flows are negative values; RunStats adds their negation.
    cashFlows: [{ kind: "trade", value: new Dec(5) }, ...t.fees.map((f) => ({ kind: "fee", value: f.neg() }))],
  } as unknown as TradeRecord);

const sums = (s: RunStats) => ({ realizedPnl: s.realizedPnl, expectedPnl: s.expectedPnl, fees: s.fees, shortfall: { ...s.shortfall }, pnlSeries: [...s.pnlSeries] });

describe("bindStats", () => {
  it("sums trades into exactly the strings addDecimal gives (rounded to 20 significant digits the same way)", () => {
    fc.assert(
      fc.property(fc.array(trade, { maxLength: 25 }), (trades) => {
        const { engine, events } = fakeEngine();
        const stats = createRunStats();
        const off = bindStats(stats, engine);
        for (const t of trades) publishTrade(events, t);
        off();
        expect(sums(stats)).toEqual(reference(trades));
        expect(stats.trades).toBe(trades.length);
        expect(stats.wins).toBe(trades.filter((t) => t.realizedPnl.gt(0)).length);
      }),
      { numRuns: 300 },
    );
  });

  it("continues from a sum someone else rewrote", () => {
    const { engine, events } = fakeEngine();
    const stats = createRunStats();
    bindStats(stats, engine);
    const t = { realizedPnl: new Dec("1.5"), expectedPnl: new Dec("2"), fees: [new Dec("0.25")], shortfall: { cexSlippage: new Dec(0), fees: new Dec(0), total: new Dec("0.5") }, tsEnd: 1 };
    publishTrade(events, t);
    stats.realizedPnl = "100";
    stats.fees = "-3";
    publishTrade(events, t);
    expect([stats.realizedPnl, stats.expectedPnl, stats.fees]).toEqual(["101.5", "4", "-2.75"]);
  });

  it("refuses a non-finite amount as addDecimal did, with DECIMAL_INVALID", () => {
    const { engine, events } = fakeEngine();
    const stats = createRunStats();
    bindStats(stats, engine);
    const t = { realizedPnl: new Dec(Number.NaN), expectedPnl: new Dec(1), fees: [], shortfall: { cexSlippage: new Dec(0), fees: new Dec(0), total: new Dec(0) }, tsEnd: 1 };
    expect(() => publishTrade(events, t)).toThrow(/DECIMAL_INVALID|Not a decimal string/);
  });
});
