import { describe, expect, it } from "vitest";
import { type MarketEvents, type PoolStateEvent, TestClock, createEventBus, topics } from "@arbkit/core";
import { bookEvent, coinbaseSolUsd, geminiSolUsd, liveStatus, orcaSolUsdc, solUsdTwoVenuePair, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import type { PoolQuoterFactory } from "../signal/PoolQuoter";
import { defaultPoolQuoter } from "../signal/defaultPoolQuoter";
import { createArbitrageEngine } from "./createArbitrageEngine";
import type { EngineEvents } from "./EngineEvents";

const pair = solUsdTwoVenuePair;

/** A composed engine over a SYNTHETIC market: the pool bids ~21 while Coinbase offers at 20.00. */
function setup(options: { balances?: boolean; rebalanceThreshold?: string; autoTransfer?: boolean; createPoolQuoter?: PoolQuoterFactory; quiet?: boolean } = {}) {
  const clock = new TestClock(1_000);
  const market = createEventBus<MarketEvents>();
  const engine = createArbitrageEngine({
    clock,
    market,
    pairs: [pair],
    ...(options.createPoolQuoter === undefined ? {} : { signal: { createPoolQuoter: options.createPoolQuoter } }),
    ...(options.balances === false
      ? {}
      : {
          inventory: {
            balances: [
              { venue: "coinbase", asset: "USD", amount: "5000" },
              { venue: "coinbase", asset: "SOL", amount: "100" },
              { venue: "orca", asset: "SOL", amount: "100" },
              { venue: "orca", asset: "USDC", amount: "5000" },
            ],
            rebalanceThreshold: options.rebalanceThreshold ?? "0.25",
            transfers: [{ asset: "SOL", fee: "0.01", delayMs: 60_000 }],
            autoTransfer: options.autoTransfer ?? false,
          },
        }),
  });
  const seen: { -readonly [K in keyof EngineEvents]?: EngineEvents[K][] } = {};
  const kinds = ["opportunity", "riskDecision", "riskState", "trade", "legFailure", "inventory", ...(options.quiet === true ? [] : ["rebalanceSuggestion" as const])] as const;
  for (const kind of kinds) {
    engine.events.subscribe(kind, (e) => ((seen[kind] ??= []) as unknown[]).push(e));
  }
  const live = () => {
    for (const i of [coinbaseSolUsd, geminiSolUsd, orcaSolUsdc]) market.publish(topics.status(i.venue), liveStatus(i, clock.now()));
  };
  let slot = 1_000;
  const pool = () =>
    market.publish(topics.pool(orcaSolUsdc.id), syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: clock.now(), slot: ++slot }));
  const book = () => market.publish(topics.book(coinbaseSolUsd.id), bookEvent(coinbaseSolUsd, [["19.99", "50"]], [["20.00", "30"], ["20.05", "40"]], clock.now()));
  const gemini = () => market.publish(topics.book(geminiSolUsd.id), bookEvent(geminiSolUsd, [["20.5", "50"]], [["20.6", "30"]], clock.now()));
  return { clock, market, engine, seen, live, pool, book, gemini };
}

