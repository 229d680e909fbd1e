import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import { BUNDLED_RECORDING, parseLogLines, runCli } from "./support/cliProcess";
import { pointConfigAtFakes } from "./support/pointConfigAtFakes";
import { startReplayVenue, type ReplayVenue } from "./support/startReplayVenue";

const dir = createTempDir("arbkit-cli-record-", { removeAfter: "file" });
const config = join(dir, "fake.yaml");
const recording = join(dir, "fake-session.jsonl");
let coinbase: ReplayVenue;
let gemini: ReplayVenue;

beforeAll(async () => {
  coinbase = await startReplayVenue(BUNDLED_RECORDING, "coinbase");
  gemini = await startReplayVenue(BUNDLED_RECORDING, "gemini");
  expect((await runCli(["init", config])).code).toBe(0);
  writeFileSync(
    config,
    pointConfigAtFakes(readFileSync(config, "utf8"), { coinbase: coinbase.url, gemini: gemini.url }),
  );
});

afterAll(async () => {
  await coinbase.close();
  await gemini.close();
});

describe("arb-cli record against loopback fake venues, then run --replay of that recording", () => {
  it("records both CEX sessions (subscribe frames sent and every frame received) with a progress line", async () => {
    const result = await runCli(["record", "--config", config, "--out", recording, "--duration", "4"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/recording \d+ s\s+\d+ frames/);
    expect(result.stderr).toContain(`Wrote ${recording}`);
    const lines = readFileSync(recording, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { venue?: string; dir?: string; frame?: string });
    expect(lines[0]).toMatchObject({ $arbkit: "recording/1" });
    const frames = lines.slice(1);
    expect(frames.filter((f) => f.venue === "coinbase" && f.dir === "out").map((f) => JSON.parse(f.frame ?? "{}").channel)).toEqual(expect.arrayContaining(["level2"]));
    expect(frames.filter((f) => f.venue === "coinbase" && f.dir === undefined).length).toBeGreaterThan(100);
    expect(frames.filter((f) => f.venue === "gemini" && f.dir === undefined).length).toBeGreaterThan(100);
  });

  it("replays the recording through the same pipeline: both books go live, nothing is malformed", async () => {
    const result = await runCli(["run", "--replay", recording, "--config", config, "--no-server", "--journal", join(dir, "j.sqlite")]);
    expect(result.code).toBe(0);
    const lines = parseLogLines(result.stdout);
    const live = lines.filter((l) => l.event === "status" && l.status === "live" && typeof l.instrument === "string").map((l) => l.instrument);
    expect(live).toEqual(expect.arrayContaining(["coinbase:SOL-USD", "gemini:SOLUSD"]));
    expect(lines.filter((l) => l.event === "venueError")).toEqual([]);
    expect(Number(lines.find((l) => l.event === "summary")?.frames)).toBeGreaterThan(200);
  });

  it("runs live (no --replay) against the fake venues until --duration, journaling and recording what it saw", async () => {
    const journal = join(dir, "live.sqlite");
    const recorded = join(dir, "live-run.jsonl");
    const result = await runCli(["run", "--config", config, "--duration", "4", "--no-server", "--journal", journal, "--record", recorded]);
    expect(result.code).toBe(0);
    // --record kept every raw frame of the live run.
    const frames = readFileSync(recorded, "utf8").trim().split("\n").slice(1).map((l) => JSON.parse(l) as { venue: string });
    expect(frames.filter((f) => f.venue === "coinbase").length).toBeGreaterThan(100);
    const lines = parseLogLines(result.stdout);
    expect(lines.find((l) => l.event === "start")).toMatchObject({ mode: "live", venues: ["coinbase", "gemini"] });
    const live = lines.filter((l) => l.event === "status" && l.status === "live").map((l) => l.instrument);
    expect(live).toEqual(expect.arrayContaining(["coinbase:SOL-USD", "gemini:SOLUSD"]));
    expect(lines.find((l) => l.event === "summary")).toMatchObject({ endReason: "stopped" });
    const report = JSON.parse((await runCli(["report", "--journal", journal, "--format", "json"])).stdout) as { runs: { mode: string }[]; summary: { counts: { status_changes: number } } };
    expect(report.runs[0]?.mode).toBe("live");
    expect(report.summary.counts.status_changes).toBeGreaterThan(2);
  });

  it("quotes live against the fake venues (no pool configured live here: the engine says what is missing)", async () => {
    const result = await runCli(["quote", "--config", config, "--size", "5", "--wait", "2", "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { size: string; quotes: { venue: string; direction: string; outcome: string }[] };
    expect(parsed.size).toBe("5");
    expect(parsed.quotes.map((q) => `${q.venue}:${q.direction}:${q.outcome}`)).toEqual([
      "coinbase:cexToPool:missingInput",
      "coinbase:poolToCex:missingInput",
      "gemini:cexToPool:missingInput",
      "gemini:poolToCex:missingInput",
    ]);
  });
});
