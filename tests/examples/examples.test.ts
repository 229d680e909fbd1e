import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixtures";

const run = async (script: string): Promise<string> => {
  // Exactly what the examples' headers tell users: `npx tsx examples/<name>.ts` from the repository root.
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
};

describe("examples/ (run as users run them)", () => {
  it("basic-backtest.ts paper-trades the bundled recording and is reproducible", async () => {
    const first = await run("examples/basic-backtest.ts");
    const summary = /(\d+) frames, (\d+) opportunities, (\d+) paper trades, realized PnL \$(-?[\d.]+)/.exec(first);
    expect(summary).not.toBeNull();
    expect(Number(summary?.[2])).toBeGreaterThan(0);
    expect(Number(summary?.[3])).toBeGreaterThan(0);
    expect(await run("examples/basic-backtest.ts")).toBe(first);
  });

  it("custom-fee-model.ts shows a tip on every swap lowering the best edge and PnL", async () => {
    const lines = (await run("examples/custom-fee-model.ts")).trim().split("\n");
    expect(lines).toHaveLength(3);
    const pnl = lines.map((l) => Number(/realized \$(-?[\d.]+)/.exec(l)?.[1]));
    const edge = lines.map((l) => Number(/best edge\s+(-?[\d.]+)/.exec(l)?.[1]));
    expect(edge[1]).toBeLessThan(edge[0] ?? 0);
    expect(pnl[1]).toBeLessThan(pnl[0] ?? 0);
    expect(pnl[2]).toBeGreaterThan(pnl[1] ?? 0);
  });

  it("compose-your-own-bot.ts gates its own opportunities and pauses itself", async () => {
    const out = await run("examples/compose-your-own-bot.ts");
    expect(out).toContain("WOULD  buy");
    expect(out).toContain("[risk] paused (manual) by example-bot");
    expect(out).toContain('approvals: 3; risk state: ["manual"]');
  });
});
