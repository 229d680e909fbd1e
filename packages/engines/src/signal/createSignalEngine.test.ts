import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { createSignalEngine } from "./createSignalEngine";
import { bookEvent, coinbaseSolUsd, geminiSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";

const pair = {
  id: "SOL-USD",
  cex: [
    { instrument: coinbaseSolUsd, takerFeeRate: "0.006" },
    { instrument: geminiSolUsd, takerFeeRate: "0.004" },
  ],
  pool: { instrument: orcaSolUsdc },
  maxSize: "100",
  sizeIncrement: "0.001",
};

describe("createSignalEngine", () => {
  it("finds a cexToPool opportunity when the pool bid is well above the CEX ask", () => {
    const clock = new TestClock(1_000);
    const signal = createSignalEngine({ clock, pairs: [pair] });
    for (const i of [coinbaseSolUsd, geminiSolUsd, orcaSolUsdc]) signal.applyStatus(liveStatus(i, 1_000));
    signal.applyPool(syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000 }));
    const ops = signal.applyBook(bookEvent(coinbaseSolUsd, [["19.99", "50"]], [["20.00", "30"], ["20.05", "40"]], 1_000));
    expect(ops).toHaveLength(1);
    const op = ops[0]!;
    expect(op.direction).toBe("cexToPool");
    expect(op.edgeBps.gte(10)).toBe(true);
    console.log(JSON.stringify(op, (k, v) => (typeof v === "bigint" ? v.toString() : v), 1));
    console.log(signal.getEvaluations());
  });
});
