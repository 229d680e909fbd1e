import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { type AssetSymbol, TestClock, type VenueId } from "@arbkit/core";
import { bookEvent, coinbaseSolUsd, geminiSolUsd, liveStatus, orcaSolUsdc, solUsdTwoVenuePair, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { createSignalEngine } from "./createSignalEngine";
import type { SignalEngineOptions } from "./SignalEngineOptions";

const pair = solUsdTwoVenuePair;

/** SYNTHETIC market: the pool bids ~21 while Coinbase offers 20.00 (a cexToPool edge). */
function setup(options: Partial<SignalEngineOptions> = {}) {
  const clock = new TestClock(1_000);
  const signal = createSignalEngine({ clock, pairs: [pair], ...options });
  for (const i of [coinbaseSolUsd, geminiSolUsd, orcaSolUsdc]) signal.applyStatus(liveStatus(i, 1_000));
  signal.applyPool(syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000 }));
  const book = () => bookEvent(coinbaseSolUsd, [["19.99", "50"]], [["20.00", "30"], ["20.05", "40"]], clock.now());
  const outcome = (venue: string, direction: string) => signal.getEvaluations().find((e) => e.venue === venue && e.direction === direction)?.outcome;
  return { clock, signal, book, outcome };
}

describe("createSignalEngine", () => {
  it("evaluates the updated venue in both directions and reports why a pairing produced nothing", () => {
    const { signal, book, outcome } = setup();
    const ops = signal.applyBook(book());
    expect(ops.map((o) => [o.cexLeg.venue, o.direction, o.id])).toEqual([["coinbase", "cexToPool", "SOL-USD:coinbase:cexToPool:1000:1"]]);
    expect(outcome("coinbase", "poolToCex")).toBe("noEdge");
    expect(outcome("gemini", "cexToPool")).toBe("missingInput");
    expect(Object.isFrozen(ops[0]) && Object.isFrozen(ops[0]!.cexLeg)).toBe(true);
  });

  it("uses no input that is stale or not live", () => {
    const { clock, signal, book, outcome } = setup();
    const old = book();
    clock.advanceTo(3_001);
    expect(signal.applyBook(old)).toEqual([]);
    expect(outcome("coinbase", "cexToPool")).toBe("stale");
    signal.applyStatus({ ...liveStatus(coinbaseSolUsd, 3_001), status: "resyncing", previous: "live" });
    expect(signal.applyBook(book())).toEqual([]);
    expect(outcome("coinbase", "cexToPool")).toBe("notLive");
  });

  it("charges the Solana cost event's lamports at the pool's own price", () => {
    const { signal, book } = setup();
    const before = signal.applyBook(book())[0]!;
    signal.applySolanaCost({
      venue: orcaSolUsdc.venue, instrument: orcaSolUsdc.id, pool: orcaSolUsdc.venueSymbol, percentile: 75, samples: 150,
      priorityFeeMicroLamportsPerCu: 100_000n, computeUnits: 200_000, signatures: 1, baseFeeLamports: 5000n,
      priorityFeeLamports: 20_000n, totalLamports: 25_000n, slot: 1, tsEvent: 1_000, tsInit: 1_000,
    });
    const after = signal.applyBook(book())[0]!;
    expect(after.costs.networkFeeLamports).toBe(25_000n);
    // 25 000 lamports = 0.000025 SOL at the spot price (~20.95 USDC), USDC = USD.
    expect(after.costs.networkFee.div(before.costs.networkFee).toFixed(6)).toBe(new Decimal(25_000).div(5_200).toFixed(6));
    expect(before.netPnl.sub(after.netPnl).eq(after.costs.networkFee.sub(before.costs.networkFee))).toBe(true);
  });

  it("converts the pool's quote token at the live rate", () => {
    const { signal, book } = setup();
    const par = signal.applyBook(book())[0]!;
    signal.setConversionRate("0.999");
    const discounted = signal.applyBook(book())[0]!;
    expect(discounted.costs.conversionRate.toFixed()).toBe("0.999");
    expect(discounted.netPnl.lt(par.netPnl)).toBe(true);
  });

  it("caps the size by available inventory (base where it is sold, quote where it is bought)", () => {
    const balances = new Map([["orca|SOL", new Decimal("12.3456")], ["coinbase|USD", new Decimal("100000")]]);
    const inventory = { available: (venue: VenueId, asset: AssetSymbol) => balances.get(`${venue}|${asset}`) };
    const { signal, book } = setup({ inventory });
    expect(signal.applyBook(book())[0]!.cexLeg.size.toFixed()).toBe("12.345");
    balances.set("coinbase|USD", new Decimal("100"));
    // 100 USD buys 4.97 SOL at 20.00 with the 0.6 % fee: 4.97 × 20 × 1.006 = 99.9964.
    expect(signal.applyBook(book())[0]!.cexLeg.size.toFixed()).toBe("4.97");
  });

  it("caps a CEX buy to what the venue's funds hold allows at the order's limit tolerance", () => {
    const balances = new Map([["orca|SOL", new Decimal("100")], ["coinbase|USD", new Decimal("100")]]);
    const inventory = { available: (venue: VenueId, asset: AssetSymbol) => balances.get(`${venue}|${asset}`) };
    // Without a tolerance the hold is 20.00 × size × 1.006: 4.97 SOL fits (99.9964).
    expect(setup({ inventory }).signal.applyBook(setup({ inventory }).book())[0]!.cexLeg.fundsHold.toFixed()).toBe("99.9964");
    // With 10 bps the limit is 20.02: 4.97 × 20.02 × 1.006 = 100.0963… no longer fits; 4.965 (0.001 lots) does.
    const tight = setup({ inventory, cexOrderToleranceBps: "10" });
    const op = tight.signal.applyBook(tight.book())[0]!;
    expect(op.cexLeg.size.toFixed()).toBe("4.965");
    const exact = new Decimal("20.02").mul("4.965");
    expect(op.cexLeg.fundsHold.toFixed()).toBe(exact.add(exact.mul("0.006")).toFixed());
    expect(op.cexLeg.fundsHold.lte(100)).toBe(true);
    expect(op.cexLeg.notional.add(op.cexLeg.fee).lt(op.cexLeg.fundsHold)).toBe(true);
  });

  it("re-reads balances only when an inventory's revision changes", () => {
    const balances = new Map([["orca|SOL", new Decimal("12.3456")], ["coinbase|USD", new Decimal("100000")]]);
    const inventory = { revision: 0, available: (venue: VenueId, asset: AssetSymbol) => balances.get(`${venue}|${asset}`) };
    const { signal, book } = setup({ inventory });
    expect(signal.applyBook(book())[0]!.cexLeg.size.toFixed()).toBe("12.345");
    balances.set("coinbase|USD", new Decimal("100"));
    // Same revision: the view promised nothing changed, so the cached caps stand.
    expect(signal.applyBook(book())[0]!.cexLeg.size.toFixed()).toBe("12.345");
    inventory.revision++;
    expect(signal.applyBook(book())[0]!.cexLeg.size.toFixed()).toBe("4.97");
  });

  it("sizes nothing against a pool state a trade already used, until a later slot arrives", () => {
    const { signal, book, outcome } = setup();
    const slot = signal.applyBook(book())[0]!.poolLeg.slot;
    signal.markPoolStateUsed(orcaSolUsdc.id, slot);
    expect(signal.applyBook(book())).toEqual([]);
    expect(outcome("coinbase", "cexToPool")).toBe("poolStateUsed");
    expect(outcome("coinbase", "poolToCex")).toBe("poolStateUsed");
    expect(signal.getEvaluations().find((e) => e.outcome === "poolStateUsed")?.best).toBeUndefined();
    signal.applyPool(syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000, slot: slot + 1 }));
    expect(outcome("coinbase", "cexToPool")).toBe("opportunity");
  });

  it("reserves the swap's network fee in SOL at the pool's wallet, in both directions", () => {
    // The bundled-recording case: 20 SOL at orca, a 19 425-lamport Solana cost estimate. Selling all
    // 20 SOL into the pool left the wallet at -0.000019425 SOL once the fee was paid.
    const balances = new Map([["orca|SOL", new Decimal("20")], ["orca|USDC", new Decimal("100000")], ["coinbase|USD", new Decimal("100000")], ["coinbase|SOL", new Decimal("100")]]);
    const inventory = { available: (venue: VenueId, asset: AssetSymbol) => balances.get(`${venue}|${asset}`) };
    const { signal, book, outcome } = setup({ inventory, maxNotional: "100000" });
    signal.applySolanaCost({
      venue: orcaSolUsdc.venue, instrument: orcaSolUsdc.id, pool: orcaSolUsdc.venueSymbol, percentile: 75, samples: 150,
      priorityFeeMicroLamportsPerCu: 72_125n, computeUnits: 200_000, signatures: 1, baseFeeLamports: 5000n,
      priorityFeeLamports: 14_425n, totalLamports: 19_425n, slot: 1, tsEvent: 1_000, tsInit: 1_000,
    });
    const sell = signal.applyBook(book())[0]!;
    expect(sell.direction).toBe("cexToPool");
    expect(sell.poolLeg.size.toFixed()).toBe("19.999");
    expect(new Decimal(20).sub(sell.poolLeg.size).sub("0.000019425").isNegative()).toBe(false);
    // Buying from the pool needs the fee in SOL up front: below it, no capacity; exactly it, a trade.
    const richBid = () => bookEvent(coinbaseSolUsd, [["22.00", "50"]], [["22.02", "50"]], 1_000);
    balances.set("orca|SOL", new Decimal("0.000019424"));
    expect(signal.applyBook(richBid())).toEqual([]);
    expect(outcome("coinbase", "poolToCex")).toBe("noCapacity");
    balances.set("orca|SOL", new Decimal("0.000019425"));
    expect(signal.applyBook(richBid()).map((o) => o.direction)).toEqual(["poolToCex"]);
    expect(() => createSignalEngine({ clock: new TestClock(0), pairs: [pair], networkFeeReserve: 0 })).toThrow(/networkFeeReserve/);
  });

  it("reports the best evaluated size's net PnL and edge when no opportunity clears the threshold", () => {
    const { signal, book } = setup({ minEdgeBps: "1000" });
    signal.applyBook(book());
    const evaluation = (direction: string) => signal.getEvaluations().find((e) => e.venue === "coinbase" && e.direction === direction)!;
    // The touch screen stops both directions without evaluating a size (the hot path's common case).
    expect([evaluation("cexToPool").outcome, evaluation("cexToPool").best]).toEqual(["noEdge", undefined]);
    expect([evaluation("poolToCex").outcome, evaluation("poolToCex").best]).toEqual(["noEdge", undefined]);

    const unscreened = setup({ minEdgeBps: "1000", screenAtTouch: false });
    const ops = unscreened.signal.applyBook(unscreened.book());
    expect(ops).toEqual([]);
    const get = (direction: string) => unscreened.signal.getEvaluations().find((e) => e.venue === "coinbase" && e.direction === direction)!;
    const profitable = get("cexToPool");
    expect(profitable.outcome).toBe("belowThreshold");
    expect(profitable.best!.netPnl.isPositive()).toBe(true);
    expect(profitable.best!.edgeBps.lt(1000)).toBe(true);
    const losing = get("poolToCex");
    expect(losing.outcome).toBe("unprofitable");
    expect(losing.best!.netPnl.isNegative()).toBe(true);
    // The edge is the net PnL over the notional, rounded down to 6 decimals (a loss is never flattered).
    const exact = losing.best!.netPnl.div(losing.best!.notional).mul(10_000);
    expect(losing.best!.edgeBps.toFixed()).toBe(exact.toDecimalPlaces(6, Decimal.ROUND_FLOOR).toFixed());

    // With an opportunity, the profit-maximizing size it carries has the opportunity's own numbers.
    const normal = setup();
    const op = normal.signal.applyBook(normal.book())[0]!;
    const best = normal.signal.getEvaluations().find((e) => e.opportunityId === op.id)!.best!;
    expect([best.size.toFixed(), best.netPnl.toFixed(), best.edgeBps.toFixed(), best.notional.toFixed()]).toEqual([
      op.cexLeg.size.toFixed(), op.netPnl.toFixed(), op.edgeBps.toFixed(), op.cexLeg.notional.toFixed(),
    ]);
  });
});
