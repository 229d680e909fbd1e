import { describe, expect, it } from "vitest";
import { runChaosSession } from "./support/runChaosSession";

describe("chaos: 60 simulated seconds of seeded faults against the whole observe-only pipeline", () => {
  it("never crashes, resyncs every book to the venue's truth, pauses on stale data and resumes by itself, counts every fault", () => {
    const report = runChaosSession({ seed: 2026, seconds: 60 });
    expect(report.violations).toEqual([]);
    // The run was not vacuous: faults of every kind happened and the invariants were exercised.
    expect(report.injected["coinbase.disconnects"]).toBeGreaterThan(0);
    expect(report.injected["gemini.disconnects"]).toBeGreaterThan(0);
    expect(report.injected["coinbase.stalls"]).toBeGreaterThan(0);
    expect(report.injected["solana.stalls"]).toBeGreaterThan(0);
    expect(report.injected["coinbase.hugeSnapshots"]).toBeGreaterThan(0);
    expect(report.counters.coinbaseGaps).toBeGreaterThan(0);
    expect(report.counters.coinbaseParseErrors + report.counters.geminiParseErrors).toBeGreaterThan(0);
    expect(report.resyncChecks).toBeGreaterThan(5);
    expect(report.opportunities).toBeGreaterThan(0);
    expect(Object.keys(report.staleEpisodes).length).toBeGreaterThanOrEqual(2);
    expect(report.maxPauseDelayMs).toBeLessThanOrEqual(1_000);
  });

  it("is deterministic: the same seed gives the same run", () => {
    const a = runChaosSession({ seed: 7, seconds: 20, tailSeconds: 20 });
    const b = runChaosSession({ seed: 7, seconds: 20, tailSeconds: 20 });
    expect(a.violations).toEqual([]);
    expect(b).toEqual(a);
  });
});
