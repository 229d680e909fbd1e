import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { bookEvent, coinbaseSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { referenceProfit } from "../../../../tests/support/referenceProfit";
import { createSignalEngine } from "./createSignalEngine";

describe("sizing when the edge threshold binds", () => {
  it("takes the largest size that still clears the threshold, below the profit-maximizing size", () => {
    // SYNTHETIC: a deep CEX level at 20.00, no taker fee; a thin pool whose spot (tick -39104) is ~20.03:
    // 14 bps at the margin after its 1 bp fee, but only ~7 bps on average at the profit-maximizing size.
    const s = {
      pair: { id: "SOL-USD", cex: [{ instrument: coinbaseSolUsd, takerFeeRate: "0" }], pool: { instrument: orcaSolUsdc }, maxSize: "1000", sizeIncrement: "0.001" },
      book: bookEvent(coinbaseSolUsd, [["19.99", "10000"]], [["20.00", "10000"]], 1_000),
      pool: syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(20.1), liquidity: 10n ** 11n, feeRate: 100, tsInit: 1_000 }),
      minEdgeBps: "10",
      bufferBps: "0",
    };
    const clock = new TestClock(1_000);
    const signal = createSignalEngine({ clock, pairs: [s.pair], minEdgeBps: "10", maxNotional: "1000000" });
    signal.applyStatus(liveStatus(coinbaseSolUsd, 1_000));
    signal.applyStatus(liveStatus(orcaSolUsdc, 1_000));
    signal.applyPool(s.pool);
    const [op] = signal.applyBook(s.book);
    expect(op?.direction).toBe("cexToPool");
    const lots = op!.cexLeg.size.mul(1000).toNumber();
    const at = (l: number) => referenceProfit(s, "cexToPool", l, 1_000_000)!;
    // The chosen size clears 10 bps; one more size increment does not.
    expect(op!.edgeBps.gte(10)).toBe(true);
    expect(at(lots).clears).toBe(true);
    expect(at(lots + 1).clears).toBe(false);
    // Profit would still rise with size: the threshold, not the profit maximum, set the size.
    expect(at(lots + 100).profit.gt(at(lots).profit)).toBe(true);
  });
});
