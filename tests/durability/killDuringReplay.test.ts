import { describe, expect, it } from "vitest";
import { runKillCycles } from "./support/runKillCycles";

describe("durability: arb-cli run --replay killed with SIGKILL at 10 seeded points on one journal", () => {
  it("keeps the journal intact, loses no acknowledged record, and a restart continues it", async () => {
    const report = await runKillCycles({ runs: 10, seed: 8 });
    expect(report.violations).toEqual([]);
    expect(report.cycles.map((c) => c.integrity)).toEqual(Array(10).fill("ok"));
    for (const c of report.cycles) expect(c.found).toBeGreaterThanOrEqual(c.acknowledged);
    // Not vacuous: most runs were killed mid-way with records already acknowledged.
    expect(report.cycles.filter((c) => !c.finishedFirst && c.acknowledged > 0).length).toBeGreaterThanOrEqual(7);
    expect(report.finalRun).toMatchObject({ id: 11, endReason: "completed" });
    expect(report.finalRun.rows).toBeGreaterThan(20);
  }, 170_000);
});
