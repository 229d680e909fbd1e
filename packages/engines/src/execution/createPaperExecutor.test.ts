import { describe, expect, it } from "vitest";
import { type InstrumentId, type PoolStateEvent, type ReadonlyOrderBook, TestClock, deepFreeze, getSqrtPriceAtTick } from "@arbkit/core";
import { bookEvent, coinbaseSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { type InitialBalance, type InventoryEvent } from "../inventory/InventoryTypes";
import { createInventory } from "../inventory/createInventory";
import type { PoolQuoterFactory } from "../signal/PoolQuoter";
import { createSignalEngine } from "../signal/createSignalEngine";
import { defaultPoolQuoter } from "../signal/defaultPoolQuoter";
import { createPaperExecutor } from "./createPaperExecutor";
import type { LegFailure } from "./LegFailure";
import type { TradeRecord } from "./TradeRecord";

const pair = { id: "SOL-USD", cex: [{ instrument: coinbaseSolUsd, takerFeeRate: "0.006" }], pool: { instrument: orcaSolUsdc }, maxSize: "100", sizeIncrement: "0.001" };

/**
 * A SYNTHETIC cexToPool opportunity (pool bids ~21, Coinbase offers 20.00) and an executor over a mutable
 * market; with `balances`, a paper inventory both bounds the fills and receives them.
 */
function setup(unwindPolicy: "cexMarket" | "none" = "cexMarket", balances?: readonly InitialBalance[], createPoolQuoter?: PoolQuoterFactory) {
  const clock = new TestClock(1_000);
  const changes: InventoryEvent[] = [];
  const inventory = balances === undefined ? undefined : createInventory({ clock, balances, onChange: (e) => changes.push(e) });
  const books = new Map<InstrumentId, ReadonlyOrderBook>();
  const pools = new Map<InstrumentId, PoolStateEvent>();
  const trades: TradeRecord[] = [];
  const failures: LegFailure[] = [];
  const executor = createPaperExecutor({
    clock,
    market: { book: (id) => books.get(id), pool: (id) => pools.get(id) },
    takerFeeRates: { coinbase: "0.006" },
    latency: { cexRoundTripMs: { coinbase: 100 }, solanaLandingMs: 500 },
    dexSlippageBps: "50",
    unwindPolicy,
    onTrade: (t) => trades.push(t),
    onLegFailure: (f) => failures.push(f),
    ...(createPoolQuoter === undefined ? {} : { createPoolQuoter }),
    ...(inventory === undefined ? {} : { balances: inventory, onFlows: (flows, cause) => inventory.applyFlows(flows, cause) }),
  });
  const signal = createSignalEngine({ clock, pairs: [pair] });
  signal.applyStatus(liveStatus(coinbaseSolUsd, 1_000));
  signal.applyStatus(liveStatus(orcaSolUsdc, 1_000));
  const pool = syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000 });
  const book = bookEvent(coinbaseSolUsd, [["19.99", "500"]], [["20.00", "30"], ["20.05", "40"]], 1_000);
  pools.set(pool.instrument, pool);
  books.set(book.instrument, book.book);
  signal.applyPool(pool);
  const op = signal.applyBook(book)[0]!;
  return { clock, books, pools, trades, failures, executor, op, inventory, changes };
}

