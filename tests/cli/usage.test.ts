import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import { runCli } from "./support/cliProcess";

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at /);

describe("arb-cli usage errors and config commands", () => {
  it("rejects an unknown flag with a coded error, exit code 2 and no stack trace", async () => {
    const r = await runCli(["run", "--replay-file", "x"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[CLI_USAGE_INVALID]");
    expect(r.stderr).toContain("replay-file");
    noStack(r.stderr);
    const unknown = await runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("[CLI_USAGE_INVALID]");
    const badSpeed = await runCli(["run", "--replay", "x.jsonl", "--speed", "-3", "--no-server", "--no-journal"]);
    expect(badSpeed.code).toBe(2);
    expect(badSpeed.stderr).toContain("--speed must be a positive number");
  });

  it("names an unreadable recording with RECORDING_INVALID, exit 2", async () => {
    const r = await runCli(["backtest", "does-not-exist.jsonl.gz"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[RECORDING_INVALID]");
    noStack(r.stderr);
  });

  it("init writes a commented starter config that config check accepts; a bad value is named by key path", async () => {
    const dir = createTempDir("arbkit-cli-config-");
    const file = join(dir, "arb.yaml");
    expect((await runCli(["init", file])).code).toBe(0);
    const yaml = readFileSync(file, "utf8");
    expect(yaml).toContain("# arb-cli configuration");
    expect(yaml).toContain('minNetEdgeBps: "10"');
    const again = await runCli(["init", file]);
    expect(again.code).toBe(2);
    const ok = await runCli(["config", "check", file]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("min net edge 10 bps, max position $1000, daily loss $500, 5 consecutive losses");
    writeFileSync(file, yaml.replace("maxConsecutiveLosses: 5", "maxConsecutiveLosses: -2"));
    const bad = await runCli(["config", "check", file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("[CONFIG_INVALID]");
    expect(bad.stderr).toContain("risk.maxConsecutiveLosses: got -2, expected > 0");
    noStack(bad.stderr);
    const json = join(dir, "arb.json");
    writeFileSync(json, JSON.stringify({ pairs: [], venues: {} }));
    const empty = await runCli(["config", "check", json]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("pairs: got [], expected at least 1 item(s)");
  });
});
