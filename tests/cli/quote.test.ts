import { describe, expect, it } from "vitest";
import { BUNDLED_RECORDING, runCli } from "./support/cliProcess";

interface QuoteLine {
  venue: string;
  direction: string;
  outcome: string;
  netEdgeBps: string | null;
  netPnlUsd: string | null;
}

const quote = async (at: string): Promise<{ at: string; quotes: QuoteLine[] }> => {
  const r = await runCli(["quote", "--size", "10", "--replay", BUNDLED_RECORDING, "--at", at, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { at: string; quotes: QuoteLine[] };
};

describe("arb-cli quote at a point of a recording", () => {
  it("shows both directions for both CEX venues with the exact net edge, negative included", async () => {
    // 53.5 s in, the synthetic CEX price has jumped below the lagging pool: buy on the CEX, sell into the pool.
    const during = await quote("+53.5");
    expect(during.at).toBe("2026-08-09T21:20:53.391Z");
    expect(during.quotes.map((q) => `${q.venue}:${q.direction}`)).toEqual(["coinbase:cexToPool", "coinbase:poolToCex", "gemini:cexToPool", "gemini:poolToCex"]);
    const buyCex = during.quotes.filter((q) => q.direction === "cexToPool");
    for (const q of buyCex) {
      expect(q.outcome).toBe("opportunity");
      expect(Number(q.netEdgeBps)).toBeGreaterThan(10);
    }
    // The other way loses money: the engine's reason and its exact (negative) numbers at the size.
    for (const q of during.quotes.filter((q) => q.direction === "poolToCex")) {
      expect(q.outcome).toBe("unprofitable");
      expect(Number(q.netEdgeBps)).toBeLessThan(0);
      expect(Number(q.netPnlUsd)).toBeLessThan(0);
    }
    // Pinned from the engine (10 SOL, every cost included): the same numbers `quote` prints in its table.
    expect(during.quotes.map((q) => [q.netEdgeBps, q.netPnlUsd])).toEqual([
      ["142.91", "2.91113503129075"],
      ["-336.41", "-6.84592196870925"],
      ["162.91", "3.31853503129075"],
      ["-311.36", "-6.33932196870925"],
    ]);
    // Before the first jump the markets agree: no edge either way, and each direction's net edge is shown.
    const calm = await quote("+20");
    for (const q of calm.quotes) {
      expect(q.outcome).toBe("unprofitable");
      expect(Number(q.netEdgeBps)).toBeLessThan(0);
      expect(Number(q.netPnlUsd)).toBeLessThan(0);
    }
  });

  it("rejects a size that is not a positive decimal", async () => {
    const r = await runCli(["quote", "--size", "1e3", "--replay", BUNDLED_RECORDING]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[CLI_USAGE_INVALID] --size");
  });
});