describe("createPaperExecutor", () => {
  it("fails the swap like on chain when the pool moved past the slippage tolerance, then unwinds the CEX fill at market", () => {
    const { clock, pools, trades, failures, executor, op } = setup();
    executor.execute(op);
    // Before the transaction lands the pool drops 2 % (beyond the 50 bps tolerance).
    clock.advanceTo(1_200);
    pools.set(orcaSolUsdc.id, syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21 * 0.98), liquidity: 10n ** 13n, tsInit: 1_200 }));
    clock.advanceTo(5_000);
    const t = trades[0]!;
    expect(t.status).toBe("legFailure");
    expect(t.pool).toMatchObject({ success: false, failure: "slippage" });
    expect(t.cex.filled.toFixed()).toBe("49.95");
    expect(t.unwind).toMatchObject({ side: "sell" });
    expect(t.unwind!.filled.toFixed()).toBe("49.95");
    const f = failures[0]!;
    expect([f.failedLeg, f.exposure.toFixed(), f.residual.toFixed(), f.policy]).toEqual(["pool", "49.95", "0", "cexMarket"]);
    // Bought 49.95 for 999.9975 + 5.999985 fee; sold back at 19.99 for 998.5005 − 5.991003 fee.
    expect(f.realizedPnl.toFixed()).toBe("-13.487988");
    expect(executor.ledger.realizedPnl().toFixed()).toBe("-13.487988");
    // The trade's PnL also pays the failed transaction's network fee.
    expect(t.realizedPnl.toFixed()).toBe(f.realizedPnl.sub(op.costs.networkFee).toFixed());
    expect(t.shortfall.legRisk.toFixed()).toBe(t.shortfall.total.sub(t.shortfall.fees).toFixed());
  });

  it("re-quotes landings by default exactly like defaultPoolQuoter, also on frozen states sharing their tick arrays", () => {
    const run = (createPoolQuoter?: PoolQuoterFactory) => {
      const { clock, pools, trades, executor, op } = setup("cexMarket", undefined, createPoolQuoter);
      const frozen = deepFreeze(structuredClone(pools.get(orcaSolUsdc.id)!));
      pools.set(orcaSolUsdc.id, frozen);
      executor.execute(op);
      clock.advanceTo(3_000);
      // The pool moves 0.3 % (within the tolerance) keeping its tick arrays; the second swap lands there.
      const tick = tickForPrice(21 * 1.003);
      pools.set(orcaSolUsdc.id, deepFreeze({ ...frozen, state: { ...frozen.state, tickCurrentIndex: tick, sqrtPrice: getSqrtPriceAtTick(tick) } }));
      executor.execute(op);
      clock.advanceTo(6_000);
      return trades;
    };
    const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x));
    const byDefault = run();
    expect(byDefault.map((t) => [t.status, t.pool.success])).toEqual([["filled", true], ["filled", true]]);
    expect(byDefault[0]!.pool.quote.eq(byDefault[1]!.pool.quote)).toBe(false);
    expect(json(byDefault)).toBe(json(run(defaultPoolQuoter)));
  });

  it("fills the CEX leg IOC up to the limit only, and unwinds the over-sold base by buying at market", () => {
    const { clock, books, trades, failures, executor, op } = setup();
    executor.execute(op);
    // The 20.05 level is pulled and the rest of the book reprices above the IOC limit (20.05 × 1.001).
    books.set(coinbaseSolUsd.id, bookEvent(coinbaseSolUsd, [["19.99", "500"]], [["20.00", "30"], ["20.10", "500"]], 1_050).book);
    clock.advanceTo(5_000);
    const t = trades[0]!;
    expect(t.cex.filled.toFixed()).toBe("30");
    expect(t.cex.limitPrice!.toFixed()).toBe("20.07005");
    expect(t.pool.success).toBe(true);
    const f = failures[0]!;
    expect([f.failedLeg, f.exposure.toFixed(), f.residual.toFixed()]).toEqual(["cex", "-19.95", "0"]);
    expect(t.unwind).toMatchObject({ side: "buy" });
    // Paper fills do not consume the book: the unwind buys at the still-quoted 20.00.
    expect(t.unwind!.vwap!.toFixed()).toBe("20");
  });

  it("reports a trade as failed when neither leg trades (IOC finds nothing within its limit, the swap misses min-out)", () => {
    const { clock, books, pools, trades, failures, executor, op } = setup();
    executor.execute(op);
    books.set(coinbaseSolUsd.id, bookEvent(coinbaseSolUsd, [["20.99", "500"]], [["21.00", "500"]], 1_050).book);
    pools.set(orcaSolUsdc.id, syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21 * 0.98), liquidity: 10n ** 13n, tsInit: 1_050 }));
    clock.advanceTo(5_000);
    const t = trades[0]!;
    expect([t.status, t.cex.filled.toFixed(), t.pool.failure, t.unwind]).toEqual(["failed", "0", "slippage", undefined]);
    expect(failures).toEqual([]);
    // Only the failed transaction's network fee was spent.
    expect(t.realizedPnl.eq(op.costs.networkFee.neg())).toBe(true);
  });

  it("with the `none` policy records the exposure and leaves it open", () => {
    const { clock, pools, failures, trades, executor, op } = setup("none");
    executor.execute(op);
    pools.delete(orcaSolUsdc.id);
    clock.advanceTo(5_000);
    expect(trades[0]!.pool.failure).toBe("noState");
    expect(trades[0]!.unwind).toBeUndefined();
    expect(failures[0]!.residual.toFixed()).toBe("49.95");
    expect(executor.ledger.openExposure().toFixed()).toBe("49.95");
    expect(executor.inFlight()).toBe(0);
  });

  describe("bounded by the balances at fill time", () => {
    const wallet = (usd: string, orcaSol: string): InitialBalance[] => [
      { venue: "coinbase", asset: "USD", amount: usd },
      { venue: "coinbase", asset: "SOL", amount: "0" },
      { venue: "orca", asset: "SOL", amount: orcaSol },
      { venue: "orca", asset: "USDC", amount: "0" },
    ];
    const balance = (inv: ReturnType<typeof setup>["inventory"], venue: string, asset: string) => inv!.getBalances().find((b) => b.venue === venue && b.asset === asset)!.balance.toFixed();

    it("rejects the IOC buy whose funds hold exceeds the USD available, then unwinds only what the USD can pay for", () => {
      // 1 006 USD covers the decided notional plus fee (1 005.997485) but not the venue's hold:
      // limit 20.07005 × 49.95 × 1.006 = 1 008.513991485 USD. Nothing fills.
      const { clock, books, trades, failures, executor, op, inventory } = setup("cexMarket", wallet("1006", "100"));
      executor.execute(op);
      clock.advanceTo(1_200);
      books.set(coinbaseSolUsd.id, bookEvent(coinbaseSolUsd, [["19.99", "500"]], [["20.00", "30"], ["20.10", "500"]], 1_200).book);
      clock.advanceTo(5_000);
      const t = trades[0]!;
      expect([t.cex.rejected, t.cex.filled.toFixed(), t.cex.fee.toFixed(), t.pool.success]).toEqual(["insufficientBalance", "0", "0", true]);
      // The swap sold 49.95 SOL: short 49.95. Buying it back now costs 30 at 20.00 (603.6 with the fee),
      // then 20.10 while cost + fee ≤ 1 006: (1 006 / 1.006 − 600) / 20.10 = 19.900497512…, down to 10⁻⁸ SOL.
      expect([t.unwind!.filled.toFixed(), t.unwind!.quote.toFixed(), t.unwind!.fee.toFixed(), t.unwind!.balanceCapped]).toEqual(["49.90049751", "999.999999951", "5.999999999706", true]);
      expect(balance(inventory, "coinbase", "USD")).toBe("0.000000049294");
      expect(t.residualExposure.toFixed()).toBe("-0.04950249");
      const f = failures[0]!;
      expect([f.failedLeg, f.reason, f.residual.toFixed()]).toEqual(["cex", "cex: rejected (insufficientBalance); unwind capped by balance: 49.90049751 of 49.95", "-0.04950249"]);
      const sf = t.shortfall;
      expect(sf.cexSlippage.add(sf.dexPriceImpact).add(sf.fees).add(sf.latencyDrift).add(sf.legRisk).eq(sf.total)).toBe(true);
    });

    it("fails the swap like on chain when the wallet's SOL cannot cover the exact-in amount after the fee; the fee is still paid", () => {
      // 49.95 SOL is the swap's input but not also its 5 200-lamport fee.
      const { clock, trades, failures, executor, op, inventory, changes } = setup("cexMarket", wallet("2000", "49.95"));
      executor.execute(op);
      clock.advanceTo(5_000);
      const t = trades[0]!;
      expect([t.pool.success, t.pool.failure, t.pool.networkFeePaid]).toEqual([false, "insufficientBalance", true]);
      expect(t.cashFlows.filter((c) => c.leg === "network").map((c) => [c.venue, c.asset, c.amount.toFixed()])).toEqual([["orca", "SOL", "-0.0000052"]]);
      expect(balance(inventory, "orca", "SOL")).toBe("49.9499948");
      // The CEX leg filled, so the 49.95 SOL bought is sold back (the CEX account holds exactly that).
      expect([t.cex.filled.toFixed(), t.unwind!.filled.toFixed(), t.unwind!.balanceCapped, t.residualExposure.toFixed()]).toEqual(["49.95", "49.95", false, "0"]);
      expect(failures[0]!.reason).toBe("pool: insufficientBalance");
      expect(changes.flatMap((e) => e.changes).every((c) => !c.balance.isNegative())).toBe(true);
    });

    it("does not charge the fee of a transaction the wallet cannot pay the fee for (the network refuses it)", () => {
      const { clock, trades, executor, op, inventory } = setup("none", wallet("2000", "0.000005"));
      executor.execute(op);
      clock.advanceTo(5_000);
      const t = trades[0]!;
      expect([t.pool.failure, t.pool.networkFeePaid]).toEqual(["insufficientBalance", false]);
      expect(t.cashFlows.some((c) => c.leg === "network")).toBe(false);
      expect(balance(inventory, "orca", "SOL")).toBe("0.000005");
      // Fees paid minus expected: the CEX fee as expected, the network fee saved.
      expect(t.shortfall.fees.eq(op.costs.networkFee.neg())).toBe(true);
    });

    it("fills exactly as without balances when every balance suffices", () => {
      const bounded = setup("cexMarket", wallet("2000", "100"));
      const free = setup();
      bounded.executor.execute(bounded.op);
      free.executor.execute(free.op);
      bounded.clock.advanceTo(5_000);
      free.clock.advanceTo(5_000);
      const json = (t: TradeRecord) => JSON.stringify(t, (_, v) => (typeof v === "bigint" ? `${v}n` : v));
      expect(json(bounded.trades[0]!)).toBe(json(free.trades[0]!));
      expect(bounded.trades[0]!.status).toBe("filled");
    });
  });
});
