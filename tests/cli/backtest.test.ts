import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import { BUNDLED_RECORDING, runCli } from "./support/cliProcess";

describe("arb-cli backtest", () => {
  it("writes a self-contained HTML report embedding chart.js and the run's data, and a JSON summary", async () => {
    const dir = createTempDir("arbkit-cli-backtest-");
    const report = join(dir, "report.html");
    const result = await runCli(["backtest", BUNDLED_RECORDING, "--report", report, "--json"]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { frames: number; opportunities: number; trades: number; realizedPnlUsd: string; shortfallUsd: Record<string, string> };
    expect(summary.frames).toBe(3951);
    expect(summary.opportunities).toBeGreaterThan(10);
    expect(summary.trades).toBeGreaterThan(0);
    expect(Object.keys(summary.shortfallUsd)).toEqual(expect.arrayContaining(["cexSlippage", "dexPriceImpact", "fees", "latencyDrift", "legRisk", "total"]));
    expect(existsSync(report)).toBe(true);
    const html = readFileSync(report, "utf8");
    // Self-contained: no external script or stylesheet.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).toContain("Chart.js v4.5.1");
    const data = JSON.parse(/<script id="report-data" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? "null") as {
      pnl: unknown[];
      edges: Record<string, unknown[]>;
      inventory: Record<string, unknown[]>;
      summary: { opportunities: number };
    };
    expect(data.summary.opportunities).toBe(summary.opportunities);
    expect(data.pnl).toHaveLength(summary.trades);
    expect(Object.values(data.edges).flat()).toHaveLength(summary.opportunities);
    expect(Object.keys(data.inventory).length).toBeGreaterThan(0);
    for (const id of ["pnl", "edge", "dist", "inventory"]) expect(html).toContain(`<canvas id="${id}">`);
  });

  it("prints a readable summary by default and runs on the real Gemini and Coinbase fixture recordings (no pool: no opportunity)", async () => {
    const text = await runCli(["backtest", BUNDLED_RECORDING]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^frames 3951 /);
    expect(text.stdout).toMatch(/shortfall \(USD, expected − realized\)/);
    const real = await runCli(["backtest", join("..", "shared", "fixtures", "gemini", "v2-2026-08-09-10-symbols-incl-SOLUSD.recv.jsonl.gz"), "--default-venue", "gemini", "--json"]);
    expect(real.stderr).toBe("");
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ frames: 563, opportunities: 0 });
    const coinbase = await runCli(["backtest", join("..", "shared", "fixtures", "coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz"), "--default-venue", "coinbase", "--json"]);
    expect(coinbase.code).toBe(0);
    expect(JSON.parse(coinbase.stdout)).toMatchObject({ frames: 1030, opportunities: 0 });
  });
});
