import { describe, expect, it } from "vitest";
import { type InstrumentId, type PoolStateEvent, type ReadonlyOrderBook, TestClock } from "@arbkit/core";
import { bookEvent, coinbaseSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { createSignalEngine } from "../signal/createSignalEngine";
import { createPaperExecutor } from "./createPaperExecutor";
import type { LegFailure } from "./LegFailure";
import type { TradeRecord } from "./TradeRecord";

const pair = { id: "SOL-USD", cex: [{ instrument: coinbaseSolUsd, takerFeeRate: "0.006" }], pool: { instrument: orcaSolUsdc }, maxSize: "100", sizeIncrement: "0.001" };

/** A SYNTHETIC cexToPool opportunity (pool bids ~21, Coinbase offers 20.00) and an executor over a mutable market. */
function setup(unwindPolicy: "cexMarket" | "none" = "cexMarket") {
  const clock = new TestClock(1_000);
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
  return { clock, books, pools, trades, failures, executor, op };
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
});
