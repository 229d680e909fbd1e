import { describe, expect, it } from "vitest";
import { type BookSnapshotEvent, TestClock } from "@arbkit/core";
import { createSignalEngine } from "@arbkit/engines";
import { coinbaseSolUsd, geminiSolUsd, liveStatus, orcaSolUsdc } from "../support/engineFixtures";
import { loadRealPoolEvent } from "./support/loadRealPoolEvent";
import { loadCoinbaseBook, loadGeminiSolBook, rescaleBook } from "./support/realBooks";

const NOW = 1_786_313_200_357; // the end of the Gemini recording, ms

const pair = (maxSize = "100") => ({
  id: "SOL-USD",
  cex: [
    { instrument: coinbaseSolUsd, takerFeeRate: "0.006" },
    { instrument: geminiSolUsd, takerFeeRate: "0.004" },
  ],
  pool: { instrument: orcaSolUsdc },
  maxSize,
  sizeIncrement: "0.001",
});

function decide(books: readonly BookSnapshotEvent[], options: { maxNotional?: string; maxSize?: string } = {}) {
  const clock = new TestClock(NOW);
  const signal = createSignalEngine({ clock, pairs: [pair(options.maxSize)], ...(options.maxNotional === undefined ? {} : { maxNotional: options.maxNotional }) });
  for (const i of [coinbaseSolUsd, geminiSolUsd, orcaSolUsdc]) signal.applyStatus(liveStatus(i, NOW));
  // The real pool state is from slot 185,759,999 (2023); we stamp its receipt at NOW so it counts as fresh.
  signal.applyPool(loadRealPoolEvent(orcaSolUsdc, NOW));
  const ops = books.flatMap((b) => signal.applyBook(b));
  return { ops, evaluations: signal.getEvaluations() };
}

describe("scenarios on real data", () => {
  it("real Gemini SOLUSD (2026, ~77 USD) vs the real Orca pool (2023, ~20.85 USDC): a huge poolToCex edge, capped by the USD 1000 notional", () => {
    const { book } = loadGeminiSolBook(geminiSolUsd);
    const event: BookSnapshotEvent = { type: "snapshot", venue: geminiSolUsd.venue, instrument: geminiSolUsd.id, sequence: undefined, book, tsEvent: NOW, tsInit: NOW };
    const { ops, evaluations } = decide([event]);
    // The edge is an artefact of the data being three years apart, not a market inefficiency.
    expect(ops).toHaveLength(1);
    const op = ops[0]!;
    expect(op.direction).toBe("poolToCex");
    expect(op.cexLeg.notional.lte(1000)).toBe(true);
    expect(op.cexLeg.notional.gt(990)).toBe(true);
    expect(op.edgeBps.gt(6_000)).toBe(true);
    expect(evaluations.find((e) => e.venue === "gemini" && e.direction === "cexToPool")?.outcome).toBe("noEdge");
    expect({ size: op.cexLeg.size.toFixed(), vwap: op.cexLeg.expectedPrice.toFixed(6), poolPrice: op.poolLeg.expectedPrice.toFixed(6), net: op.netPnl.toFixed(6), edgeBps: op.edgeBps.toFixed(2) }).toMatchInlineSnapshot(`
      {
        "edgeBps": "7258.89",
        "net": "725.872911",
        "poolPrice": "20.910778",
        "size": "12.917",
        "vwap": "77.415611",
      }
    `);
  });

  it("SYNTHETIC aligned: the real Gemini depth re-centred on the pool's price has no edge either way (costs exceed the spread)", () => {
    const { book } = loadGeminiSolBook(geminiSolUsd);
    const factor = 20.85 / Number(book.mid()!.toFixed(6));
    const { ops, evaluations } = decide([rescaleBook(book, geminiSolUsd, factor, 3, 200, NOW)]);
    expect(ops).toEqual([]);
    expect(evaluations.filter((e) => e.venue === "gemini").map((e) => e.outcome)).toEqual(["noEdge", "noEdge"]);
  });

  it("SYNTHETIC: the real Gemini depth 2 % above the pool: poolToCex, sized where the pool's impact and the CEX depth meet", () => {
    const { book } = loadGeminiSolBook(geminiSolUsd);
    const factor = (20.85 * 1.02) / Number(book.mid()!.toFixed(6));
    const { ops } = decide([rescaleBook(book, geminiSolUsd, factor, 3, 400, NOW)], { maxNotional: "1000000", maxSize: "100000" });
    expect(ops.map((o) => o.direction)).toEqual(["poolToCex"]);
    const op = ops[0]!;
    expect(op.edgeBps.gte(10)).toBe(true);
    expect({ size: op.cexLeg.size.toFixed(), notional: op.cexLeg.notional.toFixed(2), net: op.netPnl.toFixed(6), edgeBps: op.edgeBps.toFixed(2) }).toMatchInlineSnapshot(`
      {
        "edgeBps": "62.99",
        "net": "90.533307",
        "notional": "14373.79",
        "size": "676.188",
      }
    `);
  });

  it("SYNTHETIC: the real Coinbase ETH-USD depth rescaled to SOL 2 % below the pool: cexToPool on Coinbase", () => {
    const eth = loadCoinbaseBook(coinbaseSolUsd, "ETH-USD");
    const factor = (20.85 * 0.98) / Number(eth.mid()!.toFixed(6));
    const { ops, evaluations } = decide([rescaleBook(eth, coinbaseSolUsd, factor, 2, 400, NOW)], { maxNotional: "1000000", maxSize: "100000" });
    expect(ops.map((o) => [o.cexLeg.venue, o.direction])).toEqual([["coinbase", "cexToPool"]]);
    expect(evaluations.find((e) => e.venue === "coinbase" && e.direction === "poolToCex")?.outcome).toBe("noEdge");
    const op = ops[0]!;
    expect({ size: op.cexLeg.size.toFixed(), notional: op.cexLeg.notional.toFixed(2), net: op.netPnl.toFixed(6), edgeBps: op.edgeBps.toFixed(2) }).toMatchInlineSnapshot(`
      {
        "edgeBps": "55.56",
        "net": "60.467439",
        "notional": "10884.21",
        "size": "532.328",
      }
    `);
  });
});
