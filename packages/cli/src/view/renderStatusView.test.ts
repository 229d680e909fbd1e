import { describe, expect, it } from "vitest";
import { renderStatusView } from "./renderStatusView";

// Strips ANSI styling so the assertions read like the terminal.
const plain = (lines: string[]): string => lines.join("\n").replace(/\x1b\[[0-9;]*m/g, "");

describe("renderStatusView", () => {
  it("shows venues with status, data age and prices, the edge both directions, PnL, risk and inventory", () => {
    const text = plain(
      renderStatusView({
        mode: "replay",
        source: "x.jsonl.gz",
        now: "2026-08-09T21:20:53.391Z",
        progress: 0.5,
        venues: [{ venue: "coinbase", status: "live", instruments: [{ instrument: "coinbase:SOL-USD", status: "live", dataAgeMs: 1250, bid: "20.36", ask: "20.37" }] }],
        pools: [{ instrument: "orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", status: "live", slot: 185760100, price: 20.7834, dataAgeMs: 400 }],
        edges: [
          { venue: "coinbase", direction: "cexToPool", outcome: "opportunity", touchSpreadBps: 203.4 },
          { venue: "coinbase", direction: "poolToCex", outcome: "noEdge", touchSpreadBps: -205.1 },
        ],
        opportunities: 3,
        trades: { count: 1, wins: 1, losses: 0, legFailures: 0 },
        pnl: { realizedUsd: "2.91", expectedUsd: "2.85", feesUsd: "1.22" },
        risk: { state: "paused", pauses: ["manual"], dailyPnlUsd: "2.91", consecutiveLosses: 0, approved: 1, denied: 2 },
        inventory: [{ venue: "coinbase", asset: "SOL", balance: "30" }],
      }),
    );
    expect(text).toContain("arb-cli replay x.jsonl.gz");
    expect(text).toContain("50%");
    expect(text).toMatch(/coinbase:SOL-USD\s+live\s+age\s+1\.3s\s+bid\s+20\.36\s+ask\s+20\.37/);
    expect(text).toMatch(/orca:HJPjoWUr…\s+live\s+age\s+0\.4s\s+price\s+20\.7834/);
    expect(text).toMatch(/cexToPool\s+\+203\.4 bps\s+opportunity/);
    expect(text).toMatch(/poolToCex\s+-205\.1 bps\s+noEdge/);
    expect(text).toContain("PnL $2.91 (expected $2.85, fees $1.22)");
    expect(text).toContain("risk paused (manual)");
    expect(text).toContain("inventory coinbase SOL 30.0000");
  });
});
