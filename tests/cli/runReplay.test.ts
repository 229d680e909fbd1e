import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import { BUNDLED_RECORDING, parseLogLines, runCli, type CliResult } from "./support/cliProcess";

const dir = createTempDir("arbkit-cli-run-", { removeAfter: "file" });
const journal = join(dir, "journal.sqlite");
let run: CliResult;

beforeAll(async () => {
  run = await runCli(["run", "--replay", BUNDLED_RECORDING, "--no-server", "--journal", journal]);
});

describe("arb-cli run --replay (bundled synthetic recording)", () => {
  it("runs the pipeline end to end and logs opportunities, trades and a summary as JSON lines", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = parseLogLines(run.stdout);
    const events = lines.map((l) => l.event);
    expect(events).toContain("opportunity");
    expect(events).toContain("trade");
    const summary = lines.find((l) => l.event === "summary");
    expect(summary).toMatchObject({ endReason: "completed", frames: 3951 });
    expect(Number(summary?.opportunities)).toBeGreaterThan(10);
    expect(Number(summary?.trades)).toBeGreaterThan(0);
  });

  it("journals the run: report shows it, export gives CSV and JSON, date filters apply", async () => {
    const report = await runCli(["report", "--journal", journal, "--format", "json"]);
    expect(report.code).toBe(0);
    const parsed = JSON.parse(report.stdout) as { runs: { mode: string; end_reason: string }[]; summary: { trades: number; counts: Record<string, number> } };
    expect(parsed.runs).toEqual([expect.objectContaining({ mode: "replay", end_reason: "completed" })]);
    expect(parsed.summary.trades).toBeGreaterThan(0);
    expect(parsed.summary.counts.opportunities).toBeGreaterThan(10);
    expect(parsed.summary.counts.status_changes).toBeGreaterThan(0);

    const table = await runCli(["report", "--journal", journal]);
    expect(table.stdout).toMatch(/trades\s+wins\s+win rate/);

    const csv = await runCli(["export", "trades", "--journal", journal]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trim().split("\r\n");
    expect(rows[0]).toBe("seq,run_id,ts,id,opportunity_id,pair,direction,status,expected_pnl,realized_pnl,fees,shortfall,data");
    expect(rows.length - 1).toBe(parsed.summary.trades);

    const json = await runCli(["export", "opportunities", "--journal", journal, "--format", "json"]);
    const opps = json.stdout.trim().split("\n").map((l) => JSON.parse(l) as { ts: number });
    const middle = opps[Math.floor(opps.length / 2)]?.ts ?? 0;
    const later = await runCli(["export", "opportunities", "--journal", journal, "--format", "json", "--from", String(middle)]);
    const laterOpps = later.stdout.trim().split("\n").map((l) => JSON.parse(l) as { ts: number });
    expect(laterOpps.length).toBeLessThan(opps.length);
    expect(laterOpps.every((o) => o.ts >= middle)).toBe(true);
    const none = await runCli(["export", "opportunities", "--journal", journal, "--to", "2001-01-01"]);
    expect(none.stdout.trim().split("\r\n")).toHaveLength(1);
  });

  it("continues the journal on a second run (a new run id, the first run kept)", async () => {
    const second = await runCli(["run", "--replay", BUNDLED_RECORDING, "--no-server", "--journal", journal]);
    expect(second.code).toBe(0);
    const report = await runCli(["report", "--journal", journal, "--format", "json"]);
    const parsed = JSON.parse(report.stdout) as { runs: { id: number }[] };
    expect(parsed.runs.map((r) => r.id)).toEqual([1, 2]);
    const first = await runCli(["report", "--journal", journal, "--format", "json", "--run", "1"]);
    const secondOnly = await runCli(["report", "--journal", journal, "--format", "json", "--run", "2"]);
    const trades = (t: string) => (JSON.parse(t) as { summary: { trades: number } }).summary.trades;
    expect(trades(first.stdout)).toBe(trades(secondOnly.stdout));
  });

  it("draws the refreshing terminal view with --view tty and ends with the summary", async () => {
    const tty = await runCli(["run", "--replay", BUNDLED_RECORDING, "--view", "tty", "--no-server", "--no-journal"]);
    expect(tty.code).toBe(0);
    const plain = tty.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
    expect(plain).toContain("arb-cli replay");
    expect(plain).toMatch(/coinbase:SOL-USD\s+live/);
    expect(plain).toContain("edge (touch spread before fees, last evaluation)");
    expect(plain).toMatch(/frames 3951 \(300 s of market time/);
  });
});
