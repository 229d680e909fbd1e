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
  it("shows both directions for both CEX venues, with the exact net edge where one exists", async () => {
    // 53.5 s in, the synthetic CEX price has jumped below the lagging pool: buy on the CEX, sell into the pool.
    const during = await quote("+53.5");
    expect(during.at).toBe("2026-08-09T21:20:53.391Z");
    expect(during.quotes.map((q) => `${q.venue}:${q.direction}`)).toEqual(["coinbase:cexToPool", "coinbase:poolToCex", "gemini:cexToPool", "gemini:poolToCex"]);
    const buyCex = during.quotes.filter((q) => q.direction === "cexToPool");
    for (const q of buyCex) {
      expect(q.outcome).toBe("opportunity");
      expect(Number(q.netEdgeBps)).toBeGreaterThan(10);
    }
    expect(during.quotes.filter((q) => q.direction === "poolToCex").every((q) => q.netEdgeBps === null)).toBe(true);
    // Before the first jump the markets agree: no edge either way.
    const calm = await quote("+20");
    expect(calm.quotes.every((q) => q.outcome !== "opportunity")).toBe(true);
  });

  it("rejects a size that is not a positive decimal", async () => {
    const r = await runCli(["quote", "--size", "1e3", "--replay", BUNDLED_RECORDING]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[CLI_USAGE_INVALID] --size");
  });
});
