import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createScenarioRecording, readScenarioAccounts } from "@arbkit/connectors";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import { fixturePath } from "../support/fixtures";
import { BUNDLED_RECORDING, runCli } from "./support/cliProcess";

describe("examples/data/sol-usd-scenario.jsonl.gz (synthetic)", () => {
  it("is exactly what the generator writes for seed 42 and 300 s (regenerate it when the generator changes)", () => {
    const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
    const fresh = createScenarioRecording({ accounts, seed: 42, durationSeconds: 300 });
    const expected = [fresh.header, ...fresh.frames].map((x) => JSON.stringify(x)).join("\n");
    const bundled = gunzipSync(readFileSync(BUNDLED_RECORDING)).toString("utf8").trimEnd();
    expect(bundled.length).toBe(expected.length);
    expect(bundled === expected, "run: arb-cli scenario examples/data/sol-usd-scenario.jsonl.gz --seed 42 --duration 300").toBe(true);
    expect(fresh.header.source).toContain("SYNTHETIC");
  });

  it("arb-cli scenario regenerates it byte for byte from the seed", async () => {
    const out = join(createTempDir("arbkit-scenario-"), "again.jsonl.gz");
    const result = await runCli(["scenario", out, "--seed", "42", "--duration", "300"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("SYNTHETIC");
    expect(gunzipSync(readFileSync(out)).equals(gunzipSync(readFileSync(BUNDLED_RECORDING)))).toBe(true);
  });
});