describe("createArbitrageEngine", () => {
  it("runs signal → risk → paper execution → inventory, and the trade realizes exactly what was expected when nothing moves", () => {
    const { clock, engine, seen, live, pool, book } = setup();
    live();
    pool();
    book();
    clock.advanceTo(3_000);
    expect(seen.opportunity).toHaveLength(1);
    expect(seen.riskDecision?.[0]?.approved).toBe(true);
    const trade = seen.trade![0]!;
    expect(trade.status).toBe("filled");
    expect(trade.realizedPnl.toFixed()).toBe(seen.opportunity![0]!.netPnl.toFixed());
    expect(trade.shortfall.total.isZero()).toBe(true);
    const balance = (venue: string, asset: string) => engine.inventory!.available(venue as never, asset as never)!.toFixed();
    // Bought 49.95 SOL for 999.9975 USD + 5.999985 fee on Coinbase; sold them into the pool for 1042.780427 USDC.
    expect(balance("coinbase", "USD")).toBe("3994.002515");
    expect(balance("coinbase", "SOL")).toBe("149.95");
    expect(balance("orca", "USDC")).toBe("6042.780427");
    expect(balance("orca", "SOL")).toBe("50.0499948");
  });

  it("prices the signal and the paper swap with one quoter factory: the given one, else a shared one quoting like defaultPoolQuoter", () => {
    const quoted: PoolStateEvent[] = [];
    const counting: PoolQuoterFactory = (event) => {
      quoted.push(event);
      return defaultPoolQuoter(event);
    };
    const run = (createPoolQuoter?: PoolQuoterFactory) => {
      const { clock, seen, live, pool, book } = setup(createPoolQuoter === undefined ? {} : { createPoolQuoter });
      live();
      pool();
      book();
      clock.advanceTo(3_000);
      // A new state, then a trade landing on it.
      pool();
      book();
      clock.advanceTo(6_000);
      return seen;
    };
    const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x));
    const shared = run();
    const given = run(counting);
    expect(json(shared)).toBe(json(given));
    expect(given.trade).toHaveLength(2);
    // Each state was quoted by the signal when priced and again by the executor when the swap landed on it.
    expect(quoted).toHaveLength(4);
    expect(new Set(quoted).size).toBe(2);
  });

  it("suggests a rebalance when a venue's share drifts past the threshold, and a simulated transfer lands after its delay", () => {
    const { clock, engine, seen, live, pool, book } = setup({ rebalanceThreshold: "0.2", autoTransfer: true });
    live();
    pool();
    book();
    clock.advanceTo(3_000);
    const s = seen.rebalanceSuggestion!.find((x) => x.asset === "SOL")!;
    // SOL: 149.95 on Coinbase vs 50.0499948 in the wallet; the equal split is 99.9999974 each.
    expect([s.from, s.to, s.amount.toFixed(), s.estimatedFee.toFixed(), s.estimatedDelayMs]).toEqual(["coinbase", "orca", "49.9500026", "0.01", 60_000]);
    expect(engine.inventory!.available("orca" as never, "SOL" as never)!.toFixed()).toBe("50.0499948");
    clock.advanceBy(60_000);
    expect(engine.inventory!.available("orca" as never, "SOL" as never)!.toFixed()).toBe("99.9899974");
    expect(engine.inventory!.available("coinbase" as never, "SOL" as never)!.toFixed()).toBe("99.9999974");
  });

  it("delivers the same rebalance suggestions to a subscriber that arrives late as to one there from the start", () => {
    const run = (quiet: boolean) => {
      const { clock, engine, seen, live, pool, book } = setup({ rebalanceThreshold: "0.2", quiet });
      const late: EngineEvents["rebalanceSuggestion"][] = [];
      live();
      pool();
      book();
      clock.advanceTo(3_000);
      engine.events.subscribe("rebalanceSuggestion", (s) => late.push(s));
      for (const t of [6_000, 9_000]) {
        pool();
        book();
        clock.advanceTo(t);
      }
      return { early: seen.rebalanceSuggestion ?? [], late, trades: seen.trade?.length };
    };
    const listened = run(false);
    const quiet = run(true);
    expect(quiet.trades).toBe(3);
    expect(listened.early.length).toBeGreaterThan(listened.late.length);
    expect(listened.late.length).toBeGreaterThan(0);
    expect(quiet.late).toEqual(listened.late);
    expect(quiet.early).toEqual([]);
  });

  it("pauses on stale data by itself and resumes when the data is fresh again", () => {
    const { clock, engine, seen, live, pool, book, gemini } = setup();
    live();
    pool();
    gemini();
    clock.advanceTo(10_000); // every input is now older than its limit
    // Coinbase never sent data ("no data yet" since the status went live); Gemini and the pool aged out.
    const paused = seen.riskState!.filter((e) => e.action === "paused" && e.kind === "stale");
    expect(paused.map((e) => `${e.by}: ${e.reason}`)).toEqual([
      "coinbase:SOL-USD: coinbase:SOL-USD has no data yet",
      "gemini:SOLUSD: gemini:SOLUSD has no data yet",
      "orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ: orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ has no data yet",
      // Within one 250 ms check of crossing each limit:
      "gemini:SOLUSD: gemini:SOLUSD data is 2250 ms old (limit 2000 ms)",
      "orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ: orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ data is 5250 ms old (limit 5000 ms)",
    ]);
    const before = seen.riskState!.length;
    pool();
    book();
    const resumed = seen.riskState!.slice(before).filter((e) => e.action === "resumed").map((e) => e.by);
    expect(resumed.sort()).toEqual(["coinbase:SOL-USD", "orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ"]);
    expect(engine.risk.getState().staleSources).toEqual(["gemini:SOLUSD"]);
    // Coinbase × pool is fresh: that trade goes ahead although Gemini is still stale.
    expect(seen.riskDecision!.at(-1)!.approved).toBe(true);
  });

  it("manual pause denies with a reason until resumed; the kill switch is final", () => {
    const { clock, engine, seen, live, pool, book } = setup();
    live();
    pool();
    engine.risk.pause("alice", "maintenance");
    book();
    expect(seen.riskDecision!.at(-1)!.reasons.map((r) => r.code)).toEqual(["PAUSED_MANUAL"]);
    expect(seen.riskState!.find((e) => e.kind === "manual")).toMatchObject({ action: "paused", by: "alice", reason: "maintenance" });
    engine.risk.resume("alice", "done");
    book();
    expect(seen.riskDecision!.at(-1)!.approved).toBe(true);
    clock.advanceTo(3_000);
    engine.risk.kill("bob", "incident");
    engine.risk.resume("bob", "try");
    pool();
    book();
    expect(seen.riskDecision!.at(-1)!.reasons.map((r) => r.code)).toEqual(["KILL_SWITCH"]);
  });

  it("does not trade the same pool state twice (a paper swap does not move the real pool)", () => {
    const { engine, clock, seen, live, pool, book } = setup();
    live();
    pool();
    book();
    clock.advanceTo(3_000);
    book();
    // The signal engine no longer sizes the used state (the risk gate would deny it: POOL_STATE_USED).
    expect(seen.riskDecision!.map((d) => d.reasons.map((r) => r.code))).toEqual([[]]);
    expect(seen.opportunity).toHaveLength(1);
    expect(engine.signal.getEvaluations().map((e) => e.outcome)).toContain("poolStateUsed");
    pool(); // a new pool state: the (still mispriced) pool is decided on at once
    expect(seen.riskDecision!.at(-1)!.approved).toBe(true);
  });

  it("stop() unsubscribes from the market bus", () => {
    const { engine, seen, live, pool, book } = setup({ balances: false });
    live();
    pool();
    engine.stop();
    book();
    expect(seen.opportunity).toBeUndefined();
  });
});
